import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CycleDetail, ReturnRow } from '../../../../shared/domain/cycle';
import type { GeneratedFile } from '../../../../shared/domain/settings';
import { useNotify } from '../../app/notify';
import { ProgressDialog, startProgress, type ProgressState } from '../../components/progress-dialog';
import { runEach } from '../../components/run-each';
import { useApiData } from '../../components/use-api-data';
import { safeFileName, zipGeneratedFiles } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { describeError, refreshCycle, returnsKey } from './cycle-refresh';

type Formats = 'xlsx' | 'docx' | 'both';
type Who = 'selected' | 'not_issued' | 'all';
const FORMAT_LIST: Record<Formats, Array<'xlsx' | 'docx'>> = { xlsx: ['xlsx'], docx: ['docx'], both: ['xlsx', 'docx'] };

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL }, note: { margin: 0, color: tokens.colorNeutralForeground2 } });

const pickRows = (rows: ReturnRow[], who: Who, preset: number[] | null): ReturnRow[] => {
  if (who === 'selected' && preset) return rows.filter((r) => preset.includes(r.cycleAgencyId));
  if (who === 'not_issued') return rows.filter((r) => r.status === 'not_issued');
  return rows;
};

/** Each agency's self-assessment tool, one agency at a time: into a folder (desktop) or one zip download (browser). */
export function IssueToolsDialog(props: { cycle: CycleDetail; open: boolean; presetIds: number[] | null; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const { cycle, open, presetIds } = props;
  const rows = useApiData(() => (open ? api.call('returns.list', { cycleId: cycle.id }) : Promise.resolve([] as ReturnRow[])), [api, cycle.id, open], [returnsKey(cycle.id)]);
  const [formats, setFormats] = useState<Formats>('both');
  const [who, setWho] = useState<Who>('all');
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [result, setResult] = useState<{ folder: string | null; zipName: string | null } | null>(null);
  const stop = useRef(false);

  useEffect(() => {
    if (open) setWho(presetIds ? 'selected' : 'all');
  }, [open, presetIds]);

  const all = rows.data ?? [];
  const targets = pickRows(all, who, presetIds);
  const notIssued = all.filter((r) => r.status === 'not_issued').length;

  const start = async () => {
    let folder: string | null = null;
    if (host.kind !== 'browser') {
      folder = await host.pickFolder({ title: 'Choose the folder to write the tools into' });
      if (!folder) return;
    }
    stop.current = false;
    setResult(null);
    setProgress(startProgress(targets.length));
    const files: GeneratedFile[] = [];
    const outcome = await runEach(targets, {
      name: (r) => r.agencyName,
      work: async (r) => {
        const out = await api.call('tools.issue', { cycleAgencyId: r.cycleAgencyId, formats: FORMAT_LIST[formats], ...(folder ? { folder } : {}) });
        if (!folder) files.push(...out.files);
        return out;
      },
      onProgress: (p) => setProgress((s) => (s ? { ...s, ...p } : s)),
      shouldStop: () => stop.current,
      describeError,
    });
    let zipName: string | null = null;
    if (!folder && files.length) {
      zipName = `${safeFileName(cycle.name)} tools.zip`;
      try {
        setProgress((s) => (s ? { ...s, current: `the zip file ${zipName}` } : s));
        const contentBase64 = await zipGeneratedFiles(files);
        await host.saveFile({ title: 'Save the tools', suggestedName: zipName, contentBase64, filters: [{ name: 'Zip file', extensions: ['zip'] }] });
      } catch (err) {
        notify.error(err, 'Could not save the zip file');
        zipName = null;
      }
    }
    setResult({ folder, zipName });
    setProgress((s) => (s ? { ...s, failures: outcome.failures, finished: true, cancelled: outcome.stopped, current: null } : s));
    refreshCycle(cycle.id);
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
            <DialogTitle>Issue the self-assessment tool</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label="Agencies">
                <RadioGroup value={who} onChange={(_, d) => setWho(d.value as Who)}>
                  {presetIds && <Radio value="selected" label={`The ${presetIds.length} selected in the returns list`} />}
                  <Radio value="not_issued" label={`Not issued yet (${notIssued})`} />
                  <Radio value="all" label={`All in scope (${all.length})`} />
                </RadioGroup>
              </Field>
              <Field label="Format">
                <RadioGroup value={formats} onChange={(_, d) => setFormats(d.value as Formats)}>
                  <Radio value="xlsx" label="Excel workbook" />
                  <Radio value="docx" label="Word document" />
                  <Radio value="both" label="Both" />
                </RadioGroup>
              </Field>
              <p className={styles.note}>
                {host.kind === 'browser'
                  ? 'The files are collected into one zip file that your browser downloads.'
                  : 'You will choose a folder; each agency’s files are written into it.'}{' '}
                Each tool is pre-filled with the agency’s name, contacts and any carried-forward answers, and the issue date is recorded.
              </p>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={!targets.length} onClick={start}>
                Issue {targets.length} {targets.length === 1 ? 'tool' : 'tools'}
              </Button>
              <Button onClick={props.onClose}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {progress && (
        <ProgressDialog
          open
          title="Issuing the tools"
          state={progress}
          doneWord="tools issued"
          onCancel={() => {
            stop.current = true;
            setProgress((s) => (s ? { ...s, cancelled: true } : s));
          }}
          onClose={finish}
          result={
            result?.folder ? (
              <Button onClick={() => void host.openPath(result.folder!).catch((e: unknown) => notify.error(e))}>Open folder</Button>
            ) : result?.zipName ? (
              <p>{result.zipName} has been downloaded.</p>
            ) : null
          }
        />
      )}
    </>
  );
}
