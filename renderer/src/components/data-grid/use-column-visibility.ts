import { useCallback, useState } from 'react';
import type { ColumnVisibilityState, RowData, Updater } from '@tanstack/react-table';
import type { GridColumn } from './grid-model';

const storageKey = (gridId: string) => `auditDesk.grid.${gridId}.columns`;

function load<T extends RowData>(gridId: string, columns: GridColumn<T>[]): ColumnVisibilityState {
  const defaults: ColumnVisibilityState = {};
  for (const c of columns) if (c.hiddenByDefault) defaults[c.id] = false;
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(gridId)) ?? 'null') as unknown;
    if (saved && typeof saved === 'object') {
      const known = new Set(columns.map((c) => c.id));
      for (const [k, v] of Object.entries(saved as Record<string, unknown>)) if (known.has(k) && typeof v === 'boolean') defaults[k] = v;
    }
  } catch {
    /* a damaged entry just falls back to the defaults */
  }
  return defaults;
}

/** Which columns show, remembered per grid on this computer. */
export function useColumnVisibility<T extends RowData>(gridId: string, columns: GridColumn<T>[]) {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() => load(gridId, columns));
  const update = useCallback(
    (updater: Updater<ColumnVisibilityState>) => {
      setVisibility((prev) => {
        const next = typeof updater === 'function' ? updater(prev) : updater;
        try {
          localStorage.setItem(storageKey(gridId), JSON.stringify(next));
        } catch {
          /* storage full or disabled: the choice lasts for this session only */
        }
        return next;
      });
    },
    [gridId],
  );
  return [visibility, update] as const;
}
