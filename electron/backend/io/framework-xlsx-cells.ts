import type ExcelJS from 'exceljs';
import type { ApiErrorDetail } from '../../../shared/result';
import { SHEETS, headerKey, type SheetKey } from './framework-xlsx-layout';

// Reading cells from a workbook that a person may have "tidied": numbers where text was meant, TRUE/FALSE,
// rich text, formulas, trailing spaces. Every problem is collected with its sheet, row and column.

export const field = (sheet: SheetKey, column?: string) => (column ? `${SHEETS[sheet]}!${column}` : SHEETS[sheet]);

const sheetOrder = (f: string | undefined) => {
  const i = Object.values<string>(SHEETS).indexOf((f ?? '').split('!')[0] ?? '');
  return i < 0 ? 99 : i;
};

/** Problems found while reading, reported together so one import attempt shows everything to fix. */
export class Problems {
  private readonly list: ApiErrorDetail[] = [];
  constructor(readonly file: string) {}

  add(fieldName: string, row: number | undefined, message: string): void {
    this.list.push(row === undefined ? { file: this.file, field: fieldName, message } : { file: this.file, row, field: fieldName, message });
  }

  /** Adds a problem unless one is already reported for the same cell (schema issues repeat ours). */
  addOnce(fieldName: string, row: number | undefined, message: string): void {
    if (!this.list.some((d) => d.field === fieldName && d.row === row)) this.add(fieldName, row, message);
  }

  get count(): number {
    return this.list.length;
  }

  /** In sheet order, then row order; problems without a row come first in their sheet. */
  sorted(): ApiErrorDetail[] {
    return this.list
      .map((d, i) => ({ d, i }))
      .sort((a, b) => sheetOrder(a.d.field) - sheetOrder(b.d.field) || (a.d.row ?? 0) - (b.d.row ?? 0) || a.i - b.i)
      .map(({ d }) => d);
  }
}

type Plain = string | number | boolean | Date | null | { error: string };

function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return { error: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) return plain(v.result ?? null);
  if ('hyperlink' in v) return plain(v.text as ExcelJS.CellValue);
  return null;
}

/** Excel keeps doubles: 9.3 typed as a number reads back 9.3, but 9.10 typed as a number is already 9.1. */
export const numberText = (n: number) => String(Number(n.toPrecision(15)));

export interface TextCell {
  text: string;
  /** The cell held a number, so a number like 9.10 may have lost its trailing zero. */
  numeric: boolean;
}

/** A cell as trimmed text; blank is ''. Dates and error values are reported. */
export function readText(p: Problems, cell: ExcelJS.Cell, fieldName: string, row: number): TextCell {
  const v = plain(cell.value);
  if (v === null) return { text: '', numeric: false };
  if (typeof v === 'string') return { text: v.trim(), numeric: false };
  if (typeof v === 'number') return { text: numberText(v), numeric: true };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', numeric: false };
  if (v instanceof Date) {
    p.add(fieldName, row, 'Excel has turned this into a date; format the column as Text and type it again');
    return { text: '', numeric: false };
  }
  p.add(fieldName, row, `the cell shows the error ${v.error}`);
  return { text: '', numeric: false };
}

/** A cell as trimmed text without reporting anything: for labels and headings. */
export function quietText(cell: ExcelJS.Cell | undefined): string {
  const v = plain(cell?.value);
  if (typeof v === 'string') return v.trim();
  return typeof v === 'number' ? numberText(v) : '';
}

export const text = (p: Problems, cell: ExcelJS.Cell, fieldName: string, row: number) => readText(p, cell, fieldName, row).text;

/** A number cell, or text that is a number; blank is null. */
export function readNumber(p: Problems, cell: ExcelJS.Cell, fieldName: string, row: number): number | null {
  const v = plain(cell.value);
  if (typeof v === 'number') return v;
  const t = readText(p, cell, fieldName, row).text;
  if (t === '') return null;
  const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : NaN;
  if (Number.isFinite(n)) return n;
  p.add(fieldName, row, `"${t}" is not a number`);
  return null;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Yes/No, Y/N, TRUE/FALSE (as text or as an Excel boolean), 1/0. Blank or anything else is reported. */
export function readYesNo(p: Problems, cell: ExcelJS.Cell, fieldName: string, row: number): boolean | undefined {
  const v = plain(cell.value);
  if (typeof v === 'boolean') return v;
  const t = readText(p, cell, fieldName, row).text;
  if (YES.has(t.toLowerCase())) return true;
  if (NO.has(t.toLowerCase())) return false;
  p.add(fieldName, row, t === '' ? 'say Yes or No' : `"${t}" is not Yes or No`);
  return undefined;
}

/** The solid fill colour of a cell as #RRGGBB, if it has one. */
export function fillColour(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2)}` : null;
}

/** A worksheet by name, whatever its case and spacing. */
export const findSheet = (wb: ExcelJS.Workbook, name: string) => wb.worksheets.find((ws) => headerKey(ws.name) === headerKey(name));

export interface HeaderRow {
  row: number;
  /** Column number by header key (see headerKey); the first column wins if a heading repeats. */
  columns: Map<string, number>;
  /** Every non-blank heading with its column, as typed. */
  headings: Array<{ col: number; text: string }>;
}

/** The first row from `from` to `to` whose headings include all `required` (header keys). */
export function findHeaderRow(ws: ExcelJS.Worksheet, required: string[], from = 1, to = ws.rowCount): HeaderRow | null {
  for (let r = from; r <= to; r++) {
    const headings: HeaderRow['headings'] = [];
    ws.getRow(r).eachCell((cell, col) => {
      const t = quietText(cell);
      if (t) headings.push({ col, text: t });
    });
    const columns = new Map<string, number>();
    for (const h of headings) if (!columns.has(headerKey(h.text))) columns.set(headerKey(h.text), h.col);
    if (required.every((k) => columns.has(k))) return { row: r, columns, headings };
  }
  return null;
}
