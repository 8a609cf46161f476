import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { RETURNED_STATUSES, type ReturnRow } from '../../../../shared/domain/cycle';
import type { GeneratedFile } from '../../../../shared/domain/settings';
import { useNotify } from '../../app/notify';
import { ProgressDialog, startProgress, type ProgressState } from '../../components/progress-dialog';
import { runEach } from '../../components/run-each';
import { useApiData } from '../../components/use-api-data';
import { safeFileName, zipGeneratedFiles } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { describeError, returnsKey } from '../cycles/cycle-refresh';

type Who = 'returned' | 'all';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL, maxHeight: '160px', overflowY: 'auto' },
});

/** A feedback letter for each agency of the cycle, one call per agency: into a folder (desktop) or one zip (browser). */
export function LettersDialog(props: { cycleId: number; cycleName: string; open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const { cycleId, open } = props;
  const rows = useApiData(() => (open ? api.call('returns.list', { cycleId }) : Promise.resolve([] as ReturnRow[])), [api, cycleId, open], [returnsKey(cycleId)]);
  const [who, setWho] = useState<Who>('returned');
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [result, setResult] = useState<{ folder: string | null; zipName: string | null; notes: string[] } | null>(null);
  const stop = useRef(false);

  const all = rows.data ?? [];
  const returned = all.filter((r) => RETURNED_STATUSES.includes(r.status));
  const targets = who === 'returned' ? returned : all;

  const start = async () => {
    let folder: string | null = null;
    if (host.kind !== 'browser') {
      folder = await host.pickFolder({ title: 'Choose the folder to save the letters in' });
      if (!folder) return;
    }
    stop.current = false;
    setResult(null);
    setProgress(startProgress(targets.length));
    const files: GeneratedFile[] = [];
    const notes: string[] = [];
    const outcome = await runEach(targets, {
      name: (r) => r.agencyName,
      work: async (r) => {
        const out = await api.call('letters.generate', { cycleAgencyId: r.cycleAgencyId, ...(folder ? { folder } : {}) });
        if (!folder) files.push(out.file);
        notes.push(...out.warnings);
        return out;
      },
      onProgress: (p) => setProgress((s) => (s ? { ...s, ...p } : s)),
      shouldStop: () => stop.current,
      describeError,
    });
    let zipName: string | null = null;
    if (!folder && files.length) {
      zipName = `${safeFileName(props.cycleName)} feedback letters.zip`;
      try {
        setProgress((s) => (s ? { ...s, current: `the zip file ${zipName}` } : s));
        const contentBase64 = await zipGeneratedFiles(files);
        await host.saveFile({ title: 'Save the letters', suggestedName: zipName, contentBase64, filters: [{ name: 'Zip file', extensions: ['zip'] }] });
      } catch (err) {
        notify.error(err, 'Could not save the zip file');
        zipName = null;
      }
    }
    setResult({ folder, zipName, notes });
    setProgress((s) => (s ? { ...s, failures: outcome.failures, finished: true, cancelled: outcome.stopped, current: null } : s));
  };

  const finish = () => {
    setProgress(null);
    props.onClose();
  };

  return (
    <>
      <Dialog open={open && !progress} onOpenChange={(_, d) => !d.open && props.onClose()}>
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle>Letters to agencies</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label="Write a letter to">
                <RadioGroup value={who} onChange={(_, d) => setWho(d.value as Who)}>
                  <Radio value="returned" label={`Agencies that have returned their self-assessment (${returned.length})`} />
                  <Radio value="all" label={`Every agency in scope (${all.length})`} />
                </RadioGroup>
              </Field>
              <p className={styles.note}>
                Each letter gives the agency its ratings, any moderated changes and why, its strengths, and the actions it must take with their due dates.{' '}
                {host.kind === 'browser'
                  ? 'The letters are collected into one zip file that your browser downloads.'
                  : 'You will choose a folder; each letter is saved into it as a Word document.'}
              </p>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={!targets.length || rows.loading} onClick={() => void start()}>
                Write {targets.length} {targets.length === 1 ? 'letter' : 'letters'}
              </Button>
              <Button onClick={props.onClose}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {progress && (
        <ProgressDialog
          open
          title="Writing the letters"
          state={progress}
          doneWord="letters written"
          onCancel={() => {
            stop.current = true;
            setProgress((s) => (s ? { ...s, cancelled: true } : s));
          }}
          onClose={finish}
          result={
            <>
              {result?.folder ? (
                <Button onClick={() => void host.openPath(result.folder!).catch((e: unknown) => notify.error(e))}>Open folder</Button>
              ) : result?.zipName ? (
                <p>{result.zipName} has been downloaded.</p>
              ) : null}
              {result && result.notes.length > 0 && (
                <div>
                  Check these before sending:
                  <ul className={styles.notes} aria-label="Things to check in the letters">
                    {result.notes.map((n, i) => (
                      <li key={i}>{n}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          }
        />
      )}
    </>
  );
}
