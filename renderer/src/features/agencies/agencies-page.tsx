import { Switch, Toolbar, ToolbarButton, ToolbarDivider, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowDownload20Regular, ArrowUpload20Regular, DocumentText20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AgencyListRow } from '../../../../shared/domain/agency';
import { navigate } from '../../app/router';
import { DataGrid } from '../../components/data-grid/data-grid';
import { ImportWizard } from '../../components/import-wizard/import-wizard';
import { LoadError, Page } from '../../components/page';
import { invalidate, useApiData } from '../../components/use-api-data';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { AGENCY_COLUMNS } from './agency-columns';
import { AgencyDrawer } from './agency-drawer';

const NO_ROWS: AgencyListRow[] = [];
const useStyles = makeStyles({ toolbar: { padding: 0, gap: tokens.spacingHorizontalXS } });

/** The register of agencies: the grid, its toolbar, and the agency drawer on top. */
export function AgenciesPage(props: { openId: string | null }) {
  const styles = useStyles();
  const api = useApi();
  const { busy, saveGenerated } = useFileActions();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useApiData(() => api.call('agencies.list', { includeInactive }), [api, includeInactive], ['agencies']);
  const rows = list.data ?? NO_ROWS;
  const openId = props.openId;

  const toolbar = (
    <Toolbar aria-label="Agency actions" className={styles.toolbar}>
      <ToolbarButton appearance="primary" icon={<Add20Regular />} onClick={() => navigate('/agencies/new')}>
        New agency
      </ToolbarButton>
      <ToolbarButton icon={<ArrowUpload20Regular />} onClick={() => setImporting(true)}>
        Import…
      </ToolbarButton>
      <ToolbarButton
        icon={<ArrowDownload20Regular />}
        disabled={busy !== null}
        onClick={() => saveGenerated('Agencies workbook', () => api.call('agencies.exportXlsx', { includeInactive }))}
      >
        Export to Excel
      </ToolbarButton>
      <ToolbarButton
        icon={<DocumentText20Regular />}
        disabled={busy !== null}
        onClick={() => saveGenerated('Agency register', () => api.call('reports.agencyRegister', { includeInactive }))}
      >
        Register (Word)
      </ToolbarButton>
      <ToolbarDivider />
      <Switch label="Include inactive" checked={includeInactive} onChange={(_, d) => setIncludeInactive(d.checked)} />
    </Toolbar>
  );

  return (
    <Page title="Agencies" subtitle="Relevant agencies, schools and settings in the partnership">
      {list.error ? <LoadError error={list.error} what="the agencies" onRetry={list.reload} /> : null}
      <DataGrid
        gridId="agencies"
        label="Agencies"
        rows={rows}
        columns={AGENCY_COLUMNS}
        getRowId={(a) => String(a.id)}
        onOpen={(a) => navigate(`/agencies/${a.id}`)}
        noun={{ one: 'agency', many: 'agencies' }}
        toolbar={toolbar}
        isMuted={(a) => !a.active}
        loading={list.loading && !list.data}
        initialSort={[{ id: 'name', desc: false }]}
      />
      {openId && (
        <AgencyDrawer
          key={openId}
          id={openId === 'new' ? null : Number(openId)}
          onClose={() => navigate('/agencies')}
          onCreated={(id) => navigate(`/agencies/${id}`)}
        />
      )}
      <ImportWizard kind="agencies" open={importing} onClose={() => setImporting(false)} onImported={() => invalidate('agencies', 'home')} />
    </Page>
  );
}
