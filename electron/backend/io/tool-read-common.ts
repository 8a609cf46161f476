import type { FrameworkTargets, RawAnswer, TargetInfo } from '../services/answers-write';
import { levelByCodeOrLabel, type LoadedScale } from '../services/rating-scale';
import { normaliseHeading } from './import-kit';
import { TOOL_COLUMNS, type ReadIdentity, type ToolField } from './tool-layout';

// What the workbook and Word readers share: finding columns by heading, turning rows into answers keyed by
// the Ref column, and describing problems by file, row and field.

export interface ReturnProblem {
  file: string;
  row?: number;
  field?: string;
  message: string;
}

/** One answer row as read: cell text, cleaned, before any checking. */
export interface ReadRow {
  /** Worksheet row, or the row within its Word table (header is row 1). */
  row: number;
  /** "standard 6 table" for Word; null for the workbook, whose row numbers say enough. */
  place: string | null;
  ref: string;
  rating: string;
  naReason: string;
  evidence: string;
  improvement: string;
}

export interface ToolReadResult {
  kind: 'xlsx' | 'docx';
  identity: ReadIdentity;
  /** Where the identity came from, or null when the file has none. */
  identitySource: 'hidden sheet' | 'document properties' | 'return details table' | null;
  /** The agency name written in the file's details, for matching when the identity is missing. */
  agencyNameInFile: string | null;
  answers: RawAnswer[];
  /** Target key → where its row is, for every row with a recognised Ref (answered or not). */
  rowOf: Map<string, ReadRow>;
  problems: ReturnProblem[];
  /** The sheet, a table or a needed column could not be found: unanswered targets are then not listed one by one. */
  layoutBroken: boolean;
}

/** Cell text as people mean it: no-break spaces are spaces, Windows line ends are line ends, ends trimmed. */
export const clean = (s: string | null | undefined): string => {
  const v = s ?? '';
  // Most cells need only the trim; the replacements run when there is something for them to do.
  return /[\u00a0\r]|[ \t]\n/.test(v) ? v.replace(/\u00a0/g, ' ').replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').trim() : v.trim();
};

const ALIASES: Record<ToolField, Set<string>> = Object.fromEntries(
  Object.entries(TOOL_COLUMNS).map(([f, c]) => [f, new Set([c.heading, ...c.aliases].map(normaliseHeading))]),
) as Record<ToolField, Set<string>>;

/** Field → 0-based column index, from a row of headings; the first heading that matches a field wins. */
export function findColumns(headings: readonly string[]): Partial<Record<ToolField, number>> {
  const out: Partial<Record<ToolField, number>> = {};
  headings.forEach((h, i) => {
    const n = normaliseHeading(h ?? '');
    if (!n) return;
    for (const f of Object.keys(ALIASES) as ToolField[]) if (out[f] === undefined && ALIASES[f].has(n)) out[f] = i;
  });
  return out;
}

/** A heading row that could be the answer table's: Ref or Requirement, and at least one answer column. */
export function looksLikeAnswerHeadings(cols: Partial<Record<ToolField, number>>): boolean {
  const answerCols = (['rating', 'naReason', 'evidence', 'improvement'] as const).filter((f) => cols[f] !== undefined).length;
  return (cols.ref !== undefined || cols.text !== undefined) && answerCols >= 1 && (cols.rating !== undefined || answerCols >= 2);
}

/** The target a Ref names: "9.3", "Item 9.3", or a number Excel made of it (9.10 typed as 9.1) when that is unambiguous. */
export function targetForRef(fw: FrameworkTargets, ref: string): TargetInfo | undefined {
  const r = ref.replace(/^(standard|item)\s+/i, '').replace(/\.$/, '').trim();
  const hit = r.includes('.') ? (fw.itemByNumber.get(r) ?? fw.standardByNumber.get(r)) : (fw.standardByNumber.get(r) ?? fw.itemByNumber.get(r));
  if (hit || !/^\d+(\.\d+)?$/.test(r)) return hit;
  const same = fw.targets.filter((t) => /^\d+(\.\d+)?$/.test(t.number) && Number(t.number) === Number(r));
  return same.length === 1 ? same[0] : undefined;
}

const naWords = (scale: LoadedScale) => new Set([scale.naLabel.toLowerCase(), 'n/a', 'na', 'n / a', 'not applicable']);

export const prefix = (r: ReadRow) => (r.place ? `${r.place}, row ${r.row}: ` : '');

/** Rows → raw answers for normaliseAnswers. Rows without any answer are left out; unknown or repeated Refs are problems. */
export function rowsToAnswers(
  file: string,
  rows: readonly ReadRow[],
  fw: FrameworkTargets,
  scale: LoadedScale,
): Pick<ToolReadResult, 'answers' | 'rowOf' | 'problems'> {
  const answers: RawAnswer[] = [];
  const rowOf = new Map<string, ReadRow>();
  const problems: ReturnProblem[] = [];
  const na = naWords(scale);
  for (const r of rows) {
    const filled = Boolean(r.rating || r.naReason || r.evidence || r.improvement);
    if (!r.ref) {
      if (filled) problems.push({ file, row: r.row, field: 'Ref', message: `${prefix(r)}this row has answers but no Ref, so it cannot be matched to a standard or item` });
      continue;
    }
    const t = targetForRef(fw, r.ref);
    if (!t) {
      problems.push({ file, row: r.row, field: 'Ref', message: `${prefix(r)}"${r.ref}" is not a standard or item of this framework version` });
      continue;
    }
    const earlier = rowOf.get(t.key);
    if (earlier) {
      problems.push({ file, row: r.row, field: 'Ref', message: `${prefix(r)}Ref ${r.ref} appears twice (also ${earlier.place ? `${earlier.place}, ` : ''}row ${earlier.row})` });
      continue;
    }
    rowOf.set(t.key, r);
    if (!filled) continue;
    // A level whose code or label happens to be "NA" stays a level; otherwise N/A words mean not applicable.
    const notApplicable = Boolean(r.rating) && !levelByCodeOrLabel(scale, r.rating) && na.has(r.rating.toLowerCase());
    answers.push({
      targetKey: t.key,
      rating: notApplicable ? null : r.rating || null,
      notApplicable,
      naReason: r.naReason || null,
      evidence: r.evidence || null,
      improvement: r.improvement || null,
    });
  }
  return { answers, rowOf, problems };
}
