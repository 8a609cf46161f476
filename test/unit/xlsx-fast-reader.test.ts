import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXlsxSheetsWithExceljs } from '../../electron/backend/io/xlsx-exceljs-sheets';
import { readXlsxSheets, type XlsxSheet } from '../../electron/backend/io/xlsx-fast-sheets';
import { issueTool } from '../../electron/backend/services/tools';
import { completeFills, fillWorkbook, libreOfficeResave, requireAll, returnFixture, sofficeAvailable, type ReturnFixture } from '../helpers/return-fixture';

// The fast sheet reader must see exactly what exceljs sees, or hand over to exceljs.
// Trailing empty cells carry no meaning (a missing cell reads as ''), so they are trimmed before comparing.
const trim = (cells: string[]) => {
  const out = [...cells];
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
};
const asRows = (sheets: XlsxSheet[]) => sheets.map((s) => ({ name: s.name, rows: s.rowNumbers().map((n) => [n, trim(s.row(n))]) }));

let f: ReturnFixture;
let filled: Buffer;
beforeAll(async () => {
  f = await returnFixture({ count: 1 });
  const issued = await issueTool(f.b.ctx.db, f.b.ctx, f.scope[0]!.cycleAgencyId, ['xlsx']);
  filled = await fillWorkbook(Buffer.from(issued.files[0]!.contentBase64, 'base64'), completeFills(f.fw, f.scale));
});
afterAll(() => f.close());

describe('fast xlsx reader', () => {
  it('reads an issued and filled tool exactly as exceljs does', async () => {
    const fast = readXlsxSheets(filled);
    expect(fast).not.toBeNull();
    expect(asRows(fast!)).toEqual(asRows(await readXlsxSheetsWithExceljs(filled)));
    expect(fast!.map((s) => s.name)).toContain('Self-assessment');
  });

  it.skipIf(!sofficeAvailable(['xlsx']) && !requireAll())('reads a LibreOffice re-saved tool exactly as exceljs does', async () => {
    const resaved = libreOfficeResave(filled, 'tool.xlsx', 'xlsx');
    const fast = readXlsxSheets(resaved);
    if (fast) expect(asRows(fast)).toEqual(asRows(await readXlsxSheetsWithExceljs(resaved)));
    else expect(fast).toBeNull();
  });

  it('hands over to exceljs (returns null) for a workbook with a hyperlink it does not read', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Self-assessment').getCell('A1').value = { text: 'link', hyperlink: 'https://example.org' };
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(readXlsxSheets(bytes)).toBeNull();
  });
});
