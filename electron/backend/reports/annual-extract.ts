import type { FileChild } from 'docx';
import type { Percent } from '../../../shared/domain/cycle';
import type { Settings } from '../../../shared/domain/settings';
import { CONTENT_WIDTH_PX, caption, dataTable, formatLongDate, formatShortDate, heading, imageParagraph, packDocument, paragraphs, reportDetails, title, type Cell } from './kit';
import { capitalise, listAnd, num, percentText, plural } from './narrative/wording';
import { percent } from '../services/returns-board';
import { percentBarChart, type Chart } from './report-charts';
import { createMultiSectionDocument } from './report-document';

// The annual-report extract: partnership-wide figures across the last few cycles (return rates, how the
// ratings moved, actions completed and overdue), with charts, for the business unit to lift into the
// Partnership's annual report.

export interface ExtractCycle {
  name: string;
  periodLabel: string;
  typeLabel: string;
  inScope: number;
  initial: (Percent & { date: string }) | null;
  final: (Percent & { date: string }) | null;
  now: Percent;
  /** Ratings in force after moderation: all, at the strong end, at the weak end. */
  rated: number;
  strong: number;
  weak: number;
  actions: { total: number; complete: number; open: number; overdue: number };
}

export interface ExtractData {
  settings: Settings;
  today: string;
  /** Oldest first. */
  cycles: ExtractCycle[];
}

export const EXTRACT_TITLE = 'Annual report extract: self-assessment audits';

/** A rate at a deadline; a deadline not yet reached says so rather than showing a rate that is still moving. */
const rate = (p: (Percent & { date?: string }) | null, today: string): Cell =>
  !p ? { text: 'No deadline', italics: true } : p.date && p.date >= today ? { text: `Not yet reached (${formatShortDate(p.date)})`, italics: true } : `${p.percent}% (${p.count} of ${p.of})`;

/** The rate by the final deadline, or to date while it has not passed. */
const finalRate = (c: ExtractCycle, today: string): { rate: Percent; toDate: boolean } | null => {
  const f = c.final ?? c.initial;
  if (!f) return null;
  return f.date >= today ? { rate: c.now, toDate: true } : { rate: f, toDate: false };
};

/** The summary paragraphs: what changed from the first cycle to the last, in words. */
export function describeExtract(cycles: readonly ExtractCycle[], today: string): string[] {
  if (!cycles.length) return ['No audit cycles have been run yet.'];
  const first = cycles[0]!;
  const last = cycles[cycles.length - 1]!;
  const out = [
    `This extract covers ${plural(cycles.length, 'audit cycle')}: ${listAnd(cycles.map((c) => `the ${c.name} (${c.periodLabel})`))}. Ratings are those in force after moderation.`,
  ];
  const a = finalRate(first, today);
  const b = finalRate(last, today);
  if (b) {
    const now = b.toDate ? `${b.rate.percent}% of agencies have returned to date in the ${last.name}` : `${b.rate.percent}% of agencies returned by the final deadline of the ${last.name}`;
    const then = cycles.length > 1 && a && !a.toDate ? `, against ${a.rate.percent}% by the final deadline of the ${first.name}` : '';
    out.push(`${capitalise(now)}${then}.`);
  }
  if (last.rated) {
    const trend = cycles.length > 1 && first.rated ? ` (${percentText(first.strong, first.rated)} in the ${first.name})` : '';
    out.push(`In the ${last.name}, ${percentText(last.strong, last.rated)} of ratings were at the strong end of the scale${trend} and ${percentText(last.weak, last.rated)} at the weak end.`);
  }
  const total = cycles.reduce((n, c) => n + c.actions.total, 0);
  if (total) {
    const complete = cycles.reduce((n, c) => n + c.actions.complete, 0);
    const overdue = cycles.reduce((n, c) => n + c.actions.overdue, 0);
    out.push(`Of the ${plural(total, 'action')} agreed in these cycles, ${num(complete)} (${percentText(complete, total)}) ${complete === 1 ? 'is' : 'are'} complete and ${num(overdue)} ${overdue === 1 ? 'is' : 'are'} overdue.`);
  }
  return out;
}

async function charts(d: ExtractData, fontsDir: string): Promise<Chart[]> {
  const width = CONTENT_WIDTH_PX - 2;
  const brand = d.settings.brandColour;
  // Cycles are labelled by period; two cycles of one period (an s11 and an s175 audit) fall back to their names.
  const periods = d.cycles.map((c) => c.periodLabel);
  const label = (c: ExtractCycle) => (periods.filter((p) => p === c.periodLabel).length > 1 ? c.name : c.periodLabel);
  const out: Chart[] = [];
  out.push(
    await percentBarChart(
      'Return rates by deadline',
      d.cycles.flatMap((c) => [
        { label: label(c), series: 'By the initial deadline', percent: (c.initial && c.initial.date < d.today ? c.initial : c.now).percent },
        { label: label(c), series: 'By the final deadline (or to date)', percent: finalRate(c, d.today)?.rate.percent ?? c.now.percent },
      ]),
      fontsDir,
      width,
      [brand, '#7F7F7F'],
    ),
  );
  out.push(
    await percentBarChart(
      'Ratings at each end of the scale',
      d.cycles.flatMap((c) => [
        { label: label(c), series: 'Strong end', percent: percent(c.strong, c.rated) },
        { label: label(c), series: 'Weak end', percent: percent(c.weak, c.rated) },
      ]),
      fontsDir,
      width,
      ['#2E7D32', '#C62828'],
    ),
  );
  if (d.cycles.some((c) => c.actions.total))
    out.push(
      await percentBarChart(
        'Actions complete and overdue',
        d.cycles.flatMap((c) => [
          { label: label(c), series: 'Complete', percent: percent(c.actions.complete, c.actions.total) },
          { label: label(c), series: 'Overdue', percent: percent(c.actions.overdue, c.actions.total) },
        ]),
        fontsDir,
        width,
        [brand, '#C62828'],
      ),
    );
  return out;
}

export async function buildAnnualExtract(d: ExtractData, fontsDir: string, authorName: string, embedFonts?: boolean): Promise<Buffer> {
  const brandColour = d.settings.brandColour;
  const intro = describeExtract(d.cycles, d.today);
  const made = d.cycles.length ? await charts(d, fontsDir) : [];
  const children: FileChild[] = [
    title(EXTRACT_TITLE),
    reportDetails(
      [
        ['Partnership', d.settings.partnershipName],
        ['Cycles', d.cycles.map((c) => c.name).join('\n') || 'None'],
        ['Produced', `${formatLongDate(d.today)} by ${authorName}`],
      ],
      d.settings,
    ),
    heading('Summary', 1),
    ...intro.flatMap((p) => paragraphs(p)),
    heading('Return rates', 1),
    dataTable({
      brandColour,
      columns: [
        { header: 'Cycle', width: 34 },
        { header: 'In scope', width: 12, align: 'right' },
        { header: 'Initial deadline', width: 18, align: 'right' },
        { header: 'Final deadline', width: 18, align: 'right' },
        { header: 'To date', width: 18, align: 'right' },
      ],
      rows: d.cycles.map((c) => [`${c.name} (${c.periodLabel})`, c.inScope, rate(c.initial, d.today), rate(c.final, d.today), rate(c.now, d.today)]),
      emptyText: 'No cycles.',
    }),
    caption('Table 1: returns by deadline, per cycle.'),
  ];
  const figure = (i: number, text: string) => {
    const c = made[i];
    if (c) children.push(imageParagraph({ data: c.png, type: 'png', widthPx: c.widthPx, altText: { title: `Chart: ${text}`, description: c.altText } }), caption(`Figure ${i + 1}: ${text}.`));
  };
  figure(0, 'return rates by deadline, per cycle');
  children.push(
    heading('Ratings', 1),
    dataTable({
      brandColour,
      columns: [
        { header: 'Cycle', width: 40 },
        { header: 'Ratings', width: 15, align: 'right' },
        { header: 'Strong end', width: 22, align: 'right' },
        { header: 'Weak end', width: 23, align: 'right' },
      ],
      rows: d.cycles.map((c) => [`${c.name} (${c.periodLabel})`, c.rated, `${c.strong} (${percentText(c.strong, c.rated)})`, `${c.weak} (${percentText(c.weak, c.rated)})`]),
      emptyText: 'No cycles.',
    }),
    caption('Table 2: standard ratings in force after moderation, at the strong and weak ends of each scale.'),
  );
  figure(1, 'share of ratings at each end of the scale, per cycle');
  children.push(
    heading('Actions', 1),
    dataTable({
      brandColour,
      columns: [
        { header: 'Cycle', width: 40 },
        { header: 'Actions', width: 15, align: 'right' },
        { header: 'Complete', width: 15, align: 'right' },
        { header: 'Open', width: 15, align: 'right' },
        { header: 'Overdue', width: 15, align: 'right' },
      ],
      rows: d.cycles.map((c) => [`${c.name} (${c.periodLabel})`, c.actions.total, c.actions.complete, c.actions.open, c.actions.overdue]),
      emptyText: 'No cycles.',
    }),
    caption(`Table 3: actions from each cycle, as at ${formatLongDate(d.today)}.`),
  );
  figure(2, 'actions complete and overdue, per cycle');
  const doc = createMultiSectionDocument({
    title: EXTRACT_TITLE,
    subject: `${d.settings.partnershipName}: audit figures for the annual report`,
    description: intro.join(' '),
    keywords: 'annual report; self-assessment audit; safeguarding',
    author: authorName,
    settings: d.settings,
    fontsDir,
    embedFonts,
    sections: [{ orientation: 'portrait', children }],
  });
  return packDocument(doc);
}
