import ExcelJS from 'exceljs';
import { extname } from 'node:path';
import { ACTIONS_SHEET } from './actions-xlsx-layout';
import { readTable } from './tabular';
import { gridToTable, importInvalid, type GridRow, type Table } from './tabular-grid';
import { valueText } from './tabular-xlsx';

// Reading an action plan: the Actions sheet of a workbook we sent out, or the first sheet with headings of
// an agency's own plan (or a CSV). Unlike the register's reader, a formula showing an error (#REF!, #VALUE!)
// is not read as an empty cell: the row is refused naming the cell, because a blank would silently drop data.

export interface ActionsTable extends Table {
  /** Row → heading → the error Excel shows (e.g. "#REF!"), for cells whose formula failed. */
  cellErrors: Map<number, Map<string, string>>;
}

/** Marks an error cell in the grid until the table is built; a character no typed cell holds. */
const ERROR_MARK = '\u0000';
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function errorOf(v: ExcelJS.CellValue): string | null {
  if (v && typeof v === 'object') {
    if ('error' in v) return String(v.error);
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result && typeof result === 'object' && 'error' in result) return String(result.error);
    }
  }
  return null;
}

function cellText(cell: ExcelJS.Cell): string {
  // Merged across columns belongs to the first column only; merged down fills each row (as tabular-xlsx reads).
  const source = cell.type === ExcelJS.ValueType.Merge ? (cell.master.col === cell.col ? cell.master : null) : cell;
  if (!source) return '';
  const error = errorOf(source.value);
  return error ? `${ERROR_MARK}${error}` : valueText(source.value, source.numFmt);
}

function gridOf(ws: ExcelJS.Worksheet): GridRow[] {
  const grid: GridRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (values[col - 1] = cellText(cell)));
    for (let i = 0; i < values.length; i++) values[i] ??= '';
    grid.push({ row: rowNumber, values });
  });
  return grid;
}

/** Error marks out of the cells into their own map, so the rest of the import sees ordinary text. */
function liftErrors(table: Table): ActionsTable {
  const cellErrors = new Map<number, Map<string, string>>();
  for (const r of table.rows)
    for (const [h, v] of Object.entries(r.cells))
      if (v.startsWith(ERROR_MARK)) {
        if (!cellErrors.has(r.row)) cellErrors.set(r.row, new Map());
        cellErrors.get(r.row)!.set(h, v.slice(1));
        r.cells[h] = '';
      }
  return { ...table, headers: table.headers.map((h) => h.replace(ERROR_MARK, '')), cellErrors };
}

async function readWorkbook(fileName: string, bytes: Uint8Array): Promise<ActionsTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw importInvalid(fileName, 'could not be read as an Excel workbook: it may be damaged or not really an .xlsx file. Open it in Excel, save it again as .xlsx and import that.');
  }
  const visible = wb.worksheets.filter((ws) => !ws.state || ws.state === 'visible');
  // Our own Actions sheet first, wherever the agency moved it; otherwise the first sheet with headings.
  const ordered = [...visible.filter((ws) => ws.name.trim().toLowerCase() === ACTIONS_SHEET.toLowerCase()), ...visible];
  for (const ws of ordered) {
    const table = gridToTable(ws.name, gridOf(ws));
    if (table) return liftErrors(table);
  }
  throw importInvalid(fileName, 'has no row of column headings: no visible worksheet has a row with two or more filled cells.');
}

/** A workbook (.xlsx) or CSV of actions as headings and rows; anything unreadable is import_invalid naming the file. */
export async function readActionsTable(fileName: string, bytes: Uint8Array): Promise<ActionsTable> {
  const zip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (zip && ['.xlsx', '.csv', ''].includes(extname(fileName).toLowerCase())) return readWorkbook(fileName, bytes);
  // CSV, and the refusals (old .xls, password-protected, other types) the register's reader already words well.
  return { ...(await readTable(fileName, bytes)), cellErrors: new Map() };
}
