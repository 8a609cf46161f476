import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentAdd20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { CaseAuditDetail } from '../../../../shared/domain/case-audit';
import type { PickedFile } from '../../../../shared/host';
import { useNotify } from '../../app/notify';
import { runEach } from '../../components/run-each';
import { FILTERS } from '../../host/file-flows';
import { useApi, useHost } from '../../host/services-context';
import { describeError, refreshAudit } from './case-audit-keys';
import { CaseReturnFilesTable, isImportable, type CaseFileEntry } from './case-return-files-table';

const useStyles = makeStyles({
  surface: { width: 'min(1100px, 94vw)', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  why: { marginRight: 'auto', alignSelf: 'center', color: tokens.colorNeutralForeground2 },
});

/**
 * Completed returns, one or many files at once: each is checked and matched to its case and agency and shown with its
 * problems; then the good ones are imported one by one, each file all or nothing.
 */
export function ImportCaseReturnsDialog(props: { audit: CaseAuditDetail; open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const host = useHost();
  const notify = useNotify();
  const { audit, open } = props;
  const [entries, setEntries] = useState<CaseFileEntry[]>([]);
  const [running, setRunning] = useState<{ done: number; total: number; current: string | null } | null>(null);
  const stop = useRef(false);
  const nextKey = useRef(1);
  useEffect(() => {
    if (!open) setEntries([]);
  }, [open]);
  const update = (key: number, patch: Partial<CaseFileEntry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));
  const upload = (f: PickedFile) => ({ fileName: f.fileName, contentBase64: f.contentBase64 });

  const addFiles = async () => {
    let files: PickedFile[];
    try {
      files = await host.openFiles({ title: 'Add completed returns', filters: [{ name: 'Returns (Excel or Word)', extensions: ['xlsx', 'docx'] }, FILTERS.xlsx!, FILTERS.docx!] });
    } catch (err) {
      return notify.error(err, 'Could not open the files');
    }
    const listed = new Set(entries.filter((e) => e.state !== 'failed').map((e) => `${e.file.fileName}\n${e.file.contentBase64}`));
    const fresh = files.filter((f) => !listed.has(`${f.fileName}\n${f.contentBase64}`));
    if (files.length > fresh.length) notify.info(`${files.length - fresh.length} of the files you chose ${files.length - fresh.length === 1 ? 'is' : 'are'} already in the list.`);
    const added = fresh.map((file): CaseFileEntry => ({ key: nextKey.current++, file, state: 'checking', preview: null, error: null }));
    setEntries((list) => [...list, ...added]);
    for (const e of added) {
      try {
        update(e.key, { preview: await api.call('caseAudits.importReturnPreview', { auditId: audit.id, file: upload(e.file) }), state: 'checked' });
      } catch (err) {
        update(e.key, { state: 'failed', error: describeError(err) });
      }
    }
  };

  const good = entries.filter(isImportable);
  const importGood = async () => {
    stop.current = false;
    setRunning({ done: 0, total: good.length, current: null });
    const outcome = await runEach(good, {
      name: (e) => e.file.fileName,
      work: async (e) => {
        update(e.key, { state: 'importing' });
        try {
          const d = await api.call('caseAudits.importReturnCommit', { auditId: audit.id, file: upload(e.file) });
          update(e.key, { state: 'imported' });
          return d;
        } catch (err) {
          update(e.key, { state: 'failed', error: describeError(err) });
          throw err;
        }
      },
      onProgress: (p) => setRunning((r) => (r ? { ...r, done: p.done, current: p.current } : r)),
      shouldStop: () => stop.current,
      describeError,
    });
    setRunning(null);
    refreshAudit(audit.id);
    const n = outcome.results.length;
    if (n) notify.success(`${n} ${n === 1 ? 'return' : 'returns'} imported${outcome.failures.length ? `, ${outcome.failures.length} failed` : ''}.`, 'Returns imported');
    else if (outcome.failures.length) notify.error(new Error(`${outcome.failures.length} ${outcome.failures.length === 1 ? 'file' : 'files'} could not be imported.`));
  };

  const checking = entries.filter((e) => e.state === 'checking').length;
  const bad = entries.filter((e) => e.state === 'failed' || (e.state === 'checked' && !isImportable(e))).length;
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && !running && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Import returned files</DialogTitle>
          <DialogContent className={styles.content}>
            <p style={{ margin: 0 }}>
              Add the completed workbooks or Word files the agencies sent back, as many as you like at once. Each is checked against this audit’s tool and matched to its case and
              agency; nothing is saved until you select Import, and a file with a problem is not imported at all.
            </p>
            <div className={styles.bar}>
              <Button icon={<DocumentAdd20Regular />} onClick={() => void addFiles()} disabled={running !== null}>
                {entries.length ? 'Add more files…' : 'Add files…'}
              </Button>
              {checking > 0 && <span role="status">{`Checking ${checking} ${checking === 1 ? 'file' : 'files'}…`}</span>}
            </div>
            <CaseReturnFilesTable entries={entries} onRemove={(key) => setEntries((l) => l.filter((e) => e.key !== key))} disabled={running !== null} />
            {running && (
              <Field label={`Importing ${running.done} of ${running.total}${running.current ? `: ${running.current}` : ''}`}>
                <ProgressBar value={running.total ? running.done / running.total : 0} thickness="large" />
              </Field>
            )}
          </DialogContent>
          <DialogActions fluid>
            <span className={styles.why} data-testid="import-case-returns-summary">
              {entries.length ? `${good.length} ready to import${bad ? `, ${bad} with problems (not imported)` : ''}.` : ''}
            </span>
            {running ? (
              <Button onClick={() => (stop.current = true)}>Stop</Button>
            ) : (
              <Button appearance="primary" disabled={!good.length || checking > 0} onClick={() => void importGood()}>
                Import {good.length} {good.length === 1 ? 'return' : 'returns'}
              </Button>
            )}
            <Button onClick={props.onClose} disabled={running !== null}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
