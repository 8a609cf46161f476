import { z } from 'zod';
import type { GeneratedFile } from './settings';

// Board papers, agency feedback letters and the annual-report extract. A board paper's text is generated
// from the cycle's data on every read; what the user edits is kept with a fingerprint of the data the
// edit was made against, so a passage whose data has moved on since can be shown as stale.

/** The built-in sections of a board paper, in the order of the Barnsley S.11 report. */
export const BUILTIN_SECTION_KEYS = [
  'purpose',
  'recommendations',
  'background',
  'methodology',
  'scrutiny',
  'scrutineer',
  'findings',
  'development',
  'nextSteps',
  'attachments',
  'contacts',
] as const;
export type BuiltinSectionKey = (typeof BUILTIN_SECTION_KEYS)[number];

/** Where a header-table row takes its value from; every value can still be edited per paper. */
export const HEADER_SOURCES = ['meeting', 'date', 'title', 'author', 'role', 'status', 'agendaItem', 'decision', 'fixed'] as const;
export type HeaderSource = (typeof HEADER_SOURCES)[number];
export const HEADER_SOURCE_LABELS: Record<HeaderSource, string> = {
  meeting: 'Meeting',
  date: 'Date of meeting',
  title: 'Subject or report title',
  author: 'Author',
  role: "Author's role",
  status: 'Status or protective marking',
  agendaItem: 'Agenda item',
  decision: 'Decision required',
  fixed: 'Fixed text',
};

/** One configurable row of the header table (settings); `text` is the value of a 'fixed' row. */
export const boardPaperHeaderFieldSchema = z.object({
  label: z.string().trim().min(1, 'give the row a label').max(80),
  source: z.enum(HEADER_SOURCES),
  text: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v) => v || null),
});
export type BoardPaperHeaderField = z.output<typeof boardPaperHeaderFieldSchema>;

/** The Barnsley cover sheet: meeting, date, subject, author (with role), status. */
export const DEFAULT_BOARD_PAPER_HEADER_FIELDS: readonly BoardPaperHeaderField[] = [
  { label: 'Meeting', source: 'meeting', text: null },
  { label: 'Date of meeting', source: 'date', text: null },
  { label: 'Subject/Report title', source: 'title', text: null },
  { label: 'Author', source: 'author', text: null },
  { label: 'Status of report', source: 'status', text: null },
];

/** Fonts a document may use. Lato is embedded in the file; the others are on every Windows desktop. */
export const DOCUMENT_FONTS = ['Lato', 'Arial', 'Calibri', 'Verdana'] as const;
export type DocumentFont = (typeof DOCUMENT_FONTS)[number];
export const DEFAULT_DOCUMENT_FONT: DocumentFont = 'Lato';

/** A row of one paper's header table. */
export interface BoardPaperHeaderRow {
  label: string;
  source: HeaderSource;
  /** What the paper shows: the user's value, else the default. */
  value: string;
  /** The value worked out from settings, the cycle and the business unit contact. */
  defaultValue: string;
  edited: boolean;
}

export type SectionKind = 'generated' | 'userOnly' | 'custom';

export interface BoardPaperSection {
  key: string;
  title: string;
  /** The built-in title, null for added sections. */
  defaultTitle: string | null;
  /** 1: a numbered section; 2: a part under the section before it (e.g. the scrutineer's report). */
  level: 1 | 2;
  kind: SectionKind;
  hidden: boolean;
  /** Text worked out from the data now; empty for user-only and added sections. */
  generatedText: string;
  /** What goes into the paper: the edited text, else the generated text. */
  text: string;
  edited: boolean;
  editedAt: string | null;
  editedBy: string | null;
  /** Edited, and the data behind the section has changed since the edit. */
  stale: boolean;
  /** What changed, in words ("Returned by the final deadline: 9 → 10"), when stale. */
  changes: string[];
}

export interface BoardPaperDraft {
  cycleId: number;
  cycleName: string;
  /** False until the first edit: nothing is stored for a paper nobody has touched. */
  saved: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
  header: BoardPaperHeaderRow[];
  sections: BoardPaperSection[];
  /** The appendices the paper will carry, in order. */
  appendices: Array<{ key: string; title: string }>;
  staleCount: number;
}

/** A generated document: returned to the caller and, when a path or folder was given, saved there. */
export interface GeneratedReport {
  file: GeneratedFile;
  path: string | null;
  /** Things to check before sending (stale edited sections, a scrutineer's report not yet pasted in). */
  warnings: string[];
}

/** Section text: blank lines split paragraphs; "- " starts a bullet, "  - " a sub-bullet, "## " a sub-heading. */
export const sectionTextSchema = z.string().max(100_000);
export const sectionTitleSchema = z.string().trim().min(1, 'give the section a title').max(200);
export const sectionKeySchema = z.string().min(1).max(60);
