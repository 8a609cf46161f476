import type ExcelJS from 'exceljs';

// What the issued return workbooks (s11 self-assessment, case-file audit) share: safe cell text, brand fills with
// readable ink, wrapped row heights, the branded heading row, rating colours and the very hidden identity sheet.

/** Excel reads "_x0041_" in text as an escaped character; escape the underscore so such text comes back as typed. */
export const text = (s: string | null | undefined): string => (s ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : '');
export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
/** Black or white text, whichever reads better on the fill. */
export const inkOn = (hex: string) => {
  const n = parseInt(hex.replace('#', ''), 16);
  const lum = (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return lum > 0.55 ? 'FF000000' : 'FFFFFFFF';
};
export const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
export const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

/** Rows tall enough for their wrapped text ([value, column width] pairs): Excel and LibreOffice do not always grow them. */
export const wrappedHeight = (cells: Array<[string, number]>) =>
  Math.min(409, 15 * Math.max(1, ...cells.map(([v, w]) => v.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / Math.max(4, w - 2))), 0))) + 3);

/** The heading row in the brand colour. */
export function brandHeadRow(ws: ExcelJS.Worksheet, headings: string[], brand: string): void {
  const head = ws.addRow(headings);
  head.eachCell((cell) => {
    cell.fill = solid(brand);
    cell.font = { bold: true, color: { argb: inkOn(brand) } };
  });
}

/** Colours a rating column by the level its label names. */
export function colourRatings(ws: ExcelJS.Worksheet, ratingCol: number, levels: ReadonlyArray<{ label: string; colour: string }>): void {
  const letter = ws.getColumn(ratingCol).letter;
  ws.addConditionalFormatting({
    ref: `${letter}2:${letter}${Math.max(2, ws.rowCount)}`,
    rules: levels.map((l, i) => ({
      type: 'cellIs' as const,
      operator: 'equal' as const,
      priority: i + 1,
      formulae: [`"${l.label.replace(/"/g, '""')}"`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(l.colour) } }, font: { color: { argb: inkOn(l.colour) } } },
    })),
  });
}

/** Key/value rows on a very hidden sheet: ties the returned file to what was issued. */
export function writeIdentitySheet<K extends string>(wb: ExcelJS.Workbook, name: string, keys: readonly K[], identity: Record<K, unknown>): void {
  const ws = wb.addWorksheet(name);
  ws.addRow(['Key', 'Value']);
  for (const k of keys) ws.addRow([k, text(String(identity[k]))]);
  ws.state = 'veryHidden';
}

interface InstructionsOpening {
  title: string;
  brand: string;
  details: ReadonlyArray<readonly [string, string]>;
  howHeading: string;
  howTo: string[];
  /** Height of one how-to row. */
  lineHeight: (line: string) => number;
}

/** The Instructions sheet up to its rating scale: title, the return's details, then how to fill it in. */
export function instructionsSheet(wb: ExcelJS.Workbook, name: string, o: InstructionsOpening): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  [28, 16, 90].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.addRow([text(o.title)]).font = { bold: true, size: 16, color: { argb: argb(o.brand) } };
  ws.addRow([]);
  for (const [label, value] of o.details) {
    const row = ws.addRow([label, text(value)]);
    row.getCell(1).font = { bold: true };
    ws.mergeCells(row.number, 2, row.number, 3);
  }
  ws.addRow([]);
  ws.addRow([o.howHeading]).font = { bold: true, size: 13 };
  for (const line of o.howTo) {
    const row = ws.addRow([text(line)]);
    ws.mergeCells(row.number, 1, row.number, 3);
    row.alignment = WRAP;
    row.height = o.lineHeight(line);
  }
  ws.addRow([]);
  return ws;
}

/** One coloured row per level (label, code, description); the sheet rows they took, for the drop-down's name. */
export function scaleLevelRows(
  ws: ExcelJS.Worksheet,
  levels: ReadonlyArray<{ label: string; code: string; colour: string; description: string | null }>,
  heightOf?: (description: string) => number,
): { first: number; last: number } {
  let first = 0;
  let last = 0;
  for (const l of levels) {
    const row = ws.addRow([text(l.label), text(l.code), text(l.description)]);
    row.getCell(1).fill = solid(l.colour);
    row.getCell(1).font = { bold: true, color: { argb: inkOn(l.colour) } };
    row.getCell(3).alignment = WRAP;
    if (heightOf) row.height = heightOf(l.description ?? '');
    first ||= row.number;
    last = row.number;
  }
  return { first, last };
}
