import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactTable, RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { GridColumn, GridFeatures, GridRow } from './grid-model';

export const ROW_HEIGHT = 36;

const useStyles = makeStyles({
  row: {
    height: `${ROW_HEIGHT}px`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus': { backgroundColor: tokens.colorNeutralBackground1Selected },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  muted: { color: tokens.colorNeutralForeground3 },
  cell: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    height: `${ROW_HEIGHT}px`,
    boxSizing: 'border-box',
  },
  end: { textAlign: 'right' },
  empty: { padding: tokens.spacingVerticalXXL, textAlign: 'center', color: tokens.colorNeutralForeground3 },
  spacer: { padding: 0, border: 'none' },
});

interface GridBodyProps<T extends RowData> {
  table: ReactTable<GridFeatures, T>;
  rows: GridRow<T>[];
  columns: Map<string, GridColumn<T>>;
  scrollRef: RefObject<HTMLDivElement | null>;
  headerRows: number;
  onOpen?: (row: T) => void;
  isMuted?: (row: T) => boolean;
  emptyText: string;
}

/** Only the rows in view are in the DOM; spacer rows keep the scroll height right. */
export function GridBody<T extends RowData>(props: GridBodyProps<T>) {
  const styles = useStyles();
  const { rows, table, scrollRef } = props;
  const [active, setActive] = useState(0);
  const [headerHeight, setHeaderHeight] = useState(ROW_HEIGHT * props.headerRows);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const focusPending = useRef(false);

  // Measured when the header's size changes, not after every render: a read of its size in each scroll's
  // commit forced a layout of the new rows inside the scroll event (npm run bench: "UI scroll").
  useLayoutEffect(() => {
    const head = bodyRef.current?.parentElement?.querySelector('thead');
    if (!head) return;
    const measure = () => {
      const h = head.getBoundingClientRect().height;
      setHeaderHeight((old) => (h && Math.abs(h - old) > 0.5 ? h : old));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => rows[i]?.id ?? i,
    overscan: 12,
    // Rows render in a task of their own rather than inside the scroll event's frame (one long task).
    useFlushSync: false,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });

  const safeActive = Math.min(active, Math.max(rows.length - 1, 0));
  useEffect(() => {
    if (!focusPending.current) return;
    const el = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${safeActive}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(rows.length - 1, index));
    setActive(i);
    focusPending.current = true;
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - headerHeight) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(safeActive + 1),
      ArrowUp: () => moveTo(safeActive - 1),
      PageDown: () => moveTo(safeActive + page),
      PageUp: () => moveTo(safeActive - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => {
        const row = rows[safeActive];
        if (row && props.onOpen) props.onOpen(row.original);
      },
    };
    const action = keys[e.key];
    if (action && rows.length) {
      e.preventDefault();
      action();
    }
  };

  const visibleColumns = table.getVisibleLeafColumns();
  if (rows.length === 0)
    return (
      <tbody role="rowgroup" ref={bodyRef}>
        <tr role="row">
          <td role="gridcell" colSpan={visibleColumns.length || 1} className={styles.empty}>
            {props.emptyText}
          </td>
        </tr>
      </tbody>
    );

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start - headerHeight : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - headerHeight) : 0;

  return (
    <tbody role="rowgroup" ref={bodyRef} onKeyDown={onKeyDown}>
      {padTop > 0 && (
        <tr aria-hidden="true" style={{ height: padTop }}>
          <td className={styles.spacer} colSpan={visibleColumns.length} />
        </tr>
      )}
      {items.map((item) => {
        const row = rows[item.index]!;
        const original = row.original;
        return (
          <tr
            key={row.id}
            role="row"
            data-index={item.index}
            data-row-id={row.id}
            aria-rowindex={item.index + 1 + props.headerRows}
            tabIndex={item.index === safeActive ? 0 : -1}
            className={mergeClasses(
              styles.row,
              props.isMuted?.(original) && styles.muted,
            )}
            onClick={() => {
              setActive(item.index);
              props.onOpen?.(original);
            }}
            onFocus={() => setActive(item.index)}
          >
            {visibleColumns.map((column) => {
              const spec = props.columns.get(column.id)!;
              const value = spec.value(original);
              const content = spec.render ? spec.render(original) : (value ?? '');
              return (
                <td
                  key={column.id}
                  role="gridcell"
                  className={mergeClasses(styles.cell, spec.align === 'end' && styles.end)}
                  title={value === null || value === undefined ? undefined : String(value)}
                >
                  {content}
                </td>
              );
            })}
          </tr>
        );
      })}
      {padBottom > 0 && (
        <tr aria-hidden="true" style={{ height: padBottom }}>
          <td className={styles.spacer} colSpan={visibleColumns.length} />
        </tr>
      )}
    </tbody>
  );
}
