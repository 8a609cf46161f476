import { AppError } from '../errors';

export interface TableRow {
  /** Row number as Excel shows it. */
  row: number;
  /** Header -> cell text, trimmed; '' for an empty cell. */
  cells: Record<string, string>;
}

export interface Table {
  /** The worksheet read; null for CSV. */
  sheetName: string | null;
  headers: string[];
  rows: TableRow[];
}

/** Raw rows as read, before the header is found: values by 0-based column. */
export interface GridRow {
  row: number;
  values: string[];
}

export const importInvalid = (fileName: string, message: string): AppError =>
  new AppError('import_invalid', `${fileName} ${message}`, [{ file: fileName, message }]);

/** Cell text as people mean it: no-break spaces are spaces, and the ends are trimmed. */
export const cleanCell = (v: string): string => v.replace(/\u00a0/g, ' ').trim();
const cleanHeader = (v: string): string => cleanCell(v).replace(/\s+/g, ' ');

/**
 * The headings are the first row with at least two filled cells: people put a title, a date or a
 * "DRAFT" line above them. Blank rows are skipped but keep their numbers, so messages match Excel.
 */
export function gridToTable(sheetName: string | null, grid: GridRow[]): Table | null {
  const headerIndex = grid.findIndex((r) => r.values.filter((v) => cleanCell(v ?? '') !== '').length >= 2);
  if (headerIndex < 0) return null;
  const seen = new Map<string, number>();
  const columns: Array<{ index: number; header: string }> = [];
  grid[headerIndex]!.values.forEach((raw, index) => {
    const base = cleanHeader(raw ?? '');
    if (!base) return;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    // Two "Email" columns must both stay visible to the mapping, so the second becomes "Email (2)".
    columns.push({ index, header: n === 1 ? base : `${base} (${n})` });
  });
  const rows: TableRow[] = [];
  for (const r of grid.slice(headerIndex + 1)) {
    const cells: Record<string, string> = {};
    let filled = false;
    for (const c of columns) {
      const v = cleanCell(r.values[c.index] ?? '');
      cells[c.header] = v;
      if (v) filled = true;
    }
    if (filled) rows.push({ row: r.row, cells });
  }
  return { sheetName, headers: columns.map((c) => c.header), rows };
}
