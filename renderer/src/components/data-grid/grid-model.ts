import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type FilterFn,
  type Row,
  type RowData,
  type SortFn,
} from '@tanstack/react-table';
import type { ReactNode } from 'react';

/** Every grid in the app has the same behaviour: sort, search, per-column filter, show/hide columns. */
export const gridFeatures = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
});
export type GridFeatures = typeof gridFeatures;
export type GridRow<T extends RowData> = Row<GridFeatures, T>;

export type CellValue = string | number | null | undefined;

export type ColumnFilterSpec =
  | { kind: 'text' }
  /** A choice list; `multi` when the value is a comma-separated list ("s11, s175/157") and any part may match. */
  | { kind: 'enum'; options?: string[]; multi?: boolean }
  | { kind: 'none' };

export interface GridColumn<T extends RowData> {
  id: string;
  header: string;
  /** The value sorted, searched and filtered on. Text for booleans ("Yes"/"No"), numbers for counts. */
  value: (row: T) => CellValue;
  /** What the cell shows; defaults to the value. */
  render?: (row: T) => ReactNode;
  /** Defaults to a text filter. */
  filter?: ColumnFilterSpec;
  /** Pixels; defaults to 160. */
  width?: number;
  align?: 'start' | 'end';
  hiddenByDefault?: boolean;
  /** false keeps the column out of the column chooser (e.g. the name). */
  canHide?: boolean;
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

const compareCells: SortFn<GridFeatures, RowData> = (a, b, columnId) => {
  const x = a.getValue(columnId) as CellValue;
  const y = b.getValue(columnId) as CellValue;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return collator.compare(String(x ?? ''), String(y ?? ''));
};

const textOf = (row: Row<GridFeatures, RowData>, columnId: string) => String(row.getValue(columnId) ?? '').toLowerCase();

const containsText: FilterFn<GridFeatures, RowData> = (row, columnId, filterValue) =>
  textOf(row, columnId).includes(String(filterValue ?? '').trim().toLowerCase());
containsText.autoRemove = (v) => v === undefined || v === null || String(v).trim() === '';

const equalsOption = (multi: boolean): FilterFn<GridFeatures, RowData> => {
  const fn: FilterFn<GridFeatures, RowData> = (row, columnId, filterValue) => {
    const wanted = String(filterValue ?? '').toLowerCase();
    const text = textOf(row, columnId);
    return multi ? text.split(/\s*[,;]\s*/).includes(wanted) : text === wanted;
  };
  fn.autoRemove = (v) => v === undefined || v === null || v === '';
  return fn;
};

export const globalSearch = containsText;

export function toColumnDefs<T extends RowData>(columns: GridColumn<T>[]): ColumnDef<GridFeatures, T>[] {
  return columns.map((c) => ({
    id: c.id,
    header: c.header,
    accessorFn: (row: T) => c.value(row) ?? undefined,
    sortFn: compareCells as unknown as SortFn<GridFeatures, T>,
    sortUndefined: 'last' as const,
    enableHiding: c.canHide !== false,
    enableColumnFilter: c.filter?.kind !== 'none',
    filterFn: (c.filter?.kind === 'enum' ? equalsOption(!!c.filter.multi) : containsText) as unknown as FilterFn<GridFeatures, T>,
  }));
}

/** Options for an enum filter: given ones, or the distinct values in the data, sorted. */
export function enumOptions<T extends RowData>(column: GridColumn<T>, rows: T[]): string[] {
  if (column.filter?.kind === 'enum' && column.filter.options) return column.filter.options;
  const multi = column.filter?.kind === 'enum' && column.filter.multi;
  const seen = new Set<string>();
  for (const r of rows) {
    const v = column.value(r);
    if (v === null || v === undefined || v === '') continue;
    if (multi) String(v).split(/\s*[,;]\s*/).forEach((p) => p && seen.add(p));
    else seen.add(String(v));
  }
  return [...seen].sort(collator.compare);
}
