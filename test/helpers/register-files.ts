import ExcelJS from 'exceljs';
import type { AgencyFields } from '../../shared/domain/agency';
import type { UploadedFile } from '../../shared/domain/imports';

/** A CSV upload from text (UTF-8 unless bytes are given). */
export const csvFile = (fileName: string, text: string | Uint8Array): UploadedFile => ({
  fileName,
  contentBase64: Buffer.from(typeof text === 'string' ? Buffer.from(text, 'utf8') : text).toString('base64'),
});

/** An .xlsx upload built with exceljs: rows as given (row 1 first); `edit` may style, merge or hide. */
export async function xlsxFile(
  fileName: string,
  rows: unknown[][],
  edit?: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<UploadedFile> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((v, j) => {
      if (v !== undefined && v !== null) row.getCell(j + 1).value = v as ExcelJS.CellValue;
    });
  });
  edit?.(ws, wb);
  const buffer = await wb.xlsx.writeBuffer();
  return { fileName, contentBase64: Buffer.from(buffer as ArrayBuffer).toString('base64') };
}

/** Reads back every worksheet of a generated .xlsx as arrays of cell values (for asserting exports). */
export async function readXlsx(contentBase64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(contentBase64, 'base64') as unknown as ExcelJS.Buffer);
  return wb;
}

/** A complete agency record with nothing optional filled, to spread overrides onto. */
export const agencyFields = (sectorId: number, over: Partial<AgencyFields> = {}): AgencyFields => ({
  name: 'Northmoor Primary School',
  sectorId,
  duties: [],
  schoolUrn: null,
  ofstedUrn: null,
  odsCode: null,
  charityNumber: null,
  addressLine1: null,
  addressLine2: null,
  town: null,
  postcode: null,
  notes: null,
  ...over,
});
