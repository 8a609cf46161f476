import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Toolbar, ToolbarButton, ToolbarDivider, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUpload20Regular, DocumentArrowRight20Regular, MailAlert20Regular, TaskListLtr20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { RETURN_STATUSES, RETURN_STATUS_LABELS, type CycleDetail, type ReturnRow, type ReturnStatus } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { navigate } from '../../app/router';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataGrid, type GridColumn } from '../../components/data-grid/data-grid';
import { LoadError } from '../../components/page';
import { selectionColumn, useRowSelection, useSelectedIds } from '../../components/row-selection';
import { runEach } from '../../components/run-each';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { describeError, refreshCycle, returnsKey } from '../cycles/cycle-refresh';
import type { CycleActions } from '../cycles/use-cycle-actions';
import { RETURN_COLUMNS } from './return-columns';

const NO_ROWS: ReturnRow[] = [];
const useStyles = makeStyles({ toolbar: { padding: 0, gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' } });

/** Every agency's return in the cycle; tick rows to issue, chase or set the status of several at once. */
export function ReturnsGrid(props: { cycle: CycleDetail; actions: CycleActions }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { cycle, actions } = props;
  const list = useApiData(() => api.call('returns.list', { cycleId: cycle.id }), [api, cycle.id], [returnsKey(cycle.id)]);
  const rows = list.data ?? NO_ROWS;
  const selection = useRowSelection();
  const selected = useSelectedIds(selection);
  const [asking, setAsking] = useState<ReturnStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const columns = useMemo<GridColumn<ReturnRow>[]>(
    () => [selectionColumn(selection, (r) => r.cycleAgencyId, (r) => `Select ${r.agencyName}`), ...RETURN_COLUMNS],
    [selection],
  );

  const setStatus = async (status: ReturnStatus, reason?: string) => {
    setAsking(null);
    setBusy(true);
    const chosen = rows.filter((r) => selection.has(r.cycleAgencyId));
    const out = await runEach(chosen, {
      name: (r) => r.agencyName,
      work: (r) => api.call('returns.setStatus', { cycleAgencyId: r.cycleAgencyId, status, ...(reason ? { reason } : {}) }),
      onProgress: () => undefined,
      shouldStop: () => false,
      describeError,
    });
    setBusy(false);
    refreshCycle(cycle.id);
    if (out.results.length) notify.success(`${out.results.length} set to ${RETURN_STATUS_LABELS[status]}.`);
    if (out.failures.length)
      notify.error(new Error(out.failures.map((f) => `${f.name}: ${f.message}`).join('\n')), `${out.failures.length} could not be changed`);
  };

  const none = selected.length === 0;
  const toolbar = (
    <Toolbar aria-label="Returns actions" className={styles.toolbar}>
      <ToolbarButton onClick={() => selection.set(rows.map((r) => r.cycleAgencyId))}>Select all</ToolbarButton>
      <ToolbarButton onClick={() => selection.set(rows.filter((r) => r.daysOverdue !== null).map((r) => r.cycleAgencyId))}>Select overdue</ToolbarButton>
      <ToolbarButton disabled={none} onClick={() => selection.clear()}>
        Clear ({selected.length})
      </ToolbarButton>
      <ToolbarDivider />
      <ToolbarButton icon={<DocumentArrowRight20Regular />} disabled={none} onClick={() => actions.issueTools(selected)}>
        Issue…
      </ToolbarButton>
      <ToolbarButton icon={<MailAlert20Regular />} disabled={none} onClick={() => actions.chase(selected)}>
        Chase…
      </ToolbarButton>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <ToolbarButton icon={<TaskListLtr20Regular />} disabled={none || busy}>
            Set status
          </ToolbarButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {RETURN_STATUSES.map((s) => (
              <MenuItem key={s} onClick={() => (s === 'sent_back' ? setAsking(s) : void setStatus(s))}>
                {RETURN_STATUS_LABELS[s]}
                {s === 'sent_back' ? '…' : ''}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <ToolbarDivider />
      <ToolbarButton icon={<ArrowUpload20Regular />} onClick={actions.importReturns}>
        Import returns…
      </ToolbarButton>
    </Toolbar>
  );

  return (
    <>
      {list.error ? <LoadError error={list.error} what="the returns" onRetry={list.reload} /> : null}
      <DataGrid
        gridId="returns"
        label="Returns"
        rows={rows}
        columns={columns}
        getRowId={(r) => String(r.cycleAgencyId)}
        onOpen={(r) => navigate(`/returns/${r.cycleAgencyId}`)}
        noun={{ one: 'return', many: 'returns' }}
        toolbar={toolbar}
        loading={list.loading && !list.data}
        initialSort={[{ id: 'agency', desc: false }]}
      />
      <ConfirmDialog
        open={asking === 'sent_back'}
        title={`Send ${selected.length} ${selected.length === 1 ? 'return' : 'returns'} back for more evidence`}
        confirmLabel="Send back"
        prompt={{ label: 'Reason', required: true, multiline: true, hint: 'Recorded against each return and shown to whoever opens it.' }}
        onConfirm={(reason) => void setStatus('sent_back', reason)}
        onCancel={() => setAsking(null)}
      />
    </>
  );
}
