import { Checkbox } from '@fluentui/react-components';
import type { RowData } from '@tanstack/react-table';
import { useMemo, useSyncExternalStore } from 'react';
import type { GridColumn } from './data-grid/data-grid';

/**
 * Ticked rows of a grid, kept outside the grid's columns so that ticking a row re-renders only its box
 * (the grid's column list stays the same object, which matters at 2,000 rows).
 */
export interface RowSelection {
  has(id: number): boolean;
  ids(): number[];
  size(): number;
  toggle(id: number, on?: boolean): void;
  set(ids: Iterable<number>): void;
  clear(): void;
  subscribe(cb: () => void): () => void;
  version(): number;
}

export function createRowSelection(initial: Iterable<number> = []): RowSelection {
  let chosen = new Set(initial);
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version += 1;
    listeners.forEach((l) => l());
  };
  return {
    has: (id) => chosen.has(id),
    ids: () => [...chosen],
    size: () => chosen.size,
    toggle(id, on) {
      const want = on ?? !chosen.has(id);
      if (want === chosen.has(id)) return;
      chosen = new Set(chosen);
      if (want) chosen.add(id);
      else chosen.delete(id);
      changed();
    },
    set(ids) {
      chosen = new Set(ids);
      changed();
    },
    clear() {
      if (chosen.size === 0) return;
      chosen = new Set();
      changed();
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    version: () => version,
  };
}

export function useRowSelection(): RowSelection {
  return useMemo(() => createRowSelection(), []);
}

/** Re-renders the caller whenever the selection changes; returns the ticked ids. */
export function useSelectedIds(selection: RowSelection): number[] {
  useSyncExternalStore(selection.subscribe, selection.version);
  return selection.ids();
}

function SelectBox(props: { selection: RowSelection; id: number; label: string }) {
  const { selection, id } = props;
  const on = useSyncExternalStore(selection.subscribe, () => selection.has(id));
  return (
    <span onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.key !== 'Tab' && e.stopPropagation()}>
      <Checkbox checked={on} aria-label={props.label} onChange={(_, d) => selection.toggle(id, d.checked === true)} />
    </span>
  );
}

/** A tick-box column for DataGrid; the row's click still opens it, the box only ticks. */
export function selectionColumn<T extends RowData>(selection: RowSelection, getId: (row: T) => number, label: (row: T) => string): GridColumn<T> {
  return {
    id: 'select',
    header: 'Select',
    value: (r) => (selection.has(getId(r)) ? 'Selected' : ''),
    render: (r) => <SelectBox selection={selection} id={getId(r)} label={label(r)} />,
    width: 64,
    canHide: false,
    filter: { kind: 'none' },
  };
}
