import { Paragraph, type FileChild } from 'docx';
import type { CycleType } from '../../../shared/domain/cycle';
import type { Settings } from '../../../shared/domain/settings';
import { ACTION_STATUS_LABELS, type ActionStatus } from '../../../shared/domain/action';
import { bulletList, dataTable, formatLongDate, heading, packDocument, paragraphs, reportDetails, scaleCell, textRuns, title, type Cell } from './kit';
import type { PaperContact, PaperLevel } from './narrative/data';
import { scaleEnds } from './narrative/data';
import { capitalise, dateSpan, listOr, longDate, num, plural } from './narrative/wording';
import { createMultiSectionDocument } from './report-document';

// The feedback letter to one agency after a cycle: its rating of each standard and the rating after
// moderation, each change moderation made and why, its strengths and weaker areas, and the actions it must
// take with their due dates. One per agency, so the app can show progress as it writes them.

export interface LetterRating {
  code: string;
  label: string;
  colour: string;
}

export interface LetterData {
  settings: Settings;
  today: string;
  cycle: { name: string; type: CycleType; periodLabel: string };
  agency: { name: string; address: string[]; returnedOn: string | null; returned: boolean };
  lead: PaperContact | null;
  from: PaperContact | null;
  levels: PaperLevel[];
  standards: Array<{ number: string; title: string; self: LetterRating | null; moderated: LetterRating | null; notApplicable: boolean }>;
  /** Answers whose moderated rating differs from the agency's own, in framework order. */
  changes: Array<{ number: string; text: string; self: LetterRating | null; moderated: LetterRating; note: string | null }>;
  actions: Array<{ reference: string; standard: string | null; description: string; dueDate: string; status: ActionStatus; overdue: boolean }>;
  completedActions: number;
}

export const letterTitle = (d: Pick<LetterData, 'cycle' | 'agency'>) => `${d.cycle.name}: feedback for ${d.agency.name}`;

const ratingCell = (r: LetterRating | null, na: boolean): Cell => (r ? scaleCell({ label: r.label, colour: r.colour }) : { text: na ? 'Not applicable' : 'Not rated', italics: true, align: 'center' });

function ratingsPart(d: LetterData): FileChild[] {
  const brandColour = d.settings.brandColour;
  const { strong, weak } = scaleEnds(d.levels);
  const strongCodes = new Set(strong.map((l) => l.code));
  const weakCodes = new Set(weak.map((l) => l.code));
  const inForce = (s: LetterData['standards'][number]) => s.moderated ?? s.self;
  const strengths = d.standards.filter((s) => inForce(s) && strongCodes.has(inForce(s)!.code));
  const weaker = d.standards.filter((s) => inForce(s) && weakCodes.has(inForce(s)!.code));
  const out: FileChild[] = [
    heading('Your ratings', 1),
    ...paragraphs('Your own rating of each standard, and the rating after moderation by the business unit and the independent scrutineer.'),
    dataTable({
      brandColour,
      columns: [
        { header: 'Standard', width: 50 },
        { header: 'Your rating', width: 25, align: 'center' },
        { header: 'After moderation', width: 25, align: 'center' },
      ],
      rows: d.standards.map((s) => [`${s.number} ${s.title}`, ratingCell(s.self, s.notApplicable), ratingCell(inForce(s), s.notApplicable)]),
    }),
    heading('Changes made at moderation', 1),
  ];
  if (!d.changes.length) out.push(...paragraphs('Moderation did not change any of your ratings.'));
  else
    out.push(
      ...paragraphs(`Moderation changed ${d.changes.length === 1 ? 'one of your ratings' : `${num(d.changes.length)} of your ratings`}, for the reasons given.`),
      dataTable({
        brandColour,
        columns: [
          { header: 'Ref', width: 9 },
          { header: 'Requirement', width: 33 },
          { header: 'Your rating', width: 15, align: 'center' },
          { header: 'Moderated', width: 15, align: 'center' },
          { header: 'Why', width: 28 },
        ],
        rows: d.changes.map((c) => [c.number, c.text, ratingCell(c.self, false), ratingCell(c.moderated, false), c.note ?? { text: 'No reason recorded', italics: true }]),
      }),
    );
  out.push(heading('Strengths', 1));
  out.push(
    ...(strengths.length
      ? [...paragraphs(`Standards rated ${listOr(strong.map((l) => l.label))} after moderation:`), ...bulletList(strengths.map((s) => `Standard ${s.number} (${s.title}): ${inForce(s)!.label}`))]
      : paragraphs(`No standard was rated ${listOr(strong.map((l) => l.label))} after moderation.`)),
  );
  out.push(heading('Areas for development', 1));
  out.push(
    ...(weaker.length
      ? [...paragraphs(`Standards rated ${listOr(weak.map((l) => l.label))} after moderation, which your action plan should address:`), ...bulletList(weaker.map((s) => `Standard ${s.number} (${s.title}): ${inForce(s)!.label}`))]
      : paragraphs(`No standard was rated ${listOr(weak.map((l) => l.label))} after moderation.`)),
  );
  return out;
}

function actionsPart(d: LetterData): FileChild[] {
  const out: FileChild[] = [heading('Your actions', 1)];
  if (!d.actions.length) {
    out.push(...paragraphs(d.completedActions ? `All ${plural(d.completedActions, 'action')} agreed with you are complete. Thank you.` : 'No actions have been recorded for you yet. Please send us your action plan for the areas for development above.'));
    return out;
  }
  const dues = d.actions.map((a) => a.dueDate).sort();
  out.push(
    ...paragraphs(
      `You have ${plural(d.actions.length, 'open action')}, due ${dateSpan(dues[0]!, dues[dues.length - 1]!)}.` +
        (d.actions.some((a) => a.overdue) ? ` ${capitalise(plural(d.actions.filter((a) => a.overdue).length, 'action'))} ${d.actions.filter((a) => a.overdue).length === 1 ? 'is' : 'are'} already overdue.` : '') +
        (d.completedActions ? ` ${capitalise(plural(d.completedActions, 'other action'))} ${d.completedActions === 1 ? 'is' : 'are'} complete.` : ''),
    ),
    dataTable({
      brandColour: d.settings.brandColour,
      columns: [
        { header: 'Ref', width: 11 },
        { header: 'Standard', width: 11 },
        { header: 'Action', width: 48 },
        { header: 'Due', width: 15 },
        { header: 'Status', width: 15 },
      ],
      rows: d.actions.map((a) => [a.reference, a.standard ?? '', a.description, formatLongDate(a.dueDate), `${ACTION_STATUS_LABELS[a.status]}${a.overdue ? ' (overdue)' : ''}`]),
    }),
  );
  return out;
}

export async function buildAgencyLetter(d: LetterData, fontsDir: string, embedFonts?: boolean): Promise<Buffer> {
  const who = d.lead ? d.lead.name : `${d.agency.name} safeguarding lead`;
  const from = d.from ? [d.from.name, d.from.jobTitle, d.settings.partnershipName].filter(Boolean).join('\n') : d.settings.partnershipName;
  const intro = d.agency.returned
    ? `Thank you for completing the ${d.cycle.name}${d.agency.returnedOn ? `, which we received on ${longDate(d.agency.returnedOn)}` : ''}. This letter sets out your ratings, the changes made at moderation and why, your strengths and areas for development, and the actions agreed with you with their due dates.`
    : `We have not yet received your self-assessment for the ${d.cycle.name}. Please return it as soon as you can; this letter sets out what we hold for you so far.`;
  const children: FileChild[] = [
    title(letterTitle(d)),
    reportDetails(
      [
        ['To', [who, d.lead?.jobTitle, d.agency.name, ...d.agency.address].filter(Boolean).join('\n')],
        ['From', from],
        ['Date', formatLongDate(d.today)],
        ['Subject', `${d.cycle.name} (${d.cycle.periodLabel}): your feedback`],
      ],
      d.settings,
    ),
    new Paragraph({ spacing: { before: 240 }, children: textRuns(`Dear ${who},`) }),
    ...paragraphs(intro),
    ...ratingsPart(d),
    ...actionsPart(d),
    heading('Next steps', 1),
    ...paragraphs(
      `Please share this letter and your action plan with your organisation's safeguarding leadership, and keep your actions up to date: the Partnership will ask for progress on them. ` +
        `If you have any questions, please contact ${d.from ? `${d.from.name}${d.from.email ? ` (${d.from.email})` : ''}` : 'the business unit'}.`,
    ),
    ...paragraphs(`Yours sincerely,\n\n${from}`),
  ];
  const doc = createMultiSectionDocument({
    title: letterTitle(d),
    subject: `${d.settings.partnershipName}: ${d.cycle.name}`,
    description: `Feedback letter to ${d.agency.name} on the ${d.cycle.name}.`,
    keywords: 'feedback letter; self-assessment audit; safeguarding',
    author: d.from?.name ?? d.settings.partnershipName,
    settings: d.settings,
    fontsDir,
    embedFonts,
    sections: [{ orientation: 'portrait', children }],
  });
  return packDocument(doc);
}
