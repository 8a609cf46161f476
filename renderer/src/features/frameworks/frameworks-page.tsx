import { Badge, Button, Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger, Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUpload20Regular, LockClosed16Regular, MoreHorizontal20Regular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { DUTY_SHORT } from '../../../../shared/domain/enums';
import type { FrameworkSummary } from '../../../../shared/domain/framework';
import { navigate } from '../../app/router';
import { DataGrid, type GridColumn } from '../../components/data-grid/data-grid';
import { formatShortDate } from '../../components/format-date';
import { LoadError, Page } from '../../components/page';
import { useApiData } from '../../components/use-api-data';
import { useApi } from '../../host/services-context';
import { frameworkTitle, useFrameworkActions } from './use-framework-actions';

const NO_ROWS: FrameworkSummary[] = [];
const useStyles = makeStyles({
  toolbar: { padding: 0 },
  lock: { display: 'inline-flex', alignItems: 'center', verticalAlign: 'middle', gap: tokens.spacingHorizontalXXS },
});

export const statusBadge = (f: Pick<FrameworkSummary, 'status'>) =>
  f.status === 'published' ? (
    <Badge appearance="tint" color="success">
      Published
    </Badge>
  ) : (
    <Badge appearance="tint" color="warning">
      Draft
    </Badge>
  );

/** Every version of every framework, with what can be done to each. */
export function FrameworksPage() {
  const styles = useStyles();
  const api = useApi();
  const list = useApiData(() => api.call('frameworks.list'), [api], ['frameworks']);
  const actions = useFrameworkActions();
  const { ask, exportAs } = actions;

  const columns = useMemo<GridColumn<FrameworkSummary>[]>(
    () => [
      { id: 'name', header: 'Name', value: (f) => f.name, width: 270, canHide: false },
      { id: 'version', header: 'Version', value: (f) => f.versionLabel, width: 110 },
      { id: 'status', header: 'Status', value: (f) => (f.status === 'published' ? 'Published' : 'Draft'), render: statusBadge, width: 110, filter: { kind: 'enum', options: ['Draft', 'Published'] } },
      {
        id: 'frozen',
        header: 'Frozen',
        value: (f) => (f.frozen ? 'Yes' : 'No'),
        render: (f) =>
          f.frozen ? (
            <span className={styles.lock}>
              <LockClosed16Regular aria-hidden /> {f.builtIn ? 'Built in' : `Since ${formatShortDate(f.frozenAt)}`}
            </span>
          ) : (
            'No'
          ),
        width: 120,
        filter: { kind: 'enum', options: ['Yes', 'No'] },
      },
      { id: 'scale', header: 'Scale', value: (f) => f.scaleName, width: 170 },
      { id: 'standards', header: 'Standards', value: (f) => f.standardCount, width: 95, align: 'end', filter: { kind: 'none' } },
      { id: 'items', header: 'Items', value: (f) => f.itemCount, width: 70, align: 'end', filter: { kind: 'none' } },
      { id: 'duties', header: 'Duties', value: (f) => f.duties.map((d) => DUTY_SHORT[d]).join(', '), width: 180, hiddenByDefault: true },
      { id: 'updated', header: 'Last changed', value: (f) => f.updatedAt.slice(0, 10), render: (f) => formatShortDate(f.updatedAt), width: 115 },
      {
        id: 'actions',
        header: 'Actions',
        value: () => null,
        canHide: false,
        filter: { kind: 'none' },
        width: 76,
        render: (f) => (
          <span onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button size="small" appearance="subtle" icon={<MoreHorizontal20Regular />} aria-label={`Actions for ${frameworkTitle(f)}`} />
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  <MenuItem onClick={() => navigate(`/frameworks/${f.id}`)}>Open</MenuItem>
                  <MenuItem onClick={() => ask('duplicate', f)}>Duplicate as new version…</MenuItem>
                  {f.status === 'draft' && <MenuItem onClick={() => ask('publish', f)}>Publish…</MenuItem>}
                  {f.status === 'draft' && !f.frozen && <MenuItem onClick={() => ask('delete', f)}>Delete draft…</MenuItem>}
                  <MenuDivider />
                  <MenuItem onClick={() => exportAs(f, 'json')}>Export JSON</MenuItem>
                  <MenuItem onClick={() => exportAs(f, 'xlsx')}>Export Excel</MenuItem>
                </MenuList>
              </MenuPopover>
            </Menu>
          </span>
        ),
      },
    ],
    [ask, exportAs, styles.lock],
  );

  return (
    <Page title="Frameworks" subtitle="Audit tools: standards, checklist items and rating scales, by version">
      {list.error ? <LoadError error={list.error} what="the frameworks" onRetry={list.reload} /> : null}
      <DataGrid
        gridId="frameworks"
        label="Frameworks"
        rows={list.data ?? NO_ROWS}
        columns={columns}
        getRowId={(f) => String(f.id)}
        onOpen={(f) => navigate(`/frameworks/${f.id}`)}
        noun={{ one: 'framework version', many: 'framework versions' }}
        loading={list.loading && !list.data}
        initialSort={[{ id: 'name', desc: false }]}
        toolbar={
          <Toolbar aria-label="Framework actions" className={styles.toolbar}>
            <ToolbarButton icon={<ArrowUpload20Regular />} onClick={actions.importFile} disabled={actions.busy}>
              Import (JSON or Excel)…
            </ToolbarButton>
          </Toolbar>
        }
      />
      {actions.dialogs}
    </Page>
  );
}
