import { Card, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Comparison, Movement } from '../../../../shared/domain/cycle';
import { DataGrid, type GridColumn } from '../../components/data-grid/data-grid';

type Row = Comparison['rows'][number];

export const MOVEMENT_LABELS: Record<Movement, string> = { improved: 'Improved', same: 'Same', worse: 'Worse', new: 'New', not_compared: 'Not compared' };
const ARROW: Record<Movement, string> = { improved: '▲', same: '=', worse: '▼', new: '•', not_compared: '' };

const useStyles = makeStyles({
  tiles: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  tile: { padding: tokens.spacingHorizontalM, minWidth: '120px' },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  grid: { height: '420px', display: 'flex', flexDirection: 'column' },
  improved: { color: tokens.colorPaletteGreenForeground1 },
  worse: { color: tokens.colorPaletteRedForeground1 },
});

/** Improved / same / worse counts, then each agency's movement per standard (standards matched by number). */
export function ComparisonView(props: { comparison: Comparison }) {
  const styles = useStyles();
  const c = props.comparison;
  const columns = useMemo<GridColumn<Row>[]>(
    () => [
      { id: 'agency', header: 'Agency', value: (r) => r.agencyName, width: 240, canHide: false },
      ...c.standards.map<GridColumn<Row>>((s, i) => ({
        id: `s${s.number}`,
        header: `${s.number}${s.matched ? '' : ' (new)'}`,
        value: (r) => MOVEMENT_LABELS[r.cells[i]?.movement ?? 'not_compared'],
        render: (r) => {
          const cell = r.cells[i];
          if (!cell || cell.movement === 'not_compared') return '–';
          const cls = cell.movement === 'improved' ? styles.improved : cell.movement === 'worse' ? styles.worse : undefined;
          return (
            <span className={cls} title={`${MOVEMENT_LABELS[cell.movement]}: ${cell.before?.label ?? 'no rating'} → ${cell.now?.label ?? 'no rating'}`}>
              {ARROW[cell.movement]} {cell.before?.code ?? '–'}→{cell.now?.code ?? '–'}
            </span>
          );
        },
        width: 92,
        filter: { kind: 'enum', options: Object.values(MOVEMENT_LABELS) },
      })),
    ],
    [c.standards, styles.improved, styles.worse],
  );
  if (!c.previousCycleId) return <p>There is no earlier cycle of this type to compare with. Import a past cycle’s results from the Audit cycles list.</p>;
  return (
    <>
      <div className={styles.tiles} aria-label="Movement since the previous cycle">
        {(['improved', 'same', 'worse', 'new'] as const).map((m) => (
          <Card key={m} className={styles.tile} data-testid={`movement-${m}`}>
            <span>{MOVEMENT_LABELS[m]}</span>
            <span className={`${styles.big} ${m === 'improved' ? styles.improved : m === 'worse' ? styles.worse : ''}`}>{c.totals[m]}</span>
          </Card>
        ))}
      </div>
      <div className={styles.grid}>
        <DataGrid gridId="comparison" label="Movement by agency and standard" rows={c.rows} columns={columns} getRowId={(r) => String(r.agencyId)} noun={{ one: 'agency', many: 'agencies' }} />
      </div>
    </>
  );
}
