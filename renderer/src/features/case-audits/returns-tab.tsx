import { Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, DocumentArrowUp20Regular, Mail20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CaseReturnRow } from '../../../../shared/domain/case-audit';
import { DataGrid } from '../../components/data-grid/data-grid';
import { LoadError } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { caseReturnsKey } from './case-audit-keys';
import type { AuditTabProps } from './case-audit-page';
import { CaseChaseDialog } from './case-chase-dialog';
import { ImportCaseReturnsDialog } from './import-case-returns-dialog';
import { IssueCaseReturnsDialog } from './issue-case-returns-dialog';
import { RETURN_COLUMNS } from './return-columns';
import { ReturnDrawer } from './return-drawer';

const NO_ROWS: CaseReturnRow[] = [];
const useStyles = makeStyles({ toolbar: { padding: 0, gap: tokens.spacingHorizontalXS } });

/** The tracker per case and agency, with issuing, importing, typing in, QA and chasing. */
export function ReturnsTab(props: AuditTabProps) {
  const styles = useStyles();
  const api = useApi();
  const { audit: a } = props;
  const rows = useApiData(() => api.call('caseAudits.returns', { auditId: a.id }), [api, a.id], [caseReturnsKey(a.id)]);
  const [open, setOpen] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'issue' | 'import' | 'chase' | null>(null);
  const list = rows.data ?? NO_ROWS;
  return (
    <>
      {rows.error ? <LoadError error={rows.error} what="the returns" onRetry={rows.reload} /> : null}
      <DataGrid
        gridId="case-returns"
        label="Case returns"
        rows={list}
        columns={RETURN_COLUMNS}
        getRowId={(r) => String(r.id)}
        onOpen={(r) => setOpen(r.id)}
        noun={{ one: 'return', many: 'returns' }}
        loading={rows.loading && !rows.data}
        emptyText="There are no returns yet: add cases, with the agencies involved, in the Cases tab."
        toolbar={
          <Toolbar aria-label="Return actions" className={styles.toolbar}>
            <ToolbarButton appearance="primary" icon={<ArrowDownload20Regular />} disabled={!list.length} onClick={() => setDialog('issue')}>
              Issue returns…
            </ToolbarButton>
            <ToolbarButton icon={<DocumentArrowUp20Regular />} disabled={!list.length} onClick={() => setDialog('import')}>
              Import returned files…
            </ToolbarButton>
            <ToolbarButton icon={<Mail20Regular />} disabled={!list.length} onClick={() => setDialog('chase')}>
              Chase…
            </ToolbarButton>
          </Toolbar>
        }
      />
      {open !== null && <ReturnDrawer audit={a} returnId={open} onClose={() => setOpen(null)} />}
      <IssueCaseReturnsDialog audit={a} rows={list} open={dialog === 'issue'} onClose={() => setDialog(null)} />
      <ImportCaseReturnsDialog audit={a} open={dialog === 'import'} onClose={() => setDialog(null)} />
      <CaseChaseDialog audit={a} rows={list} open={dialog === 'chase'} onClose={() => setDialog(null)} />
    </>
  );
}
