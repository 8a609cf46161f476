import type { FileChild } from 'docx';
import type { ChallengeAgency, ChallengeEvent } from '../../../shared/domain/scrutiny';
import {
  createReportDocument,
  dataTable,
  formatLongDate,
  heading,
  labelledParagraph,
  packDocument,
  paragraphs,
  reportDetails,
  title,
  type Cell,
} from './kit';
import { plural, whenText, withArticle, type ScrutinyDocContext } from './scrutiny-words';

// The challenge-event summary (the Barnsley report's appendix 3): when and where, the questions sampled and
// what agencies were asked to bring, who came and what evidence they brought, and per question what was
// said, the good practice heard and the recommendations made.

export interface ChallengeSummaryData extends ScrutinyDocContext {
  event: ChallengeEvent;
  cycleName: string;
}

export const CHALLENGE_SUMMARY_TITLE = 'Challenge event summary';

/** Invited agencies, attendance and evidence in sentences: "9 of the 12 agencies brought a case study and 2 a single-agency audit." */
export function describeEvidence(agencies: readonly ChallengeAgency[], attendedAgencies: number): string {
  const invited = agencies.filter((a) => a.invited);
  const n = invited.length;
  if (n === 0) return 'No agencies have been invited yet.';
  const first = `${plural(n, 'agency was', 'agencies were')} invited and ${attendedAgencies === 0 ? 'none' : attendedAgencies === n && n > 1 ? 'all' : attendedAgencies} attended.`;
  const kinds = new Map<string, number>();
  for (const a of invited.filter((x) => x.broughtEvidence === true)) {
    const k = a.evidenceKind?.trim() ? withArticle(a.evidenceKind) : 'evidence of another kind';
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  const ranked = [...kinds.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const of = n === 1 ? 'the agency' : `the ${n} agencies`;
  const brought = ranked.length
    ? `${ranked[0]![1]} of ${of} brought ${ranked[0]![0]}${ranked
        .slice(1)
        .map(([k, c], i) => `${i === ranked.length - 2 ? ' and' : ','} ${c} ${k}`)
        .join('')}.`
    : `None of ${of} brought evidence.`;
  const without = invited.filter((a) => a.broughtEvidence === false).length;
  const unknown = invited.filter((a) => a.broughtEvidence === null).length;
  const rest = [
    without ? `${plural(without, 'agency', 'agencies')} did not bring ${without === 1 ? 'its' : 'their'} evidence.` : '',
    unknown ? `Whether ${plural(unknown, 'agency', 'agencies')} brought evidence is not recorded.` : '',
  ].filter(Boolean);
  return [first, brought, ...rest].join(' ');
}

const blockOr = (text: string | null): FileChild[] => (text?.trim() ? paragraphs(text) : paragraphs('Not recorded.', { italics: true }));

function evidenceCell(a: ChallengeAgency): Cell {
  if (a.broughtEvidence === null) return { text: 'Not recorded', italics: true };
  return a.broughtEvidence ? `Yes${a.evidenceKind ? `: ${a.evidenceKind}` : ''}` : 'No';
}

export async function buildChallengeSummary(d: ChallengeSummaryData): Promise<Buffer> {
  const { event: e, settings } = d;
  const brandColour = settings.brandColour;
  const attendedIds = new Set(e.attendees.filter((t) => t.attended && t.agencyId).map((t) => t.agencyId));
  const intro = describeEvidence(e.agencies, e.attendedAgencies);
  const children: FileChild[] = [
    title(CHALLENGE_SUMMARY_TITLE),
    reportDetails(
      [
        ['Event', e.title],
        ['Audit cycle', d.cycleName],
        ['Date and time', whenText(e.date, e.startTime, e.endTime)],
        ['Venue', e.venue ?? { text: 'Not recorded', italics: true }],
        ...(e.onlineLink ? [['Online link', e.onlineLink] as const] : []),
        ['Questions sampled', e.questions.map((q) => q.number).join(', ') || 'None'],
        ['Produced', `${formatLongDate(d.generatedAt)} by ${d.authorName}`],
      ],
      settings,
    ),
    heading('Summary', 1),
    ...paragraphs(intro),
    ...(e.notes ? paragraphs(e.notes) : []),
    heading('Questions', 1),
  ];
  if (!e.questions.length) children.push(...paragraphs('No questions have been sampled yet.', { italics: true }));
  for (const q of e.questions) {
    children.push(
      heading(`${q.targetKey.startsWith('s:') ? 'Standard' : 'Item'} ${q.number}`, 2),
      ...paragraphs(q.title),
      ...(q.bring ? [labelledParagraph('Agencies were asked to bring:', q.bring)] : []),
      heading('Discussion', 3),
      ...blockOr(q.discussion),
      heading('Good practice', 3),
      ...blockOr(q.goodPractice),
      heading('Recommendations', 3),
      ...blockOr(q.recommendations),
    );
  }
  children.push(
    heading('Agencies', 1),
    dataTable({
      brandColour,
      columns: [
        { header: 'Agency', width: 30 },
        { header: 'Sector', width: 18 },
        { header: 'Invited', width: 10, align: 'center' },
        { header: 'Attended', width: 11, align: 'center' },
        { header: 'Evidence brought', width: 31 },
      ],
      rows: e.agencies.map((a) => [a.agencyName, a.sectorName, a.invited ? 'Yes' : 'No', attendedIds.has(a.agencyId) ? 'Yes' : 'No', evidenceCell(a)]),
      emptyText: 'No agencies invited.',
    }),
    heading('Attendees', 1),
    dataTable({
      brandColour,
      columns: [
        { header: 'Name', width: 34 },
        { header: 'Agency', width: 46 },
        { header: 'Attended', width: 20, align: 'center' },
      ],
      rows: e.attendees.map((t) => [t.name, t.agencyName ?? '', t.attended === null ? { text: 'Not recorded', italics: true } : t.attended ? 'Yes' : 'No']),
      emptyText: 'No attendees recorded.',
    }),
  );
  const doc = createReportDocument({
    title: `${CHALLENGE_SUMMARY_TITLE}: ${e.title}`,
    subject: `${settings.partnershipName}: ${e.title}, ${formatLongDate(e.date)}`,
    description: intro,
    keywords: 'challenge event; scrutiny; section 11; safeguarding',
    author: d.authorName,
    settings,
    fontsDir: d.fontsDir,
    children,
  });
  return packDocument(doc);
}
