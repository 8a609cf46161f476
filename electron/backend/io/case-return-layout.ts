import type { CaseAuditScale } from '../../../shared/domain/case-audit';
import type { DocumentSettings } from '../reports/kit';
import { formatLongDate } from '../reports/kit/dates';
import { normaliseHeading } from './import-kit';

// What the issued case-audit return holds, shared by the workbook and Word writers and readers: headings people
// see, the identity that ties a returned file to its audit, case and agency, and the content model.

/** Bumped when a later release changes the layout in a way older readers would misread. */
export const CASE_RETURN_FORMAT_VERSION = 1;

export const CASE_SHEETS = { instructions: 'Instructions', ratings: 'Ratings', narrative: 'Narrative', identity: '_auditdesk' } as const;

/** Rating table columns; readers find them by heading (case, spaces and punctuation ignored), never by position. */
export const RATING_COLUMNS = {
  ref: { heading: 'Ref', aliases: ['Reference', 'Question no', 'No', 'Number'] },
  area: { heading: 'Area', aliases: ['Area of practice'] },
  question: { heading: 'Question', aliases: ['Questions'] },
  guidance: { heading: 'Guidance', aliases: [] },
  rating: { heading: 'Rating', aliases: ['Judgement', 'Grade'] },
  comment: { heading: 'Comment', aliases: ['Comments', 'Evidence', 'Rationale', 'Reason for rating'] },
} as const;
export type RatingField = keyof typeof RATING_COLUMNS;

export const NARRATIVE_COLUMNS = {
  // Not "Item" and "Detail": those head the key/value tables of the Word version.
  section: { heading: 'Section', aliases: ['Heading', 'Narrative section'] },
  response: { heading: 'Response', aliases: ['Your response', 'Answer'] },
} as const;

/** The narrative rows, by field, with the label printed in the Section column and other labels accepted. */
export const NARRATIVE_ROWS = {
  auditor: { label: "Auditor's role (not involved in the case)", aliases: ['Auditor', 'Audited by', 'Auditor role'] },
  narrative: { label: "Summary of your agency's involvement", aliases: ['Narrative', 'Summary', 'Summary of involvement', 'Involvement'] },
  goodPractice: { label: 'Good practice', aliases: ['What worked well', 'Strengths'] },
  gaps: { label: 'Gaps and areas for improvement', aliases: ['Gaps', 'Areas for improvement', 'Gaps/anomalies', 'Gaps and anomalies'] },
  risk: { label: 'Concern about immediate risk to a child or unsafe practice', aliases: ['Risk', 'Immediate risk', 'Concern about immediate risk', 'Unsafe practice'] },
} as const;
export type NarrativeField = keyof typeof NARRATIVE_ROWS;

const NARRATIVE_BY_LABEL = new Map<string, NarrativeField>(
  (Object.entries(NARRATIVE_ROWS) as Array<[NarrativeField, { label: string; aliases: readonly string[] }]>).flatMap(([f, r]) =>
    [r.label, ...r.aliases].map((l) => [normaliseHeading(l), f] as const),
  ),
);
export const narrativeFieldOf = (label: string): NarrativeField | undefined => NARRATIVE_BY_LABEL.get(normaliseHeading(label));

/** Who and what a return was issued for; `questionIds` maps Q1, Q2… to the questions as they were when issued. */
export interface CaseReturnIdentity {
  formatVersion: number;
  auditId: number;
  returnId: number;
  caseId: number;
  caseReference: string;
  agencyId: number;
  agencyName: string;
  questionIds: string;
  issuedOn: string;
}
export const CASE_IDENTITY_KEYS = ['formatVersion', 'auditId', 'returnId', 'caseId', 'caseReference', 'agencyId', 'agencyName', 'questionIds', 'issuedOn'] as const;
export type ReadCaseIdentity = Partial<Record<(typeof CASE_IDENTITY_KEYS)[number], string>>;
export const CASE_PROPERTY_PREFIX = 'AuditDesk.CaseReturn.';

/** The Word version's "Return details" table: label → identity key. */
export const CASE_RETURN_DETAILS: ReadonlyArray<readonly [string, (typeof CASE_IDENTITY_KEYS)[number]]> = [
  ['Audit id', 'auditId'],
  ['Return id', 'returnId'],
  ['Case id', 'caseId'],
  ['Case reference', 'caseReference'],
  ['Agency id', 'agencyId'],
  ['Agency', 'agencyName'],
  ['Questions', 'questionIds'],
  ['Issued', 'issuedOn'],
  ['Format version', 'formatVersion'],
];

export interface CaseReturnToolContent {
  identity: CaseReturnIdentity;
  partnershipName: string;
  auditTitle: string;
  theme: string;
  programmeYear: string;
  practiceFrom: string | null;
  practiceTo: string | null;
  dueDate: string | null;
  methodology: string;
  scale: CaseAuditScale;
  questions: Array<{ ref: string; area: string; text: string; guidance: string | null; rating: string | null; comment: string | null }>;
  /** What the return already says (re-issued after being sent back), so the agency adds to it. */
  narrative: Record<NarrativeField, string | null>;
  /** Why it was sent back, when it was. */
  sentBack: string | null;
  settings: DocumentSettings;
  authorName: string;
}

export function caseCoverDetails(c: CaseReturnToolContent): Array<[string, string]> {
  const period = c.practiceFrom && c.practiceTo ? `${formatLongDate(c.practiceFrom)} to ${formatLongDate(c.practiceTo)}` : 'The last 12 months';
  return [
    ['Partnership', c.partnershipName],
    ['Audit', `${c.auditTitle} (${c.programmeYear})`],
    ['Theme', c.theme],
    ['Period of practice audited', period],
    ['Case reference', c.identity.caseReference],
    ['Agency', c.identity.agencyName],
    ['Return by', c.dueDate ? formatLongDate(c.dueDate) : 'See the covering email'],
    ['Issued', formatLongDate(c.identity.issuedOn)],
  ];
}

export function caseHowToFill(c: CaseReturnToolContent, where: 'xlsx' | 'docx'): string[] {
  const choose = where === 'xlsx' ? 'choose a rating from the drop-down list' : 'type a rating exactly as it is written in the key';
  return [
    ...(c.sentBack ? [`This return was sent back: ${c.sentBack} Please add to it and return it again.`] : []),
    `Review your agency's involvement with the case ${c.identity.caseReference} over the period audited, as an auditor not involved in the case or its management. Understand practice as it looked at the time, not with hindsight.`,
    `For each question, ${choose}, using the guidance for each level, and explain your rating in the Comment column.${c.scale.allowsNa ? ` If a question does not apply to your agency's involvement, use "${c.scale.naLabel}" and say why.` : ''}`,
    'In the narrative, summarise your involvement, the good practice you found (in detail) and the gaps. Do not write names, NHS numbers or dates of birth: use the case reference and roles ("mother", "Child A").',
    'If you find a concern about immediate risk to a child or unsafe practice, escalate it in your agency straight away and record it in the last narrative box: the partnership will ask for your response and assurance.',
    where === 'xlsx'
      ? 'Do not change the Ref column, rename the headings or delete the hidden details: they tell the partnership which answer is which.'
      : 'Do not delete the tables, their heading rows or the Ref column, and leave the "Return details" table at the end as it is.',
  ];
}

/** One cell of text as read back, with where it was, for problems that name the row. */
export interface ReadCell {
  text: string;
  /** Worksheet row, or the row within its Word table (header is row 1). */
  row: number;
  /** "Ratings" sheet, "ratings table", …: said in messages. */
  place: string;
}

export interface CaseReturnRead {
  kind: 'xlsx' | 'docx';
  identity: ReadCaseIdentity;
  identitySource: 'hidden sheet' | 'document properties' | 'return details table' | null;
  /** Every row with a Ref or any answer. */
  ratings: Array<{ ref: ReadCell; rating: ReadCell; comment: ReadCell }>;
  narrative: Partial<Record<NarrativeField, ReadCell>>;
  /** The file could not be read, or a table, sheet or heading is missing. */
  problems: Array<{ file: string; row?: number; field?: string; message: string }>;
}

const ratingAliases = Object.fromEntries(
  Object.entries(RATING_COLUMNS).map(([f, c]) => [f, new Set([c.heading, ...c.aliases].map(normaliseHeading))]),
) as Record<RatingField, Set<string>>;
const narrativeAliases = Object.fromEntries(
  Object.entries(NARRATIVE_COLUMNS).map(([f, c]) => [f, new Set([c.heading, ...c.aliases].map(normaliseHeading))]),
) as Record<keyof typeof NARRATIVE_COLUMNS, Set<string>>;

/** Field → 0-based column, from a row of headings; the first heading that matches a field wins. */
export function findColumns<F extends string>(headings: readonly string[], aliases: Record<F, Set<string>>): Partial<Record<F, number>> {
  const out: Partial<Record<F, number>> = {};
  headings.forEach((h, i) => {
    const n = normaliseHeading(h ?? '');
    if (n) for (const f of Object.keys(aliases) as F[]) if (out[f] === undefined && aliases[f].has(n)) out[f] = i;
  });
  return out;
}
export const ratingColumns = (headings: readonly string[]) => findColumns(headings, ratingAliases);
export const narrativeColumns = (headings: readonly string[]) => findColumns(headings, narrativeAliases);
export const isRatingHeadings = (c: Partial<Record<RatingField, number>>) => c.ref !== undefined && (c.rating !== undefined || c.comment !== undefined);
export const isNarrativeHeadings = (c: Partial<Record<'section' | 'response', number>>) => c.section !== undefined && c.response !== undefined;
