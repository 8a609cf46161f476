import { Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSortDown16Regular, ArrowSortUp16Regular } from '@fluentui/react-icons';
import type { ReactTable, RowData } from '@tanstack/react-table';
import { enumOptions, type GridColumn, type GridFeatures } from './grid-model';

const useStyles = makeStyles({
  thead: { position: 'sticky', top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground1 },

  th: {
    textAlign: 'left',
    padding: 0,
    height: '34px',
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  sortButton: {
    border: 'none',
    margin: 0,
    font: 'inherit',
    color: 'inherit',
    backgroundColor: 'transparent',
    textAlign: 'left',
    boxSizing: 'border-box',
    width: '100%',
    height: '34px',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  label: { overflow: 'hidden', textOverflow: 'ellipsis' },
  end: { justifyContent: 'flex-end' },
  filterCell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  filterInput: { width: '100%', minWidth: 0 },
});

export function GridHeader<T extends RowData>(props: {
  table: ReactTable<GridFeatures, T>;
  columns: Map<string, GridColumn<T>>;
  rows: T[];
  showFilters: boolean;
}) {
  const styles = useStyles();
  const { table } = props;
  const visible = table.getVisibleLeafColumns();
  return (
    <thead className={styles.thead} role="rowgroup">
      <tr role="row" aria-rowindex={1}>
        {visible.map((column) => {
          const spec = props.columns.get(column.id)!;
          const sorted = column.getIsSorted();
          const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
          return (
            <th key={column.id} role="columnheader" aria-sort={ariaSort} className={styles.th} scope="col">
              <button
                type="button"
                className={`${styles.sortButton} ${spec.align === 'end' ? styles.end : ''}`}
                onClick={column.getToggleSortingHandler()}
                title={`Sort by ${spec.header}`}
              >
                <span className={styles.label}>{spec.header}</span>
                {sorted === 'asc' && <ArrowSortUp16Regular aria-hidden />}
                {sorted === 'desc' && <ArrowSortDown16Regular aria-hidden />}
              </button>
            </th>
          );
        })}
      </tr>
      {props.showFilters && (
        <tr role="row" aria-rowindex={2}>
          {visible.map((column) => {
            const spec = props.columns.get(column.id)!;
            const value = (column.getFilterValue() as string | undefined) ?? '';
            const label = `Filter ${spec.header}`;
            let control = null;
            if (spec.filter?.kind === 'enum') {
              control = (
                <Select
                  size="small"
                  aria-label={label}
                  value={value}
                  className={styles.filterInput}
                  onChange={(_, d) => column.setFilterValue(d.value || undefined)}
                >
                  <option value="">All</option>
                  {enumOptions(spec, props.rows).map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </Select>
              );
            } else if (spec.filter?.kind !== 'none') {
              control = (
                <Input
                  size="small"
                  aria-label={label}
                  placeholder="Contains…"
                  value={value}
                  className={styles.filterInput}
                  onChange={(_, d) => column.setFilterValue(d.value || undefined)}
                />
              );
            }
            return (
              <td key={column.id} role="gridcell" className={styles.filterCell}>
                {control}
              </td>
            );
          })}
        </tr>
      )}
    </thead>
  );
}
