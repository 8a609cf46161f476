import type { TopLevelSpec } from 'vega-lite';
import { addDaysIso } from '../../../shared/domain/dates';
import { percent } from '../services/returns-board';
import { renderVegaLitePng } from './charts';
import { DEFAULT_BRAND, toDocxHex } from './kit';
import type { PaperLevel, StandardResult } from './narrative/data';
import { listAnd, longDate, num } from './narrative/wording';

// The charts of board papers and the annual extract, as PNG with alt text that reads the numbers out:
// ratings per standard (stacked by level, in the scale's own colours) and the return rate over time.

export interface Chart {
  png: Buffer;
  altText: string;
  /** Display width in pixels (the PNG is drawn at twice this, for print). */
  widthPx: number;
}

const SCALE = 2;

/** "1 Leadership and governance", cut so a long title does not squeeze the bars. */
const standardLabel = (s: { number: string; title: string }) => {
  const t = `${s.number} ${s.title}`;
  return t.length > 42 ? `${t.slice(0, 41).trimEnd()}…` : t;
};

export async function distributionChart(results: readonly StandardResult[], levels: readonly PaperLevel[], fontsDir: string, widthPx: number): Promise<Chart> {
  const values = results.flatMap((r) => levels.map((l, rank) => ({ standard: standardLabel(r.standard), level: l.label, rank, count: r.counts[l.code] ?? 0 })));
  const height = 70 + 24 * Math.max(1, results.length);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Ratings per standard',
    data: { values },
    mark: { type: 'bar', stroke: '#FFFFFF', strokeWidth: 0.5 },
    encoding: {
      y: { field: 'standard', type: 'nominal', sort: null, title: null },
      x: { field: 'count', type: 'quantitative', stack: 'zero', title: 'Number of agencies', axis: { format: 'd', tickMinStep: 1 } },
      color: {
        field: 'level',
        type: 'nominal',
        sort: levels.map((l) => l.label),
        scale: { domain: levels.map((l) => l.label), range: levels.map((l) => `#${toDocxHex(l.colour)}`) },
        legend: { orient: 'bottom', title: null, direction: 'horizontal' },
      },
      order: { field: 'rank', type: 'quantitative' },
    },
  };
  const png = await renderVegaLitePng(spec, fontsDir, { width: widthPx * SCALE, height: Math.min(4000, height * SCALE), scale: SCALE });
  const items = results.map((r) => `Standard ${r.standard.number} ${r.standard.title}: ${listAnd(levels.map((l) => `${l.label} ${num(r.counts[l.code] ?? 0)}`))}`);
  return { png, widthPx, altText: `Stacked bar chart: ratings per standard, the number of agencies at each level after moderation. ${items.join('; ')}.` };
}

export interface ReturnPoint {
  date: string;
  percent: number;
}

/**
 * Cumulative share of agencies returned, day by day, from launch to the final deadline (or to the last
 * return, if one came later). Returns without a date are not placed on the curve.
 */
export function returnCurve(returnedOn: ReadonlyArray<string | null>, inScope: number, from: string, to: string): ReturnPoint[] {
  const dates = returnedOn.filter((d): d is string => d !== null).sort();
  const end = dates.length && dates[dates.length - 1]! > to ? dates[dates.length - 1]! : to;
  const points: ReturnPoint[] = [];
  let i = 0;
  let n = 0;
  for (let d = from, guard = 0; d <= end && guard < 3660; d = addDaysIso(d, 1), guard++) {
    while (i < dates.length && dates[i]! <= d) {
      i++;
      n++;
    }
    points.push({ date: d, percent: percent(n, inScope) });
  }
  return points;
}

export async function returnRateChart(
  points: readonly ReturnPoint[],
  deadlines: ReadonlyArray<{ label: string; date: string }>,
  fontsDir: string,
  widthPx: number,
  brandColour = DEFAULT_BRAND,
): Promise<Chart> {
  const colour = `#${toDocxHex(brandColour)}`;
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: 'Return rate over time',
    layer: [
      {
        data: { values: points.map((p) => ({ ...p })) },
        mark: { type: 'line', color: colour, strokeWidth: 2.5, interpolate: 'step-after' },
        encoding: {
          x: { field: 'date', type: 'temporal', title: null, axis: { format: '%d %b', labelAngle: 0, tickCount: 6 } },
          y: { field: 'percent', type: 'quantitative', title: 'Agencies returned (%)', scale: { domain: [0, 100] } },
        },
      },
      {
        data: { values: deadlines.map((d) => ({ ...d })) },
        mark: { type: 'rule', color: '#595959', strokeDash: [4, 3] },
        encoding: { x: { field: 'date', type: 'temporal' } },
      },
      {
        data: { values: deadlines.map((d) => ({ ...d })) },
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, dy: 4, color: '#000000', fontSize: 11 },
        encoding: { x: { field: 'date', type: 'temporal' }, y: { datum: 100 }, text: { field: 'label' } },
      },
    ],
  };
  const png = await renderVegaLitePng(spec, fontsDir, { width: widthPx * SCALE, height: 300 * SCALE, scale: SCALE });
  const at = (date: string) => [...points].reverse().find((p) => p.date <= date)?.percent ?? 0;
  const first = points[0];
  const last = points[points.length - 1];
  const marks = deadlines.map((d) => `${at(d.date)}% by the ${d.label.toLowerCase()} (${longDate(d.date)})`);
  const altText = first && last
    ? `Line chart: cumulative percentage of agencies that had returned their self-assessment, by date, from ${longDate(first.date)} to ${longDate(last.date)}. ${marks.length ? `${listAnd(marks)}; ` : ''}${last.percent}% by ${longDate(last.date)}.`
    : 'Line chart: return rate over time. There is nothing to show: the cycle has no launch date.';
  return { png, widthPx, altText };
}

/** Vertical bars of percentages, one per category (e.g. the return rate of each cycle). */
export async function percentBarChart(title: string, bars: ReadonlyArray<{ label: string; series: string; percent: number }>, fontsDir: string, widthPx: number, colours: readonly string[]): Promise<Chart> {
  const series = [...new Set(bars.map((b) => b.series))];
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    data: { values: bars.map((b) => ({ ...b })) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0 } },
      xOffset: { field: 'series', type: 'nominal', sort: series },
      y: { field: 'percent', type: 'quantitative', title: 'Per cent', scale: { domain: [0, 100] } },
      color: { field: 'series', type: 'nominal', sort: series, scale: { domain: series, range: colours.slice(0, series.length).map((c) => `#${toDocxHex(c)}`) }, legend: { orient: 'bottom', title: null } },
    },
  };
  const png = await renderVegaLitePng(spec, fontsDir, { width: widthPx * SCALE, height: 280 * SCALE, scale: SCALE });
  const labels = [...new Set(bars.map((b) => b.label))];
  const text = labels.map((l) => `${l}: ${listAnd(bars.filter((b) => b.label === l).map((b) => `${b.series} ${b.percent}%`))}`).join('; ');
  return { png, widthPx, altText: `Bar chart: ${title}. ${text}.` };
}
