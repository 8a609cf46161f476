import ExcelJS from 'exceljs';
import { valueText } from './tabular-xlsx';
import { clean } from './tool-read-common';
import type { XlsxSheet } from './xlsx-fast-sheets';

// The slow, complete path: worksheets through exceljs's full workbook model, for the files the fast reader
// declines (hyperlinks, unusual packaging). Both give the same XlsxSheet view, so the tool reader is one.

function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) return cell.master.col === cell.col ? clean(valueText(cell.master.value, cell.master.numFmt)) : '';
  // Excel's escape for text that looked like "_x0041_" (see the writer) comes back as written.
  return clean(valueText(cell.value, cell.numFmt).replace(/_x005F_(x[0-9A-Fa-f]{4}_)/g, '_$1'));
}

function rowTexts(ws: ExcelJS.Worksheet, n: number): string[] {
  const out: string[] = [];
  ws.findRow(n)?.eachCell({ includeEmpty: true }, (cell, col) => (out[col - 1] = cellText(cell)));
  for (let i = 0; i < out.length; i++) out[i] ??= '';
  return out;
}

/** Throws when exceljs cannot load the file. */
export async function readXlsxSheetsWithExceljs(bytes: Uint8Array): Promise<XlsxSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    row: (n) => rowTexts(ws, n),
    rowNumbers: () => {
      const out: number[] = [];
      ws.eachRow((_row, n) => out.push(n));
      return out;
    },
  }));
}
