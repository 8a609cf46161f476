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
import { useNotify } from '../../app/notify';
import { runEach } from '../../components/run-each';
import { FILTERS, useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
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
  const { pickFile } = useFileActions();
  const { cycle, open } = props;
  const [entries, setEntries] = useState<ReturnFileEntry[]>([]);
  const [running, setRunning] = useState<{ done: number; total: number; current: string | null } | null>(null);
  const stop = useRef(false);
  const nextKey = useRef(1);

  useEffect(() => {
    if (!open) setEntries([]);
  }, [open]);

  const update = (key: number, patch: Partial<ReturnFileEntry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const addFile = async () => {
    const file = await pickFile('Add completed returns', [{ name: 'Returns (Excel or Word)', extensions: ['xlsx', 'docx'] }, FILTERS.xlsx!, FILTERS.docx!]);
    if (!file) return;
    const key = nextKey.current++;
    setEntries((list) => [...list, { key, file, state: 'checking', preview: null, error: null }]);
    try {
      const preview = await api.call('returns.importPreview', { cycleId: cycle.id, file: { fileName: file.fileName, contentBase64: file.contentBase64 } });
      update(key, { preview, state: 'checked' });
    } catch (err) {
      update(key, { state: 'failed', error: describeError(err) });
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

  const checking = entries.some((e) => e.state === 'checking');
  const bad = entries.filter((e) => e.state === 'failed' || (e.state === 'checked' && !isImportable(e))).length;
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && !running && props.onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Import returns</DialogTitle>
          <DialogContent className={styles.content}>
            <p className={styles.intro}>
              Add the completed workbooks or Word returns the agencies sent back, one file at a time. Each is checked against this cycle’s framework and matched
              to its agency; nothing is saved until you select Import.
            </p>
            <div className={styles.bar}>
              <Button icon={<DocumentAdd20Regular />} onClick={addFile} disabled={running !== null}>
                {entries.length ? 'Add another file…' : 'Add files…'}
              </Button>
              {checking && <span role="status">Checking…</span>}
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
