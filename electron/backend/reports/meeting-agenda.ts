import type { FileChild } from 'docx';
import { MEETING_STATUS_LABELS, type AgendaItem, type AttendeeRole, type MeetingDetail } from '../../../shared/domain/scrutiny';
import { createReportDocument, dataTable, formatLongDate, numberedHeading, packDocument, paragraphs, reportDetails, title, type Cell } from './kit';
import { whenText, type ScrutinyDocContext } from './scrutiny-words';

// The Word agenda of one scrutiny meeting: the meeting's details, who is coming, then numbered sections
// built from the agency's data, each item with room for notes (or the notes already taken).

export interface MeetingAgendaData extends ScrutinyDocContext {
  meeting: MeetingDetail;
}

export const AGENDA_TITLE = 'Scrutiny meeting agenda';

export const AGENDA_SECTIONS: ReadonlyArray<{ section: AgendaItem['section']; title: string; none: string }> = [
  { section: 'weak', title: 'Standards and items at the weak end of the scale', none: 'No standard or item is rated at the weak end of the scale.' },
  { section: 'optimistic', title: 'Over-optimistic self-assessments', none: 'No self-assessment was moderated to a lower rating.' },
  { section: 'actions', title: 'Progress on open actions', none: 'The agency has no open actions.' },
  { section: 'themes', title: 'Themes from the challenge event', none: 'No challenge-event questions are recorded for this cycle.' },
  { section: 'questions', title: 'Common questions', none: 'No common questions are set for this cycle.' },
  { section: 'other', title: 'Any other business', none: 'None.' },
];

const ROLE_LABELS: Record<AttendeeRole, string> = { scrutineer: 'Independent scrutineer', officer: 'Business unit', agency: 'Agency', other: 'Other' };
/** Blank lines in the notes cell: room to write by hand on a printed agenda. */
const NOTE_SPACE: Cell = { text: '\n\n\n' };

const dayOf = (localDateTime: string) => localDateTime.slice(0, 10);
const timeOf = (localDateTime: string) => localDateTime.slice(11, 16);

/** What the notes column shows for an item: the answer given (common questions) and any note taken. */
function notesCell(m: MeetingDetail, item: AgendaItem): Cell {
  const note = m.notes.find((n) => n.itemKey === item.key)?.note;
  const answer = item.section === 'questions' ? m.answers.find((a) => `question:${a.questionId}` === item.key)?.answer : null;
  const text = [answer ? `Answer: ${answer}` : null, note ?? null].filter(Boolean).join('\n');
  return text ? text : NOTE_SPACE;
}

export async function buildMeetingAgenda(d: MeetingAgendaData): Promise<Buffer> {
  const { meeting: m, settings } = d;
  const brandColour = settings.brandColour;
  const when = dayOf(m.start) === dayOf(m.end) ? whenText(dayOf(m.start), timeOf(m.start), timeOf(m.end)) : `${m.start.replace('T', ' ')} to ${m.end.replace('T', ' ')}`;
  const children: FileChild[] = [
    title(AGENDA_TITLE),
    reportDetails(
      [
        ['Agency', m.agencyName],
        ['Audit cycle', m.cycleName],
        ['Date and time', when],
        ['Location', m.location ?? { text: m.onlineLink ? 'Online' : 'To be confirmed', italics: !m.onlineLink }],
        ...(m.onlineLink ? [['Online link', m.onlineLink] as const] : []),
        ['Status', MEETING_STATUS_LABELS[m.status]],
        ['Produced', `${formatLongDate(d.generatedAt)} by ${d.authorName}`],
      ],
      settings, 'Marking',
    ),
    numberedHeading('Welcome and introductions'),
    dataTable({
      brandColour,
      columns: [
        { header: 'Name', width: 30 },
        { header: 'Role', width: 25 },
        { header: 'Email', width: 45 },
      ],
      rows: m.attendees.map((a) => [a.name, ROLE_LABELS[a.role], a.email ?? '']),
      emptyText: 'No attendees recorded yet.',
    }),
  ];
  // Section numbers follow the numbered headings: "Welcome" is 1, so the first data section is 2.
  AGENDA_SECTIONS.forEach((s, i) => {
    const number = i + 2;
    const items = m.agenda.filter((a) => a.section === s.section);
    children.push(numberedHeading(s.title));
    if (!items.length) {
      children.push(...paragraphs(s.none, { italics: true }));
      return;
    }
    children.push(
      dataTable({
        brandColour,
        columns: [
          { header: 'No.', width: 7 },
          { header: 'Item', width: 53 },
          { header: 'Notes', width: 40 },
        ],
        rows: items.map((item, k) => [`${number}.${k + 1}`, item.detail ? `${item.title}\n${item.detail}` : item.title, notesCell(m, item)]),
      }),
    );
  });
  const doc = createReportDocument({
    title: `${AGENDA_TITLE}: ${m.agencyName}`,
    subject: `${settings.partnershipName}: scrutiny meeting with ${m.agencyName}, ${when}`,
    description: `Agenda for the scrutiny meeting with ${m.agencyName} (${m.cycleName}) on ${when}.`,
    keywords: 'scrutiny meeting; agenda; section 11; safeguarding',
    author: d.authorName,
    settings,
    fontsDir: d.fontsDir,
    children,
  });
  return packDocument(doc);
}
