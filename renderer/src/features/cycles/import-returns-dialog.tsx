import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentAdd20Regular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import type { CycleDetail } from '../../../../shared/domain/cycle';
import type { PickedFile } from '../../../../shared/host';
import { useNotify } from '../../app/notify';
import { runEach } from '../../components/run-each';
import { FILTERS } from '../../host/file-flows';
import { useApi, useHost } from '../../host/services-context';
import { describeError, refreshCycle } from './cycle-refresh';
import { ReturnFilesTable, isImportable, type ReturnFileEntry } from './return-files-table';

const useStyles = makeStyles({
  surface: { width: 'min(1100px, 94vw)', maxWidth: 'none' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxHeight: '70vh', overflowY: 'auto' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  intro: { margin: 0 },
  why: { marginRight: 'auto', alignSelf: 'center', color: tokens.colorNeutralForeground2 },
});

/**
 * Completed returns, one or many files: each is checked (matched to its agency, validated) and shown; then
 * the good ones are imported one by one. A bad file is listed with its problems and nothing of it is saved.
 */
export function ImportReturnsDialog(props: { cycle: CycleDetail; open: boolean; onClose: () => void }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const host = useHost();
  const { cycle, open } = props;
  const [entries, setEntries] = useState<ReturnFileEntry[]>([]);
  const [running, setRunning] = useState<{ done: number; total: number; current: string | null } | null>(null);
  const stop = useRef(false);
  const nextKey = useRef(1);

  useEffect(() => {
    if (!open) setEntries([]);
  }, [open]);

  const update = (key: number, patch: Partial<ReturnFileEntry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const check = async (key: number, file: PickedFile) => {
    try {
      const preview = await api.call('returns.importPreview', { cycleId: cycle.id, file: { fileName: file.fileName, contentBase64: file.contentBase64 } });
      update(key, { preview, state: 'checked' });
    } catch (err) {
      update(key, { state: 'failed', error: describeError(err) });
    }
  };

  const addFiles = async () => {
    let files: PickedFile[];
    try {
      files = await host.openFiles({ title: 'Add completed returns', filters: [{ name: 'Returns (Excel or Word)', extensions: ['xlsx', 'docx'] }, FILTERS.xlsx!, FILTERS.docx!] });
    } catch (err) {
      notify.error(err, 'Could not open the files');
      return;
    }
    // The same file chosen again (say with "Add more files…") is listed once, so it cannot be imported twice.
    const listed = new Set(entries.filter((e) => e.state !== 'failed').map((e) => `${e.file.fileName}\n${e.file.contentBase64}`));
    const fresh = files.filter((f) => !listed.has(`${f.fileName}\n${f.contentBase64}`));
    const again = files.length - fresh.length;
    if (again) notify.info(`${again} of the files you chose ${again === 1 ? 'is' : 'are'} already in the list.`);
    if (!fresh.length) return;
    const added = fresh.map((file): ReturnFileEntry => ({ key: nextKey.current++, file, state: 'checking', preview: null, error: null }));
    setEntries((list) => [...list, ...added]);
    // One at a time: each check reads a whole workbook on the backend.
    for (const e of added) await check(e.key, e.file);
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
          const detail = await api.call('returns.importCommit', { cycleId: cycle.id, file: { fileName: e.file.fileName, contentBase64: e.file.contentBase64 } });
          update(e.key, { state: 'imported' });
          return detail;
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
    refreshCycle(cycle.id);
    const n = outcome.results.length;
    if (n) notify.success(`${n} ${n === 1 ? 'return' : 'returns'} imported${outcome.failures.length ? `, ${outcome.failures.length} failed` : ''}.`, 'Returns imported');
    else if (outcome.failures.length) notify.error(new Error(`${outcome.failures.length} ${outcome.failures.length === 1 ? 'file' : 'files'} could not be imported.`));
  };

  const checkingCount = entries.filter((e) => e.state === 'checking').length;
  const checking = checkingCount > 0;
  const bad = entries.filter((e) => e.state === 'failed' || (e.state === 'checked' && !isImportable(e))).length;
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && !running && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Import returns</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>
              Add the completed workbooks or Word returns the agencies sent back: choose as many files as you like at once. Each is checked against this cycle’s
              framework and matched to its agency; nothing is saved until you select Import.
            </p>
            <div className={styles.bar}>
              <Button icon={<DocumentAdd20Regular />} onClick={addFiles} disabled={running !== null}>
                {entries.length ? 'Add more files…' : 'Add files…'}
              </Button>
              {checking && <span role="status">{`Checking ${checkingCount} ${checkingCount === 1 ? 'file' : 'files'}…`}</span>}
            </div>
            <ReturnFilesTable entries={entries} onRemove={(key) => setEntries((list) => list.filter((e) => e.key !== key))} disabled={running !== null} />
            {running && (
              <Field label={`Importing ${running.done} of ${running.total}${running.current ? `: ${running.current}` : ''}`}>
                <ProgressBar value={running.total ? running.done / running.total : 0} thickness="large" />
              </Field>
            )}
          </DialogContent>
          <DialogActions fluid>
            <span className={styles.why} data-testid="import-returns-summary">
              {entries.length ? `${good.length} ready to import${bad ? `, ${bad} with problems (not imported)` : ''}.` : ''}
            </span>
            {running ? (
              <Button onClick={() => (stop.current = true)}>Stop</Button>
            ) : (
              <Button appearance="primary" disabled={!good.length || checking} onClick={importGood}>
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
