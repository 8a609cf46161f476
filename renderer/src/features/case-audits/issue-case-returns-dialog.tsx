import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { CaseAuditDetail, CaseReturnRow } from '../../../../shared/domain/case-audit';
import type { GeneratedFile } from '../../../../shared/domain/settings';
import { useNotify } from '../../app/notify';
import { ProgressDialog, startProgress, type ProgressState } from '../../components/progress-dialog';
import { runEach } from '../../components/run-each';
import { safeFileName, zipGeneratedFiles } from '../../components/zip-files';
import { useApi, useHost } from '../../host/services-context';
import { describeError, refreshAudit } from './case-audit-keys';

type Formats = 'xlsx' | 'docx' | 'both';
type Who = 'open' | 'not_issued' | 'all';
const FORMAT_LIST: Record<Formats, Array<'xlsx' | 'docx'>> = { xlsx: ['xlsx'], docx: ['docx'], both: ['xlsx', 'docx'] };
const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL }, note: { margin: 0, color: tokens.colorNeutralForeground2 } });

const pick = (rows: CaseReturnRow[], who: Who) => (who === 'all' ? rows : who === 'not_issued' ? rows.filter((r) => r.status === 'not_issued') : rows.filter((r) => r.status !== 'accepted'));

/** The audit tool for each return, pre-filled with its case and agency: into a folder (desktop) or one zip (browser). */
export function IssueCaseReturnsDialog(props: { audit: CaseAuditDetail; rows: CaseReturnRow[]; open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const { audit, rows, open } = props;
  const [formats, setFormats] = useState<Formats>('both');
  const [who, setWho] = useState<Who>('open');
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [result, setResult] = useState<{ folder: string | null; zipName: string | null } | null>(null);
  const stop = useRef(false);
  const targets = pick(rows, who);

  const start = async () => {
    let folder: string | null = null;
    if (host.kind !== 'browser') {
      folder = await host.pickFolder({ title: 'Choose the folder to write the returns into' });
      if (!folder) return;
    }
    stop.current = false;
    setResult(null);
    setProgress(startProgress(targets.length));
    const files: GeneratedFile[] = [];
    // One return per call, so the progress moves and a failure stops only its own file.
    const outcome = await runEach(targets, {
      name: (r) => `${r.caseReference}, ${r.agencyName}`,
      work: async (r) => {
        const out = await api.call('caseAudits.issueReturns', { auditId: audit.id, returnIds: [r.id], formats: FORMAT_LIST[formats], ...(folder ? { folder } : {}) });
        if (!folder) files.push(...out.files);
        return out;
      },
      onProgress: (p) => setProgress((s) => (s ? { ...s, ...p } : s)),
      shouldStop: () => stop.current,
      describeError,
    });
    let zipName: string | null = null;
    if (!folder && files.length) {
      zipName = `${safeFileName(audit.title)} returns.zip`;
      try {
        const contentBase64 = await zipGeneratedFiles(files);
        await host.saveFile({ title: 'Save the returns', suggestedName: zipName, contentBase64, filters: [{ name: 'Zip file', extensions: ['zip'] }] });
      } catch (err) {
        notify.error(err, 'Could not save the zip file');
        zipName = null;
      }
    }
    setResult({ folder, zipName });
    setProgress((s) => (s ? { ...s, failures: outcome.failures, finished: true, cancelled: outcome.stopped, current: null } : s));
    refreshAudit(audit.id);
  };

  return (
    <>
      <Dialog open={open && !progress} onOpenChange={(_, d) => !d.open && props.onClose()}>
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle>Issue the audit tool</DialogTitle>
            <DialogContent className={styles.content}>
              <Field label="Returns">
                <RadioGroup value={who} onChange={(_, d) => setWho(d.value as Who)}>
                  <Radio value="open" label={`Not yet accepted (${pick(rows, 'open').length})`} />
                  <Radio value="not_issued" label={`Not issued yet (${pick(rows, 'not_issued').length})`} />
                  <Radio value="all" label={`All (${rows.length})`} />
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
                {host.kind === 'browser' ? 'The files are collected into one zip file that your browser downloads.' : 'You will choose a folder; each return’s files are written into it.'} Each file
                carries its case reference and agency, so the completed return can be imported back; returns not yet issued are marked issued today.
              </p>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" disabled={!targets.length} onClick={() => void start()}>
                Issue {targets.length} {targets.length === 1 ? 'return' : 'returns'}
              </Button>
              <Button onClick={props.onClose}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {progress && (
        <ProgressDialog
          open
          title="Issuing the audit tool"
          state={progress}
          doneWord="returns issued"
          onCancel={() => {
            stop.current = true;
            setProgress((s) => (s ? { ...s, cancelled: true } : s));
          }}
          onClose={() => {
            setProgress(null);
            props.onClose();
          }}
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
