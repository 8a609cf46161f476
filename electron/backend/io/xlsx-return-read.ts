import { readXlsxSheetsWithExceljs } from './xlsx-exceljs-sheets';
import { readXlsxSheets, type XlsxSheet } from './xlsx-fast-sheets';
import { assertZipWithinLimits } from './zip-guard';

// What the return workbook readers (s11 self-assessment, case-file audit) share: opening the workbook, the very
// hidden identity sheet, and finding a sheet by its heading row wherever it went.

/** How far down a sheet a heading row may sit. */
export const HEADING_SCAN = 30;

/**
 * Cells from the fast XML reader, or from exceljs for the few files that reader declines; null when unreadable.
 * The fast reader's inflation is capped; exceljs's is not, so a file it falls back on gets the full zip-bomb
 * check first (an import_invalid error naming the file).
 */
export async function openReturnSheets(fileName: string, bytes: Uint8Array): Promise<XlsxSheet[] | null> {
  const sheets = readXlsxSheets(bytes);
  if (sheets) return sheets;
  assertZipWithinLimits(fileName, bytes);
  try {
    return await readXlsxSheetsWithExceljs(bytes);
  } catch {
    return null;
  }
}

export const unreadableWorkbook = (file: string) =>
  `${file} could not be read as an Excel workbook: it may be damaged. Open it in Excel, save it again as .xlsx and import that.`;

/** Key/value rows of the identity sheet (keys matched in any case); null when absent or empty. */
export function readIdentitySheet<K extends string>(sheets: XlsxSheet[], sheetName: string, keys: readonly K[]): Partial<Record<K, string>> | null {
  const ws = sheets.find((w) => w.name.toLowerCase() === sheetName);
  if (!ws) return null;
  const byLower = new Map(keys.map((k) => [k.toLowerCase(), k]));
  const out: Partial<Record<K, string>> = {};
  for (const n of ws.rowNumbers()) {
    const [k, v] = ws.row(n);
    const key = byLower.get((k ?? '').toLowerCase());
    if (key && v) out[key] = v;
  }
  return Object.keys(out).length ? out : null;
}

export interface LocatedSheet<C> {
  ws: XlsxSheet;
  headingRow: number;
  cols: C;
}

/**
 * The sheets (the identity sheet aside) with a heading row the test accepts within the first rows, each at its
 * first such row, in the workbook's order. Callers pick among them (the issued sheet name first).
 */
export function sheetsWithHeadings<C>(sheets: XlsxSheet[], identitySheet: string, columnsOf: (h: string[]) => C, accepts: (c: C) => boolean): Array<LocatedSheet<C>> {
  const found: Array<LocatedSheet<C>> = [];
  for (const ws of sheets) {
    if (ws.name.toLowerCase() === identitySheet) continue;
    for (let n = 1; n <= HEADING_SCAN; n++) {
      const cols = columnsOf(ws.row(n));
      if (accepts(cols)) {
        found.push({ ws, headingRow: n, cols });
        break;
      }
    }
  }
  return found;
}

export const named = <C>(found: Array<LocatedSheet<C>>, name: string) => found.find((f) => f.ws.name.toLowerCase() === name.toLowerCase());
