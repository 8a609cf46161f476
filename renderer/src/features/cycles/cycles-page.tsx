import { Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, History20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { CycleSummary } from '../../../../shared/domain/cycle';
import { navigate } from '../../app/router';
import { DataGrid } from '../../components/data-grid/data-grid';
import { LoadError, Page } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { CYCLE_COLUMNS } from './cycle-columns';
import { ImportHistoryDialog } from './import-history-dialog';

const NO_ROWS: CycleSummary[] = [];
const useStyles = makeStyles({ toolbar: { padding: 0, gap: tokens.spacingHorizontalXS } });

/** Every audit cycle, current and past, with how many returns are in. */
export function CyclesPage() {
  const styles = useStyles();
  const api = useApi();
  const [importing, setImporting] = useState(false);
  const list = useApiData(() => api.call('cycles.list'), [api], ['cycles']);
  return (
    <Page title="Audit cycles" subtitle="Section 11, section 175/157 and early years audits, from launch to moderated results">
      {list.error ? <LoadError error={list.error} what="the cycles" onRetry={list.reload} /> : null}
      <DataGrid
        gridId="cycles"
        label="Audit cycles"
        rows={list.data ?? NO_ROWS}
        columns={CYCLE_COLUMNS}
        getRowId={(c) => String(c.id)}
        onOpen={(c) => navigate(`/cycles/${c.id}`)}
        noun={{ one: 'cycle', many: 'cycles' }}
        loading={list.loading && !list.data}
        emptyText="There are no cycles yet. Select New cycle to open one, or import a past cycle's results."
        initialSort={[{ id: 'launch', desc: true }]}
        toolbar={
          <Toolbar aria-label="Cycle actions" className={styles.toolbar}>
            <ToolbarButton appearance="primary" icon={<Add20Regular />} onClick={() => navigate('/cycles/new')}>
              New cycle
            </ToolbarButton>
            <ToolbarButton icon={<History20Regular />} onClick={() => setImporting(true)}>
              Import past results…
            </ToolbarButton>
          </Toolbar>
        }
      />
      <ImportHistoryDialog open={importing} onClose={() => setImporting(false)} />
    </Page>
  );
}
