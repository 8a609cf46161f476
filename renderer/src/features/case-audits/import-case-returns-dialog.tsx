import type { CaseAuditDetail } from '../../../../shared/domain/case-audit';
import { FilesTable } from '../../components/file-import/files-table';
import { MultiFileImportDialog } from '../../components/file-import/multi-file-import-dialog';
import { useMultiFileImport } from '../../components/file-import/use-multi-file-import';
import { useApi } from '../../host/services-context';
import { describeError, refreshAudit } from './case-audit-keys';
import { CASE_RETURN_FILE_COLUMNS, caseReturnReady } from './case-return-files-table';

/**
 * Completed returns, one or many files at once: each is checked and matched to its case and agency and shown with its
 * problems; then the good ones are imported one by one, each file all or nothing.
 */
export function ImportCaseReturnsDialog(props: { audit: CaseAuditDetail; open: boolean; onClose: () => void }) {
  const api = useApi();
  const { audit, open } = props;
  const flow = useMultiFileImport(open, {
    preview: (file) => api.call('caseAudits.importReturnPreview', { auditId: audit.id, file }),
    commit: (file) => api.call('caseAudits.importReturnCommit', { auditId: audit.id, file }),
    ready: caseReturnReady,
    describeError,
    onImported: () => refreshAudit(audit.id),
  });
  return (
    <MultiFileImportDialog
      open={open}
      onClose={props.onClose}
      title="Import returned files"
      summaryTestId="import-case-returns-summary"
      flow={flow}
      intro={
        <>
          Add the completed workbooks or Word files the agencies sent back, as many as you like at once. Each is checked against this audit’s tool and matched to its case
          and agency; nothing is saved until you select Import, and a file with a problem is not imported at all.
        </>
      }
    >
      <FilesTable entries={flow.entries} columns={CASE_RETURN_FILE_COLUMNS} onRemove={flow.remove} disabled={flow.running !== null} />
    </MultiFileImportDialog>
  );
}
