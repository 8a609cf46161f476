import { Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { Add20Regular, ArrowDownload20Regular, ArrowUpload20Regular, DocumentFolder20Regular, MailArrowUp20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ActionRow } from '../../../../shared/domain/action';
import { navigate, useRouteQuery } from '../../app/router';
import { DataGrid } from '../../components/data-grid/data-grid';
import { formatDate } from '../../components/format-date';
import { LoadError, Page } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useFileActions } from '../../components/use-file-actions';
import { useApi } from '../../host/services-context';
import { ACTION_COLUMNS } from './action-columns';
import { ActionDrawer, type ActionPrefill } from './action-drawer';
import { ACTIONS_KEY, filterToQuery, queryToFilter, type BoardFilter } from './action-query';
import { BucketTiles } from './bucket-tiles';
import { FilterBar } from './filter-bar';
import { ImportPlanDialog } from './import-plan-dialog';
import { MeetingPackDialog } from './meeting-pack-dialog';
import { RequestUpdatesDialog } from './request-updates-dialog';
import { useActionLookups } from './use-action-lookups';

const NO_ROWS: ActionRow[] = [];
const useStyles = makeStyles({ toolbar: { padding: 0, gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' } });

type Open = 'import' | 'pack' | 'requests' | null;

/** A new action starts from what the board is filtered to ("New action for this agency"). */
const newFromFilter = (f: BoardFilter): ActionPrefill | undefined => {
  if (f.agencyId) return { input: { kind: 'agency', agencyId: f.agencyId, cycleId: f.cycleId ?? null } };
  if (f.groupId) return { input: { kind: 'partnership', groupId: f.groupId, cycleId: f.cycleId ?? null } };
  if (f.kind || f.cycleId) return { input: { kind: f.kind ?? 'agency', cycleId: f.cycleId ?? null } };
  return undefined;
};

/** The actions board: deadline tiles, filters, the list, and the open action's drawer on top. Filters live in the address. */
export function ActionsPage(props: { openId: string | null }) {
  const styles = useStyles();
  const api = useApi();
  const query = useRouteQuery();
  const filter = queryToFilter(query);
  const qs = filterToQuery(filter);
  const lookups = useActionLookups();
  const { busy, saveGenerated } = useFileActions();
  const [open, setOpen] = useState<Open>(null);
  // The tiles count under the same filters with any bucket; the list follows the bucket too.
  const board = useApiData(() => api.call('actions.board', filter), [api, qs], [ACTIONS_KEY]);
  const list = useApiData(async () => ({ qs, rows: await api.call('actions.list', filter) }), [api, qs], [ACTIONS_KEY]);
  // Rows loaded for other filters are not shown while the new ones load.
  const current = list.data?.qs === qs ? list.data.rows : null;

  const setFilter = (f: BoardFilter) => navigate(`/actions${filterToQuery(f)}`);
  const toolbar = (
    <Toolbar aria-label="Actions toolbar" className={styles.toolbar}>
      <ToolbarButton appearance="primary" icon={<Add20Regular />} onClick={() => navigate(`/actions/new${qs}`)}>
        New action
      </ToolbarButton>
      <ToolbarButton icon={<ArrowUpload20Regular />} onClick={() => setOpen('import')}>
        Import plan…
      </ToolbarButton>
      <ToolbarButton icon={<ArrowDownload20Regular />} disabled={busy !== null} onClick={() => void saveGenerated('Actions tracker', () => api.call('actions.exportXlsx', filter))}>
        Export to Excel
      </ToolbarButton>
      <ToolbarButton icon={<DocumentFolder20Regular />} onClick={() => setOpen('pack')}>
        Meeting pack…
      </ToolbarButton>
      <ToolbarButton icon={<MailArrowUp20Regular />} onClick={() => setOpen('requests')}>
        Request updates…
      </ToolbarButton>
    </Toolbar>
  );

  return (
    <Page title="Actions" subtitle={board.data ? `Agency and partnership action plans · today is ${formatDate(board.data.today)}` : 'Agency and partnership action plans'}>
      {board.error ? <LoadError error={board.error} what="the deadline counts" onRetry={board.reload} /> : null}
      {list.error ? <LoadError error={list.error} what="the actions" onRetry={list.reload} /> : null}
      <BucketTiles board={board.data} selected={filter.bucket} onSelect={(bucket) => setFilter({ ...filter, bucket })} />
      <FilterBar filter={filter} lookups={lookups} onChange={setFilter} />
      <DataGrid
        gridId="actions"
        label="Actions"
        rows={current ?? NO_ROWS}
        columns={ACTION_COLUMNS}
        getRowId={(r) => String(r.id)}
        onOpen={(r) => navigate(`/actions/${r.id}${qs}`)}
        noun={{ one: 'action', many: 'actions' }}
        toolbar={toolbar}
        isMuted={(r) => r.status === 'dropped'}
        loading={current === null}
        emptyText="No actions match these filters."
        initialSort={[{ id: 'due', desc: false }]}
      />
      {props.openId && (
        <ActionDrawer
          key={props.openId}
          id={props.openId === 'new' ? null : Number(props.openId)}
          prefill={props.openId === 'new' ? newFromFilter(filter) : undefined}
          onClose={() => navigate(`/actions${qs}`)}
          onCreated={(a) => navigate(`/actions/${a.id}${qs}`)}
        />
      )}
      <ImportPlanDialog open={open === 'import'} lookups={lookups} presetAgencyId={filter.agencyId ?? null} onClose={() => setOpen(null)} />
      <MeetingPackDialog open={open === 'pack'} lookups={lookups} presetCycleId={filter.cycleId ?? null} onClose={() => setOpen(null)} />
      <RequestUpdatesDialog open={open === 'requests'} onClose={() => setOpen(null)} />
    </Page>
  );
}
