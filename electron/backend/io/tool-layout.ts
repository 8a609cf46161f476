import type { TargetKey } from '../../../shared/domain/cycle';
import type { DocumentSettings } from '../reports/kit';
import { formatLongDate } from '../reports/kit/dates';

// What the self-assessment tool holds, shared by the workbook and the Word writers and readers: the column
// headings people see, the identity that ties a returned file to its cycle and agency, and the content model.

/** Bumped when a later release changes the layout in a way older readers would misread. */
export const TOOL_FORMAT_VERSION = 1;

export const TOOL_SHEETS = { instructions: 'Instructions', answers: 'Self-assessment', identity: '_auditdesk' } as const;

/** Answer columns by field; readers find them by heading (case, spaces and punctuation ignored), never by position. */
export const TOOL_COLUMNS = {
  ref: { heading: 'Ref', aliases: ['Reference', 'Ref no', 'Number', 'No'] },
  text: { heading: 'Standard/Item', aliases: ['Requirement', 'Standard', 'Item', 'Question'] },
  prompt: { heading: 'Evidence prompt', aliases: ['Prompt'] },
  rating: { heading: 'Rating', aliases: ['Self rating', 'Self-rating', 'Self assessment', 'Score'] },
  naReason: { heading: 'N/A reason', aliases: ['NA reason', 'Reason for N/A', 'Not applicable reason', 'Reason not applicable'] },
  evidence: { heading: 'Evidence', aliases: ['Evidence narrative', 'Evidence summary'] },
  improvement: { heading: 'Areas for improvement', aliases: ['Area for improvement', 'Improvement', 'Improvements', 'Actions'] },
  carried: { heading: 'Carried forward', aliases: [] },
} as const;
export type ToolField = keyof typeof TOOL_COLUMNS;

/** The Word table's header row (the Word version has no prompt or carried-forward column). */
export const DOCX_COLUMNS: readonly ToolField[] = ['ref', 'text', 'rating', 'naReason', 'evidence', 'improvement'];
export const DOCX_HEADINGS: Record<ToolField, string> = { ...Object.fromEntries(Object.entries(TOOL_COLUMNS).map(([k, v]) => [k, v.heading])), text: 'Requirement' } as Record<ToolField, string>;

/** Who and what a tool was issued for. Written into the file so a return finds its way back. */
export interface ToolIdentity {
  formatVersion: number;
  cycleId: number;
  cycleAgencyId: number;
  agencyId: number;
  agencyName: string;
  frameworkId: number;
  familyKey: string;
  versionLabel: string;
  issuedOn: string;
}
export const IDENTITY_KEYS = ['formatVersion', 'cycleId', 'cycleAgencyId', 'agencyId', 'agencyName', 'frameworkId', 'familyKey', 'versionLabel', 'issuedOn'] as const;
/** Identity as read back from a file: text values, any of them possibly missing. */
export type ReadIdentity = Partial<Record<(typeof IDENTITY_KEYS)[number], string>>;

/** The "Return details" table of the Word version: label → identity key. */
export const RETURN_DETAILS: ReadonlyArray<readonly [string, (typeof IDENTITY_KEYS)[number]]> = [
  ['Cycle id', 'cycleId'],
  ['Return id', 'cycleAgencyId'],
  ['Agency id', 'agencyId'],
  ['Agency', 'agencyName'],
  ['Framework id', 'frameworkId'],
  ['Framework family', 'familyKey'],
  ['Framework version', 'versionLabel'],
  ['Issued', 'issuedOn'],
  ['Format version', 'formatVersion'],
];
export const CUSTOM_PROPERTY_PREFIX = 'AuditDesk.';

export interface ToolPerson {
  name: string;
  jobTitle: string | null;
  email: string | null;
  phone: string | null;
}

export interface ToolScale {
  name: string;
  kind: 'levels' | 'numeric';
  allowsNa: boolean;
  naLabel: string;
  min: number | null;
  max: number | null;
  step: number | null;
  /** In the order the partnership lists them. */
  levels: Array<{ code: string; label: string; colour: string; description: string | null }>;
}

/** An answer already held for the agency (carried forward from the last cycle, or entered since). */
export interface ToolAnswer {
  /** The level's label, or the number on a numeric scale. */
  rating: string | null;
  notApplicable: boolean;
  naReason: string | null;
  evidence: string | null;
  improvement: string | null;
  carriedForward: boolean;
}

export interface ToolRow {
  key: TargetKey;
  kind: 'standard' | 'item';
  ref: string;
  /** In the agency's sector wording where the framework has one. */
  text: string;
  prompt: string | null;
  ratable: boolean;
  answer: ToolAnswer | null;
}

export interface ToolContent {
  identity: ToolIdentity;
  partnershipName: string;
  cycleName: string;
  periodLabel: string;
  /** ISO dates. */
  deadline: string | null;
  finalDeadline: string | null;
  frameworkName: string;
  ratingTarget: 'items' | 'standards' | 'both';
  lead: ToolPerson | null;
  deputy: ToolPerson | null;
  scale: ToolScale;
  /** Framework order: each standard's own row first, then its items. */
  standards: Array<{ number: string; title: string; rows: ToolRow[] }>;
  settings: DocumentSettings;
  authorName: string;
}

/** The details at the top of the tool, label and value; both formats show the same. */
export function coverDetails(c: ToolContent, where: 'xlsx' | 'docx'): Array<[string, string]> {
  // A cell in Word takes line breaks; a merged workbook cell reads better on one line.
  const person = (p: ToolPerson | null) => (p ? [p.name, p.jobTitle, p.email, p.phone].filter(Boolean).join(where === 'docx' ? '\n' : ', ') : 'Not recorded');
  return [
    ['Partnership', c.partnershipName],
    ['Audit', c.cycleName],
    ['Period', c.periodLabel],
    ['Agency', c.identity.agencyName],
    ['Safeguarding lead', person(c.lead)],
    ['Deputy safeguarding lead', person(c.deputy)],
    ['Return by', c.deadline ? formatLongDate(c.deadline) : 'See the covering email'],
    ...(c.finalDeadline && c.finalDeadline !== c.deadline ? [['Final deadline', formatLongDate(c.finalDeadline)] as [string, string]] : []),
    ['Framework', c.frameworkName],
    ['Issued', formatLongDate(c.identity.issuedOn)],
  ];
}

/** What the agency is asked to do; both formats say the same. */
export function howToFill(c: ToolContent, where: 'xlsx' | 'docx'): string[] {
  const rated = c.ratingTarget === 'items' ? 'each item' : c.ratingTarget === 'standards' ? 'each standard' : 'each standard and each item';
  const choose = where === 'xlsx' ? 'choose a rating from the drop-down list in the Rating column' : 'type a rating in the Rating column, exactly as it is written in the key';
  const na = c.scale.allowsNa
    ? `If a requirement does not apply to your organisation, choose "${c.scale.naLabel}" and say why in the N/A reason column.`
    : `"${c.scale.naLabel}" is not allowed in this audit: every requirement needs a rating.`;
  const numeric = c.scale.kind === 'numeric' ? ` Ratings are scores from ${c.scale.min} to ${c.scale.max}.` : '';
  return [
    `For ${rated}, ${choose}.${numeric} ${na}`,
    'Describe the evidence you hold in the Evidence column, and anything you plan to improve in the Areas for improvement column.',
    'Answers already filled in were carried forward from your last audit: check each one and update it.',
    where === 'xlsx'
      ? 'Do not change the Ref column, rename the columns or delete the hidden details: they tell the partnership which answer is which. You may re-order rows, widen columns and add line breaks.'
      : 'Do not delete the tables, their heading rows or the Ref column, and leave the "Return details" table at the end as it is: they tell the partnership which answer is which.',
    'Save the file and return it to the partnership business unit by the deadline.',
  ];
}
