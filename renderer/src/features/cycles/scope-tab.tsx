import { Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, Delete20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { CycleDetail, ReturnRow } from '../../../../shared/domain/cycle';
import { useNotify } from '../../app/notify';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataGrid, type GridColumn } from '../../components/data-grid/data-grid';
import { LoadError } from '../../components/page';
import { selectionColumn, useRowSelection, useSelectedIds } from '../../components/row-selection';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { ReturnStatusBadge } from '../returns/return-status';
import { AddAgenciesDialog } from './add-agencies-dialog';
import { refreshCycle, returnsKey } from './cycle-refresh';

const NO_ROWS: ReturnRow[] = [];
const useStyles = makeStyles({
  layout: { display: 'grid', gridTemplateColumns: '1fr 300px', gap: tokens.spacingHorizontalL, flex: 1, minHeight: 0 },
  main: { display: 'flex', flexDirection: 'column', minHeight: 0 },
  toolbar: { padding: 0 },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300, alignSelf: 'start' },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, textAlign: 'left' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

/** Which agencies the cycle covers: add more from the register, take some out, with counts per sector. */
export function ScopeTab(props: { cycle: CycleDetail }) {
  const styles = useStyles();
  const api = useApi();
  const notify = useNotify();
  const { cycle } = props;
  const list = useApiData(() => api.call('returns.list', { cycleId: cycle.id }), [api, cycle.id], [returnsKey(cycle.id)]);
  const rows = list.data ?? NO_ROWS;
  const selection = useRowSelection();
  const selected = useSelectedIds(selection);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [busy, setBusy] = useState(false);

  const columns = useMemo<GridColumn<ReturnRow>[]>(
    () => [
      selectionColumn(selection, (r) => r.cycleAgencyId, (r) => `Select ${r.agencyName}`),
      { id: 'agency', header: 'Agency', value: (r) => r.agencyName, width: 280, canHide: false },
      { id: 'sector', header: 'Sector', value: (r) => r.sectorName, width: 180, filter: { kind: 'enum' } },
      { id: 'status', header: 'Return', value: (r) => r.displayStatus, render: (r) => <ReturnStatusBadge status={r.displayStatus} />, width: 200 },
      { id: 'answered', header: 'Answers', value: (r) => r.answered, width: 90, align: 'end', filter: { kind: 'none' } },
    ],
    [selection],
  );

  const change = async (patch: { add?: number[]; remove?: number[] }, done: string) => {
    setBusy(true);
    try {
      await api.call('cycles.setScope', { id: cycle.id, add: patch.add ?? [], remove: patch.remove ?? [] });
      selection.clear();
      refreshCycle(cycle.id);
      notify.success(done);
      return true;
    } catch (err) {
      notify.error(err, 'The scope was not changed');
      return false;
    } finally {
      setBusy(false);
      setRemoving(false);
    }
  };

  const chosenRows = rows.filter((r) => selected.includes(r.cycleAgencyId));
  const withAnswers = chosenRows.filter((r) => r.answered > 0).length;
  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        {list.error ? <LoadError error={list.error} what="the agencies in scope" onRetry={list.reload} /> : null}
        <DataGrid
          gridId="cycle-scope"
          label="Agencies in scope"
          rows={rows}
          columns={columns}
          getRowId={(r) => String(r.cycleAgencyId)}
          onOpen={(r) => selection.toggle(r.cycleAgencyId)}
          noun={{ one: 'agency', many: 'agencies' }}
          loading={list.loading && !list.data}
          initialSort={[{ id: 'agency', desc: false }]}
          toolbar={
            <Toolbar aria-label="Scope actions" className={styles.toolbar}>
              <ToolbarButton appearance="primary" icon={<Add20Regular />} onClick={() => setAdding(true)}>
                Add agencies…
              </ToolbarButton>
              <ToolbarButton icon={<Delete20Regular />} disabled={!selected.length || busy} onClick={() => setRemoving(true)}>
                Remove {selected.length || ''} from scope…
              </ToolbarButton>
            </Toolbar>
          }
        />
      </div>
      <table className={styles.table} aria-label="In scope by sector">
        <thead>
          <tr>
            <th className={styles.cell} scope="col">Sector</th>
            <th className={`${styles.cell} ${styles.num}`} scope="col">Agencies</th>
          </tr>
        </thead>
        <tbody>
          {cycle.scopeBySector.map((s) => (
            <tr key={s.sectorId}>
              <th className={styles.cell} scope="row">{s.sectorName}</th>
              <td className={`${styles.cell} ${styles.num}`}>{s.count}</td>
            </tr>
          ))}
          <tr>
            <th className={styles.cell} scope="row">Total</th>
            <td className={`${styles.cell} ${styles.num}`}>{cycle.inScope}</td>
          </tr>
        </tbody>
      </table>
      <AddAgenciesDialog
        open={adding}
        exclude={rows.map((r) => r.agencyId)}
        busy={busy}
        onCancel={() => setAdding(false)}
        onAdd={async (ids) => (await change({ add: ids }, `${ids.length} ${ids.length === 1 ? 'agency' : 'agencies'} added to the cycle.`)) && setAdding(false)}
      />
      <ConfirmDialog
        open={removing}
        title={`Remove ${selected.length} ${selected.length === 1 ? 'agency' : 'agencies'} from the cycle?`}
        confirmLabel="Remove from scope"
        busy={busy}
        onConfirm={() => void change({ remove: chosenRows.map((r) => r.agencyId) }, `${chosenRows.length} removed from the cycle.`)}
        onCancel={() => setRemoving(false)}
      >
        They will no longer be issued the tool, chased or counted in return rates.
        {withAnswers > 0 && ` ${withAnswers} of them already have answers, which are kept in the history.`}
      </ConfirmDialog>
    </div>
  );
}
