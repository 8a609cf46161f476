import { extname } from 'node:path';
import { readCsvGrid } from './tabular-csv';
import { gridToTable, importInvalid, type Table } from './tabular-grid';
import { readXlsxGrids } from './tabular-xlsx';

export type { GridRow, Table, TableRow } from './tabular-grid';
export { importInvalid } from './tabular-grid';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Reads a .csv or .xlsx the user gave us into headings and rows; anything unreadable is import_invalid. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<Table> {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.xls' || (ext === '.xlsx' && startsWith(bytes, OLE_MAGIC)))
    throw importInvalid(
      fileName,
      ext === '.xls'
        ? 'is in the old Excel 97-2003 format: open it in Excel and save it as .xlsx (File > Save As > Excel Workbook), then import that.'
        : 'is password-protected (or an old .xls file renamed). Remove the password in Excel (File > Info > Protect Workbook), save it as .xlsx and import it again.',
    );
  if (ext !== '.csv' && ext !== '.xlsx')
    throw importInvalid(fileName, `is a ${ext || 'file with no extension'}; choose an Excel workbook (.xlsx) or a CSV file (.csv).`);
  if (bytes.length === 0) throw importInvalid(fileName, 'is empty.');
  // A workbook saved under a .csv name still opens in Excel, so read it as what it is.
  if (ext === '.xlsx' || startsWith(bytes, ZIP_MAGIC)) {
    const sheets = await readXlsxGrids(fileName, bytes);
    for (const s of sheets) {
      const table = gridToTable(s.name, s.grid);
      if (table) return table;
    }
    throw importInvalid(fileName, 'has no row of column headings: no visible worksheet has a row with two or more filled cells.');
  }
  const table = gridToTable(null, readCsvGrid(fileName, bytes));
  if (!table) throw importInvalid(fileName, 'has no row of column headings: no row has two or more filled cells.');
  return table;
}
