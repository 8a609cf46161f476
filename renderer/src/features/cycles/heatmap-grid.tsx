import { makeStyles, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { Heatmap, HeatmapCell } from '../../../../shared/domain/cycle';
import { navigate } from '../../app/router';
import { textOn } from '../frameworks/doc-edit';

const ROW = 30;
/**
 * Rows rendered beyond the view each way: enough for a wheel notch to scroll onto rendered rows, few enough
 * that a fast scroll (every row new) stays one short task (npm run bench: "UI scroll heatmap").
 */
const OVERSCAN = 6;

/** Difference cells: the number of steps AND a colour; the key says what each means. */
export const DIFF_LOOK = [
  { test: (d: number) => d < 0, colour: '#F4B6B6', sample: '−1', text: 'over-optimistic (self better than moderated, by that many steps)' },
  { test: (d: number) => d === 0, colour: '#E6E6E6', sample: '0', text: 'moderation agreed' },
  { test: (d: number) => d > 0, colour: '#B7D3F2', sample: '+1', text: 'underscored (self worse than moderated)' },
];

const useStyles = makeStyles({
  frame: { flex: 1, minHeight: '240px', overflow: 'auto', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  th: { position: 'sticky', top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground2, padding: '4px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, textAlign: 'left', fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', height: '34px', boxSizing: 'border-box' },
  stdTh: { textAlign: 'center' },
  name: { padding: '0 6px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, height: `${ROW}px`, boxSizing: 'border-box', cursor: 'pointer', ':hover': { textDecorationLine: 'underline' } },
  sector: { padding: '0 6px', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, color: tokens.colorNeutralForeground2 },
  cell: { textAlign: 'center', fontWeight: tokens.fontWeightSemibold, borderBottom: '1px solid #fff', borderRight: '1px solid #fff', height: `${ROW}px`, boxSizing: 'border-box', whiteSpace: 'nowrap', overflow: 'hidden' },
  empty: { color: tokens.colorNeutralForeground4, fontWeight: tokens.fontWeightRegular },
  spacer: { padding: 0, border: 'none' },
});

const cellLook = (mode: Heatmap['mode'], c: HeatmapCell): { text: string; label: string; bg?: string } => {
  if (c.notApplicable) return { text: 'N/A', label: 'not applicable', bg: '#F3F2F1' };
  if (mode === 'difference') {
    if (c.difference === null) return { text: '–', label: 'no moderated rating' };
    const look = DIFF_LOOK.find((d) => d.test(c.difference!))!;
    const n = c.difference;
    const text = n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
    return { text, label: n < 0 ? `over-optimistic by ${-n}` : n > 0 ? `underscored by ${n}` : 'agreed', bg: look.colour };
  }
  if (!c.rating) return { text: '–', label: 'no answer' };
  return { text: c.rating.code, label: c.rating.label, bg: c.rating.colour };
};

type Row = Heatmap['rows'][number];

// A handful of level colours across thousands of cells: work out each one's text colour once.
const textColours = new Map<string, string>();
const textFor = (bg: string) => {
  let colour = textColours.get(bg);
  if (!colour) textColours.set(bg, (colour = textOn(bg)));
  return colour;
};

/** One agency's row; memoised so a re-render of the grid (scrolling) leaves rows still in view alone. */
const HeatmapRow = memo(function HeatmapRow(props: { row: Row; mode: Heatmap['mode']; standards: Heatmap['standards'] }) {
  const styles = useStyles();
  const { row, mode, standards } = props;
  return (
    <tr data-agency={row.agencyName}>
      <th scope="row" className={styles.name} title={row.agencyName} onClick={() => navigate(`/returns/${row.cycleAgencyId}`)}>
        {row.agencyName}
      </th>
      <td className={styles.sector}>{row.sectorName}</td>
      {row.cells.map((c, i) => {
        const look = cellLook(mode, c);
        const std = standards[i];
        return (
          <td
            key={c.standardId}
            className={`${styles.cell} ${look.bg ? '' : styles.empty}`}
            style={look.bg ? { backgroundColor: look.bg, color: textFor(look.bg) } : undefined}
            title={`${row.agencyName}, standard ${std?.number ?? ''}: ${look.label}`}
            data-standard={std?.number}
          >
            {look.text}
          </td>
        );
      })}
    </tr>
  );
});

/** Only the rows in view are in the page, so 2,000 agencies scroll smoothly. */
export function HeatmapGrid(props: { heatmap: Heatmap }) {
  const styles = useStyles();
  const { heatmap: h } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Not flushSync: the new rows render in a task of their own, not inside the scroll event's frame.
  const virtualizer = useVirtualizer({ count: h.rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: OVERSCAN, useFlushSync: false });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const span = h.standards.length + 2;
  const width = 260 + 150 + h.standards.length * 52;

  return (
    <div className={styles.frame} ref={scrollRef}>
      <table className={styles.table} style={{ width }} aria-label={`Heatmap: ${h.mode === 'difference' ? 'moderated minus self' : `${h.mode} ratings`} by agency and standard`} aria-rowcount={h.rows.length + 1} data-testid="heatmap">
        <colgroup>
          <col style={{ width: 260 }} />
          <col style={{ width: 150 }} />
          {h.standards.map((s) => (
            <col key={s.id} style={{ width: 52 }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.th} scope="col">Agency ({h.rows.length})</th>
            <th className={styles.th} scope="col">Sector</th>
            {h.standards.map((s) => (
              <th key={s.id} className={`${styles.th} ${styles.stdTh}`} scope="col" title={`${s.number}. ${s.title}`}>
                {s.number}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td className={styles.spacer} colSpan={span} />
            </tr>
          )}
          {h.rows.length === 0 && (
            <tr>
              <td colSpan={span}>No agencies to show.</td>
            </tr>
          )}
          {items.map((item) => {
            const row = h.rows[item.index]!;
            return <HeatmapRow key={row.cycleAgencyId} row={row} mode={h.mode} standards={h.standards} />;
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td className={styles.spacer} colSpan={span} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
