import type { z } from 'zod';
import type {
  ColumnMapping,
  ImportFieldSpec,
  ImportPreview,
  ImportPreviewRow,
  ImportRowIssue,
  UploadedFile,
} from '../../../shared/domain/imports';
import type { ApiErrorDetail } from '../../../shared/result';
import { AppError } from '../errors';
import type { TableRow } from './tabular';
import { assertZipWithinLimits } from './zip-guard';

// What the agency and contact importers share: heading matching, cell access, counts, the all-or-nothing rule.

/**
 * The file's bytes; a zip whose entries are (or declare themselves) too large is refused here, before any parser.
 * `inflate: false` leaves the real sizes to the caller (see assertZipWithinLimits).
 */
export const uploadBytes = (file: UploadedFile, options: { inflate?: boolean } = {}): Uint8Array => {
  const bytes = new Uint8Array(Buffer.from(file.contentBase64, 'base64'));
  assertZipWithinLimits(file.fileName, bytes, options);
  return bytes;
};

/** "E-mail address " and "Email Address" are one heading: case, spaces and punctuation ignored. */
export const normaliseHeading = (h: string): string => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Field -> heading. Automatic by label or alias first; the user's choices then win, and '' in the
 * user's mapping means "do not import this field".
 */
export function resolveMapping(
  fields: readonly ImportFieldSpec[],
  headers: string[],
  userMapping: ColumnMapping | undefined,
): { mapping: ColumnMapping; fileIssues: string[] } {
  const mapping: ColumnMapping = {};
  const fileIssues: string[] = [];
  const used = new Set<string>();
  const byNorm = new Map<string, string>();
  for (const h of headers) if (!byNorm.has(normaliseHeading(h))) byNorm.set(normaliseHeading(h), h);
  // Labels before aliases, so "Email" goes to the field labelled Email rather than one that merely accepts it.
  for (const pass of ['label', 'alias'] as const) {
    for (const f of fields) {
      if (mapping[f.field]) continue;
      const names = pass === 'label' ? [f.label] : f.aliases;
      const header = names.map((n) => byNorm.get(normaliseHeading(n))).find((h) => h !== undefined && !used.has(h));
      if (header) {
        mapping[f.field] = header;
        used.add(header);
      }
    }
  }
  for (const [field, header] of Object.entries(userMapping ?? {})) {
    const spec = fields.find((f) => f.field === field);
    if (!spec) {
      fileIssues.push(`"${field}" is not a field this import understands.`);
      continue;
    }
    if (header === '') {
      delete mapping[field];
      continue;
    }
    if (!headers.includes(header)) {
      fileIssues.push(`The column "${header}" chosen for ${spec.label} is not in the file.`);
      continue;
    }
    for (const [other, h] of Object.entries(mapping)) if (h === header && !(other in (userMapping ?? {}))) delete mapping[other];
    mapping[field] = header;
  }
  for (const f of fields)
    if (f.required && !mapping[f.field]) fileIssues.push(`There is no column for ${f.label}: add a column headed "${f.label}", or choose which column holds it.`);
  return { mapping, fileIssues };
}

/** Reads mapped cells of one row and collects issues against the user's own column headings. */
export class RowReader {
  readonly issues: ImportRowIssue[] = [];
  constructor(
    readonly row: TableRow,
    readonly mapping: ColumnMapping,
    private readonly labels: Record<string, string>,
  ) {}

  /** Trimmed cell text of a field; '' when unmapped or empty. */
  get(field: string): string {
    const h = this.mapping[field];
    return h ? (this.row.cells[h] ?? '') : '';
  }

  has(field: string): boolean {
    return this.get(field) !== '';
  }

  /** The heading to name in a message: the user's column, or the field's label if the column is absent. */
  column(field: string): string {
    return this.mapping[field] ?? this.labels[field] ?? field;
  }

  issue(field: string, message: string): void {
    this.issues.push({ row: this.row.row, column: this.column(field), message });
  }

  /** Parses a present cell with a field schema; records the schema's message on failure. */
  parse<S extends z.ZodType>(field: string, schema: S): z.output<S> | undefined {
    if (!this.has(field)) return undefined;
    const r = schema.safeParse(this.get(field));
    if (r.success) return r.data;
    this.issue(field, r.error.issues[0]?.message ?? 'not valid');
    return undefined;
  }

  values(): Record<string, string> {
    return Object.fromEntries(Object.keys(this.mapping).map((f) => [f, this.get(f)]));
  }
}

const YES = new Set(['y', 'yes', 'x', 'true', '1', '\u2713', '\u2714', 'tick']);
const NO = new Set(['n', 'no', 'false', '0', '-', 'n/a', 'na']);
/** Y/Yes/X/TRUE style cells; undefined when the text is neither. */
export function parseYesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return false;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

export function countRows(rows: ImportPreviewRow[]): ImportPreview['counts'] {
  const n = (s: ImportPreviewRow['status']) => rows.filter((r) => r.status === s).length;
  return { total: rows.length, new: n('new'), update: n('update'), duplicateInFile: n('duplicate_in_file'), error: n('error') };
}

/** All or nothing: a file with any problem writes nothing, and says every problem at once. */
export function assertCommittable(preview: ImportPreview): void {
  const file = preview.fileName;
  if (preview.fileIssues.length)
    throw new AppError(
      'import_invalid',
      `${file}: ${preview.fileIssues.join(' ')} Nothing was imported.`,
      preview.fileIssues.map((message) => ({ file, message })),
    );
  const bad = preview.rows.filter((r) => r.status === 'error');
  if (bad.length) {
    const details: ApiErrorDetail[] = bad.flatMap((r) => r.issues.map((i) => ({ file, row: i.row, field: i.column, message: i.message })));
    throw new AppError('import_invalid', `${file}: ${bad.length} ${bad.length === 1 ? 'row has' : 'rows have'} errors; nothing was imported`, details);
  }
}
