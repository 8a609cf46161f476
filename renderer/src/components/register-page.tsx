import { Switch, Toolbar, ToolbarButton, ToolbarDivider, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUpload20Regular } from '@fluentui/react-icons';
import { useState, type ComponentType, type ReactElement } from 'react';
import type { GeneratedFile } from '../../../shared/domain/settings';
import { navigate } from '../app/router';
import { useApi } from '../host/services-context';
import { DataGrid, type GridColumn } from './data-grid/data-grid';
import { ImportWizard, type ImportKind } from './import-wizard/import-wizard';
import { LoadError, Page } from './page';
import { useApiData } from './use-api-data';
import { useFileActions } from './use-file-actions';

const NO_ROWS: never[] = [];
const useStyles = makeStyles({ toolbar: { padding: 0, gap: tokens.spacingHorizontalXS } });

/** A file the toolbar makes from the register, with or without the inactive records as the switch says. */
export interface RegisterExport {
  label: string;
  icon: ReactElement;
  /** Names the file in messages ("Agencies workbook ready"). */
  what: string;
  make: (includeInactive: boolean) => Promise<GeneratedFile>;
}

export interface RegisterPageProps<T extends { id: number; active: boolean }> {
  /** The route, grid id, import kind and data key: "agencies" lives at #/agencies. */
  kind: ImportKind;
  title: string;
  subtitle: string;
  noun: { one: string; many: string };
  newIcon: ReactElement;
  list: (includeInactive: boolean) => Promise<T[]>;
  exports: RegisterExport[];
  columns: GridColumn<T>[];
  /** The record open on top of the grid: an id from the route, "new", or null. */
  openId: string | null;
  drawer: ComponentType<{ id: number | null; onClose: () => void; onCreated: (id: number) => void }>;
  onImported: () => void;
}

/** A register (agencies, contacts): toolbar, grid of active (or all) records, the open record's drawer, and import. */
export function RegisterPage<T extends { id: number; active: boolean }>(props: RegisterPageProps<T>) {
  const styles = useStyles();
  const api = useApi();
  const { busy, saveGenerated } = useFileActions();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [importing, setImporting] = useState(false);
  const { kind, noun, openId, drawer: Drawer } = props;
  // `list` is a new function each render, so the reload follows what it depends on instead.
  const list = useApiData(() => props.list(includeInactive), [api, includeInactive], [kind]);
  const route = `/${kind}`;
  const capitalised = noun.one.charAt(0).toUpperCase() + noun.one.slice(1);

  const toolbar = (
    <Toolbar aria-label={`${capitalised} actions`} className={styles.toolbar}>
      <ToolbarButton appearance="primary" icon={props.newIcon} onClick={() => navigate(`${route}/new`)}>
        {`New ${noun.one}`}
      </ToolbarButton>
      <ToolbarButton icon={<ArrowUpload20Regular />} onClick={() => setImporting(true)}>
        Import…
      </ToolbarButton>
      {props.exports.map((e) => (
        <ToolbarButton key={e.what} icon={e.icon} disabled={busy !== null} onClick={() => saveGenerated(e.what, () => e.make(includeInactive))}>
          {e.label}
        </ToolbarButton>
      ))}
      <ToolbarDivider />
      <Switch label="Include inactive" checked={includeInactive} onChange={(_, d) => setIncludeInactive(d.checked)} />
    </Toolbar>
  );

  return (
    <Page title={props.title} subtitle={props.subtitle}>
      {list.error ? <LoadError error={list.error} what={`the ${noun.many}`} onRetry={list.reload} /> : null}
      <DataGrid
        gridId={kind}
        label={props.title}
        rows={list.data ?? NO_ROWS}
        columns={props.columns}
        getRowId={(r) => String(r.id)}
        onOpen={(r) => navigate(`${route}/${r.id}`)}
        noun={noun}
        toolbar={toolbar}
        isMuted={(r) => !r.active}
        loading={list.loading && !list.data}
        initialSort={[{ id: 'name', desc: false }]}
      />
      {openId && <Drawer key={openId} id={openId === 'new' ? null : Number(openId)} onClose={() => navigate(route)} onCreated={(id) => navigate(`${route}/${id}`)} />}
      <ImportWizard kind={kind} open={importing} onClose={() => setImporting(false)} onImported={props.onImported} />
    </Page>
  );
}
