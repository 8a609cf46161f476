import type { CycleDetail } from '../../../../shared/domain/cycle';
import { FilesTable } from '../../components/file-import/files-table';
import { MultiFileImportDialog } from '../../components/file-import/multi-file-import-dialog';
import { useMultiFileImport } from '../../components/file-import/use-multi-file-import';
import { useApi } from '../../host/services-context';
import { describeError, refreshCycle } from './cycle-refresh';
import { RETURN_FILE_COLUMNS, returnReady } from './return-files-table';

/**
 * Completed returns, one or many files: each is checked (matched to its agency, validated) and shown; then
 * the good ones are imported one by one. A bad file is listed with its problems and nothing of it is saved.
 */
export function ImportReturnsDialog(props: { cycle: CycleDetail; open: boolean; onClose: () => void }) {
  const api = useApi();
  const { cycle, open } = props;
  const flow = useMultiFileImport(open, {
    preview: (file) => api.call('returns.importPreview', { cycleId: cycle.id, file }),
    commit: (file) => api.call('returns.importCommit', { cycleId: cycle.id, file }),
    ready: returnReady,
    describeError,
    onImported: () => refreshCycle(cycle.id),
  });
  return (
    <MultiFileImportDialog
      open={open}
      onClose={props.onClose}
      title="Import returns"
      summaryTestId="import-returns-summary"
      flow={flow}
      intro={
        <>
          Add the completed workbooks or Word returns the agencies sent back: choose as many files as you like at once. Each is checked against this cycle’s framework
          and matched to its agency; nothing is saved until you select Import.
        </>
      }
    >
      <FilesTable entries={flow.entries} columns={RETURN_FILE_COLUMNS} onRemove={flow.remove} disabled={flow.running !== null} />
    </MultiFileImportDialog>
  );
}
