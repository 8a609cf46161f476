import type { FileChild } from 'docx';
import { MEETING_STATUSES, MEETING_STATUS_LABELS, type MeetingRow, type ScrutinyOverview } from '../../../shared/domain/scrutiny';
import { createReportDocument, dataTable, formatLongDate, formatShortDate, heading, packDocument, paragraphs, reportDetails, title } from './kit';
import { plural, type ScrutinyDocContext } from './scrutiny-words';

// The scrutiny overview for a board paper: how many agencies have been scrutinised, the meetings still to
// come and the agencies with none, and the themes across every agency's answers to each common question.

export interface ScrutinyOverviewData extends ScrutinyDocContext {
  cycleName: string;
  overview: ScrutinyOverview;
  meetings: MeetingRow[];
}

export const OVERVIEW_TITLE = 'Scrutiny overview';

/** The opening sentences, with counts as a person would write them. */
export function describeOverview(o: ScrutinyOverview): string {
  if (o.inScope === 0) return 'No agencies are in the scope of this cycle.';
  const scrutinised =
    o.scrutinised === 0
      ? `None of the ${plural(o.inScope, 'agency', 'agencies')} in scope has been scrutinised yet.`
      : o.scrutinised === o.inScope
        ? `All ${plural(o.inScope, 'agency', 'agencies')} in scope have been scrutinised.`
        : `${o.scrutinised} of the ${plural(o.inScope, 'agency', 'agencies')} in scope ${o.scrutinised === 1 ? 'has' : 'have'} been scrutinised.`;
  const outstanding = o.outstanding ? `${plural(o.outstanding, 'meeting is', 'meetings are')} still to be held.` : 'No meetings are still to be held.';
  const none = o.notScheduled.length
    ? `${plural(o.notScheduled.length, 'agency has', 'agencies have')} no meeting scheduled.`
    : 'Every agency in scope has a meeting.';
  return `${scrutinised} ${outstanding} ${none}`;
}

export async function buildScrutinyOverview(d: ScrutinyOverviewData): Promise<Buffer> {
  const { overview: o, settings } = d;
  const brandColour = settings.brandColour;
  const intro = describeOverview(o);
  const total = MEETING_STATUSES.reduce((n, s) => n + o.byStatus[s], 0);
  const children: FileChild[] = [
    title(OVERVIEW_TITLE),
    reportDetails(
      [
        ['Audit cycle', d.cycleName],
        ['Agencies in scope', plural(o.inScope, 'agency', 'agencies')],
        ['Produced', `${formatLongDate(d.generatedAt)} by ${d.authorName}`],
      ],
      settings,
    ),
    heading('Summary', 1),
    ...paragraphs(intro),
    dataTable({
      brandColour,
      columns: [
        { header: 'Meeting status', width: 60 },
        { header: 'Meetings', width: 40, align: 'right' },
      ],
      rows: [...MEETING_STATUSES.map((s) => [MEETING_STATUS_LABELS[s], o.byStatus[s]]), ['All meetings', total]],
      emphasisRows: [MEETING_STATUSES.length],
    }),
    heading('Meetings', 1),
    dataTable({
      brandColour,
      columns: [
        { header: 'Date', width: 14 },
        { header: 'Time', width: 14 },
        { header: 'Agency', width: 36 },
        { header: 'Status', width: 14 },
        { header: 'Scrutineer and officer', width: 22 },
      ],
      rows: [...d.meetings]
        .sort((a, b) => a.start.localeCompare(b.start) || a.agencyName.localeCompare(b.agencyName))
        .map((m) => [
          formatShortDate(m.start.slice(0, 10)),
          `${m.start.slice(11, 16)}–${m.end.slice(11, 16)}`,
          m.agencyName,
          MEETING_STATUS_LABELS[m.status],
          [m.scrutineer, m.officer].filter(Boolean).join('\n'),
        ]),
      emptyText: 'No meetings are scheduled.',
    }),
    heading('Agencies with no meeting', 1),
    dataTable({
      brandColour,
      columns: [{ header: 'Agency' }],
      rows: o.notScheduled.map((a) => [a.agencyName]),
      emptyText: 'Every agency in scope has a meeting.',
    }),
    heading('Themes from the common questions', 1),
  ];
  if (!o.themes.length) children.push(...paragraphs('No common questions are set for this cycle.', { italics: true }));
  for (const t of o.themes)
    children.push(
      heading(t.question, 2),
      ...(t.answers.length ? paragraphs(`${plural(t.answers.length, 'agency has', 'agencies have')} answered.`) : []),
      dataTable({
        brandColour,
        columns: [
          { header: 'Agency', width: 30 },
          { header: 'Answer', width: 70 },
        ],
        rows: t.answers.map((a) => [a.agencyName, a.answer]),
        emptyText: 'No answers recorded yet.',
      }),
    );
  const doc = createReportDocument({
    title: `${OVERVIEW_TITLE}: ${d.cycleName}`,
    subject: `${settings.partnershipName}: scrutiny of ${d.cycleName}`,
    description: intro,
    keywords: 'scrutiny; overview; section 11; safeguarding',
    author: d.authorName,
    settings,
    fontsDir: d.fontsDir,
    children,
  });
  return packDocument(doc);
}
