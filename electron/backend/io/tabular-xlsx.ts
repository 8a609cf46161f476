import ExcelJS from 'exceljs';
import { importInvalid, type GridRow } from './tabular-grid';

/** "Number as shown": integers without ".0" or exponent, floats without binary noise. */
export function numberText(n: number, numFmt?: string): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) {
    const s = Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
    // A "000000" format shows URN 012345 with its zero; keep what the user sees.
    if (numFmt && /^0+$/.test(numFmt) && s.length < numFmt.length) return s.padStart(numFmt.length, '0');
    return s;
  }
  return String(Number(n.toPrecision(15)));
}

/** exceljs reads dates as UTC instants holding the wall-clock date, so the UTC date is the one shown. */
const dateText = (d: Date): string => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10));

export function valueText(v: ExcelJS.CellValue | undefined, numFmt?: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v, numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    // A formula counts as the value Excel last calculated; an uncalculated one is empty.
    if ('formula' in v || 'sharedFormula' in v) return valueText((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numFmt);
    if ('hyperlink' in v) {
      const text = valueText(v.text as unknown as ExcelJS.CellValue).replace(/^mailto:/i, '');
      return text || v.hyperlink.replace(/^mailto:/i, '').replace(/\?.*$/, '');
    }
    if ('error' in v) return '';
  }
  return String(v);
}

function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) {
    const master = cell.master;
    // Merged down a column (a sector written once for a block of rows) fills each row; merged across
    // columns belongs to its first column only, so one value never lands in two fields.
    return master.col === cell.col ? valueText(master.value, master.numFmt) : '';
  }
  return valueText(cell.value, cell.numFmt);
}

export interface SheetGrid {
  name: string;
  grid: GridRow[];
}

/** Visible worksheets in workbook order, each as raw rows with Excel's row numbers. */
export async function readXlsxGrids(fileName: string, bytes: Uint8Array): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw importInvalid(fileName, 'could not be read as an Excel workbook: it may be damaged or not really an .xlsx file. Open it in Excel, save it again as .xlsx and import that.');
  }
  const sheets: SheetGrid[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state && ws.state !== 'visible') continue;
    const grid: GridRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = cellText(cell);
      });
      for (let i = 0; i < values.length; i++) values[i] ??= '';
      grid.push({ row: rowNumber, values });
    });
    if (grid.length) sheets.push({ name: ws.name, grid });
  }
  return sheets;
}
