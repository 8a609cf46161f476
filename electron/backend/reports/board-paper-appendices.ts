import type { FileChild } from 'docx';
import { CONTENT_WIDTH, caption, dataTable, formatLongDate, heading, imageParagraph, labelledParagraph, paragraphs, type Cell } from './kit';
import type { BoardPaperData } from './narrative/data';
import { participant, standardName } from './narrative/common';
import { capitalise, listAnd, nOfM, nOfMPercent, num, plural } from './narrative/wording';
import type { Chart } from './report-charts';
import { LargeTables } from './fast-table';

// Appendices 2 to 4 of the board paper: the results summary (distribution, return rates, moderation), the
// challenge-event summary and the comparison with the previous cycle. Each returns its body; the paper adds
// the appendix heading.

const chartBlock = (c: Chart, title: string, text: string): FileChild[] => [
  imageParagraph({ data: c.png, type: 'png', widthPx: c.widthPx, altText: { title, description: c.altText } }),
  caption(text),
];

export function resultsSummary(d: BoardPaperData, charts: { distribution: Chart; returns: Chart | null }): FileChild[] {
  const brandColour = d.settings.brandColour;
  const who = participant(d);
  const out: FileChild[] = [heading('Ratings per standard', 2)];
  out.push(...paragraphs(`How many ${who.many} gave each standard each rating, after moderation (the moderated rating where there is one, otherwise the ${who.one}'s own).`));
  out.push(...chartBlock(charts.distribution, 'Chart: ratings per standard', 'Figure 1: ratings per standard. The table below gives the same numbers.'));
  out.push(
    dataTable({
      brandColour,
      // Level labels ("Outstanding", "Requires improvement") get the room; N/A and no rating are short numbers.
      columns: [
        { header: 'Standard', width: 28 },
        ...d.levels.map((l) => ({ header: l.label, width: 56 / d.levels.length, align: 'right' as const })),
        { header: 'N/A', width: 7, align: 'right' },
        { header: 'No rating', width: 9, align: 'right' },
      ],
      rows: d.results.map((r) => [`${r.standard.number} ${r.standard.title}`, ...d.levels.map((l) => r.counts[l.code] ?? 0), r.notApplicable, r.missing]),
    }),
    caption(`Table 1: ${who.many} at each rating, per standard.`),
  );

  out.push(heading('Return rates', 2));
  const n = d.agencies.length;
  const rates: Array<[string, Cell]> = [];
  if (d.rates.initial) rates.push([`By the initial deadline (${formatLongDate(d.rates.initial.date)})`, capitalise(nOfMPercent(d.rates.initial.count, n, who.one, who.many))]);
  if (d.rates.final && d.rates.final.date !== d.rates.initial?.date)
    rates.push([`By the final deadline (${formatLongDate(d.rates.final.date)})`, capitalise(nOfMPercent(d.rates.final.count, n, who.one, who.many))]);
  rates.push([`To date (${formatLongDate(d.today)})`, capitalise(nOfMPercent(d.rates.now.count, n, who.one, who.many))]);
  out.push(
    dataTable({ brandColour, columns: [{ header: 'When', width: 50 }, { header: 'Returned', width: 50 }], rows: rates }),
    caption('Table 2: returns by deadline. A return counts from the date it came in.'),
  );
  if (charts.returns) out.push(...chartBlock(charts.returns, 'Chart: return rate over time', 'Figure 2: cumulative return rate from launch to the final deadline.'));
  out.push(
    dataTable({
      brandColour,
      columns: [
        { header: 'Sector', width: 46 },
        { header: 'In scope', width: 18, align: 'right' },
        { header: 'Returned', width: 18, align: 'right' },
        { header: 'Rate', width: 18, align: 'right' },
      ],
      rows: d.bySector.map((s) => [s.sectorName, s.returned.of, s.returned.count, `${s.returned.percent}%`]),
      emptyText: 'No agencies in scope.',
    }),
    caption('Table 3: returns by sector, to date.'),
  );

  out.push(heading('Over-optimistic and underscored ratings', 2));
  const over = d.agencies.reduce((s, a) => s + a.overOptimistic, 0);
  const under = d.agencies.reduce((s, a) => s + a.underscored, 0);
  out.push(
    ...paragraphs(
      `Moderation rated ${plural(over, 'answer')} lower than the ${who.one} had (over-optimistic) and ${plural(under, 'answer')} higher (underscored). ` +
        `Per standard, the table counts the ${who.many} whose overall rating of the standard moderation lowered or raised.`,
    ),
    dataTable({
      brandColour,
      columns: [
        { header: 'Standard', width: 60 },
        { header: 'Over-optimistic', width: 20, align: 'right' },
        { header: 'Underscored', width: 20, align: 'right' },
      ],
      rows: d.results.map((r) => [`${r.standard.number} ${r.standard.title}`, r.overOptimistic, r.underscored]),
    }),
    caption(`Table 4: ${who.many} whose standard rating changed at moderation.`),
  );
  return out;
}

export function challengeAppendix(d: BoardPaperData, tables = new LargeTables()): FileChild[] {
  const brandColour = d.settings.brandColour;
  const who = participant(d);
  const out: FileChild[] = [];
  for (const e of d.challenge) {
    out.push(heading(`${e.title}, ${formatLongDate(e.date)}`, 2));
    const where = e.venue ? ` at ${e.venue}` : '';
    out.push(
      ...paragraphs(
        `The event ran from ${e.startTime} to ${e.endTime}${where}. ${capitalise(nOfM(e.attended, e.invited, `invited ${who.one}`, `invited ${who.many}`))} attended and ${num(e.broughtEvidence)} brought the evidence asked for.` +
          (e.questions.length ? ` It was organised around ${plural(e.questions.length, 'question')}: ${listAnd(e.questions.map((q) => q.number))}.` : ''),
      ),
    );
    for (const q of e.questions) {
      out.push(heading(`${q.number}: ${q.title}`, 3));
      if (q.bring) out.push(labelledParagraph('Asked to bring:', q.bring));
      out.push(labelledParagraph('Discussion:', q.discussion?.trim() || 'Not recorded.'));
      out.push(labelledParagraph('Good practice:', q.goodPractice?.trim() || 'Not recorded.'));
      out.push(labelledParagraph('Recommendations:', q.recommendations?.trim() || 'Not recorded.'));
    }
    out.push(
      tables.table({
        brandColour,
        columns: [
          { header: capitalise(who.one), width: 50 },
          { header: 'Attended', width: 16, align: 'center' },
          { header: 'Evidence brought', width: 34 },
        ],
        rows: e.agencies.map((a) => [
          a.name,
          a.attended === null ? { text: 'Not recorded', italics: true } : a.attended ? 'Yes' : 'No',
          a.broughtEvidence === null ? { text: 'Not recorded', italics: true } : a.broughtEvidence ? `Yes${a.evidenceKind ? `: ${a.evidenceKind}` : ''}` : 'No',
        ]),
        emptyText: `No ${who.many} invited.`,
      }),
      caption(`${capitalise(who.many)} invited to the event.`),
    );
  }
  return out;
}

export function comparisonAppendix(d: BoardPaperData): FileChild[] {
  const c = d.comparison;
  if (!c) return [];
  const t = c.totals;
  const unmatched = c.standards.filter((s) => !s.matched);
  return [
    ...paragraphs(
      `Each ${participant(d).one}'s rating of each standard, after moderation, against its rating in the ${c.previousName}; standards are matched by number. ` +
        `${capitalise(plural(t.improved, 'rating'))} improved, ${num(t.same)} stayed the same and ${num(t.worse)} fell; ${num(t.new)} had no earlier rating to compare with.` +
        (unmatched.length ? ` ${unmatched.map((s) => standardName(s)).join(', ')} ${unmatched.length === 1 ? 'is' : 'are'} new and not compared.` : ''),
    ),
    dataTable({
      brandColour: d.settings.brandColour,
      totalWidth: CONTENT_WIDTH,
      columns: [
        { header: 'Standard', width: 52 },
        { header: 'Improved', width: 16, align: 'right' },
        { header: 'Same', width: 16, align: 'right' },
        { header: 'Fell', width: 16, align: 'right' },
      ],
      rows: c.standards.map((s) => [`${s.number} ${s.title}`, s.matched ? s.improved : { text: 'New', italics: true }, s.matched ? s.same : '', s.matched ? s.worse : '']),
    }),
    caption(`Movement per standard since the ${c.previousName}.`),
  ];
}
