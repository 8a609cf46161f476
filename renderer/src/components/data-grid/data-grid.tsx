import { Button, SearchBox, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Filter16Regular } from '@fluentui/react-icons';
import { useTable, type RowData, type SortingState } from '@tanstack/react-table';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { ColumnChooser } from './column-chooser';
import { GridBody } from './grid-body';
import { GridHeader } from './grid-header';
import { globalSearch, gridFeatures, toColumnDefs, type GridColumn } from './grid-model';
import { useColumnVisibility } from './use-column-visibility';

export type { GridColumn } from './grid-model';

export interface DataGridProps<T extends RowData> {
  /** Remembers column choices under this id ("agencies"). */
  gridId: string;
  /** Accessible name of the table ("Agencies"). */
  label: string;
  rows: T[];
  columns: GridColumn<T>[];
  getRowId: (row: T) => string;
  onOpen?: (row: T) => void;
  /** "agency" / "agencies", for "Showing 37 of 42 agencies". */
  noun: { one: string; many: string };
  /** Buttons shown on the left of the grid's own toolbar. */
  toolbar?: ReactNode;
  initialSort?: SortingState;
  /** Dims rows for which this is true (e.g. inactive agencies). */
  isMuted?: (row: T) => boolean;
  loading?: boolean;
  /** Shown when there are no rows at all. */
  emptyText?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, gap: tokens.spacingVerticalS },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  search: { width: '190px' },
  controls: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'nowrap', marginLeft: 'auto' },
  frame: {
    flex: 1,
    minHeight: '160px',
    overflow: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', width: '100%', fontSize: tokens.fontSizeBase300 },
  status: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The one grid: sortable headers, search, per-column filters, column chooser, virtual rows, keyboard. */
export function DataGrid<T extends RowData>(props: DataGridProps<T>) {
  const styles = useStyles();
  const { columns, rows, noun } = props;
  const columnDefs = useMemo(() => toColumnDefs(columns), [columns]);
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const [columnVisibility, setColumnVisibility] = useColumnVisibility(props.gridId, columns);
  const [showFilters, setShowFilters] = useState(true);
  const scrollRef = useRef<HTMLDivElement>(null);
  const getRowId = props.getRowId;

  const table = useTable({
    features: gridFeatures,
    columns: columnDefs,
    data: rows,
    getRowId: (row: T) => getRowId(row),
    state: { columnVisibility },
    onColumnVisibilityChange: setColumnVisibility,
    initialState: { sorting: props.initialSort ?? [] },
    globalFilterFn: globalSearch as never,
    getColumnCanGlobalFilter: (column) => (column as unknown as { getIsVisible(): boolean }).getIsVisible(),
    enableSortingRemoval: true,
    enableMultiSort: false,
  });

  const shown = table.getRowModel().rows;
  const total = rows.length;
  const filtered = Boolean(table.state.globalFilter) || table.state.columnFilters.length > 0;
  const word = total === 1 ? noun.one : noun.many;
  const visibleCount = table.getVisibleLeafColumns().length;
  const tableWidth = table.getVisibleLeafColumns().reduce((sum, c) => sum + (byId.get(c.id)?.width ?? 160), 0);

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        {props.toolbar}
        <div className={styles.controls}>
          <SearchBox
            className={styles.search}
            aria-label={`Search ${noun.many}`}
            placeholder={`Search ${noun.many}`}
            value={String(table.state.globalFilter ?? '')}
            onChange={(_, d) => table.setGlobalFilter(d.value)}
          />
          <ToggleButton
            appearance="subtle"
            icon={<Filter16Regular />}
            checked={showFilters}
            onClick={() => setShowFilters((v) => !v)}
            title={showFilters ? 'Hide the column filters' : 'Show the column filters'}
          >
            Filters
          </ToggleButton>
          <ColumnChooser table={table} columns={columns} label={props.label} />
        </div>
      </div>
      <div className={styles.frame} ref={scrollRef} data-grid-scroll="">
        <table
          role="grid"
          aria-label={props.label}
          aria-rowcount={shown.length + (showFilters ? 2 : 1)}
          aria-colcount={visibleCount}
          className={styles.table}
          style={{ minWidth: tableWidth }}
        >
          <colgroup>
            {table.getVisibleLeafColumns().map((c) => (
              <col key={c.id} style={{ width: byId.get(c.id)?.width ?? 160 }} />
            ))}
          </colgroup>
          <GridHeader table={table} columns={byId} rows={rows} showFilters={showFilters} />
          <GridBody
            table={table}
            rows={shown}
            columns={byId}
            scrollRef={scrollRef}
            headerRows={showFilters ? 2 : 1}
            onOpen={props.onOpen}
            isMuted={props.isMuted}
            emptyText={
              props.loading
                ? 'Loading…'
                : total === 0
                  ? (props.emptyText ?? `There are no ${noun.many} yet.`)
                  : `No ${noun.many} match the search or filters.`
            }
          />
        </table>
      </div>
      <div className={mergeClasses(styles.status)}>
        <span role="status" aria-live="polite" data-testid={`${props.gridId}-row-count`}>
          Showing {shown.length} of {total} {word}
        </span>
        {filtered && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => {
              table.setGlobalFilter('');
              table.resetColumnFilters(true);
            }}
          >
            Clear search and filters
          </Button>
        )}
      </div>
    </div>
  );
}
