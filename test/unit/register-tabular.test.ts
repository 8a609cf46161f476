import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/backend/errors';
import { readTable } from '../../electron/backend/io/tabular';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const failure = async (fileName: string, data: Uint8Array): Promise<AppError> => {
  try {
    await readTable(fileName, data);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected import_invalid');
};

describe('readTable: CSV', () => {
  it('reads a UTF-8 BOM, semicolons, quoted newlines and keeps Excel row numbers past blank lines', async () => {
    const text = '\uFEFFName;Town;Notes\r\n"Café Crèche";Northmoor;"two\nlines"\r\n\r\n;;\r\nSt Mary\'s;"Leeds; West";x\r\n';
    const t = await readTable('list.csv', bytes(text));
    expect(t.sheetName).toBeNull();
    expect(t.headers).toEqual(['Name', 'Town', 'Notes']);
    expect(t.rows).toEqual([
      { row: 2, cells: { Name: 'Café Crèche', Town: 'Northmoor', Notes: 'two\nlines' } },
      { row: 5, cells: { Name: "St Mary's", Town: 'Leeds; West', Notes: 'x' } },
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    // "Café" and a pound sign as Excel's "CSV (Comma delimited)" writes them on a UK desktop.
    const data = new Uint8Array([...Buffer.from('Name,Fee\n'), ...Buffer.from('Caf'), 0xe9, ...Buffer.from(','), 0xa3, ...Buffer.from('5\n')]);
    const t = await readTable('fees.csv', data);
    expect(t.rows[0]!.cells).toEqual({ Name: 'Café', Fee: '£5' });
  });

  it('skips a title row and honours an Excel "sep=" line', async () => {
    const t = await readTable('x.csv', bytes('sep=;\nAgency register, November\nName;Postcode\nA, B and C;NM1 2AB\n'));
    expect(t.headers).toEqual(['Name', 'Postcode']);
    expect(t.rows).toEqual([{ row: 3, cells: { Name: 'A, B and C', Postcode: 'NM1 2AB' } }]);
  });

  it('names the file when there is no header row, an unclosed quote, or an unsupported type', async () => {
    expect((await failure('one-column.csv', bytes('Name\nA\nB\n'))).message).toMatch(/^one-column\.csv has no row of column headings/);
    expect((await failure('q.csv', bytes('Name,Town\n"Open,Leeds\nB,C\n'))).message).toMatch(/^q\.csv has a quote mark that is never closed/);
    const pdf = await failure('register.pdf', bytes('%PDF'));
    expect(pdf.code).toBe('import_invalid');
    expect(pdf.details).toEqual([{ file: 'register.pdf', message: expect.stringContaining('choose an Excel workbook (.xlsx) or a CSV file') }]);
    expect((await failure('old.xls', bytes('x'))).message).toMatch(/^old\.xls is in the old Excel 97-2003 format: open it in Excel and save it as \.xlsx/);
  });
});

describe('readTable: XLSX', () => {
  it('reads the first visible sheet with data, below a merged title row, with cell types as shown', async () => {
    const data = await xlsxBytes((wb) => {
      wb.addWorksheet('Instructions').state = 'hidden';
      wb.getWorksheet('Instructions')!.addRow(['Read me', 'first']);
      wb.addWorksheet('Empty');
      const ws = wb.addWorksheet('Register');
      ws.getCell('A1').value = 'Schools list - tidied by the business unit';
      ws.mergeCells('A1:F1');
      ws.getRow(3).values = ['Name ', 'URN', 'Opened', 'DSL email', 'Total', 'Sector'];
      ws.getRow(4).values = [
        { richText: [{ text: 'Northmoor ', font: { bold: true } }, { text: 'Primary' }] },
        123456,
        new Date(Date.UTC(2024, 10, 18)),
        { text: 'dsl@northmoor.example', hyperlink: 'mailto:dsl@northmoor.example' },
        { formula: 'B4*2', result: 246912 },
        'Education',
      ];
      ws.getRow(5).values = ['Eastfield Infants', 100001.0, null, { text: 'mailto:head@eastfield.example', hyperlink: 'mailto:head@eastfield.example' }, 0.1 + 0.2];
      ws.mergeCells('F4:F5');
      const padded = ws.getCell('B6');
      padded.value = 12345;
      padded.numFmt = '000000';
      ws.getCell('A6').value = 'Kirkby Vale Academy';
      ws.getRow(9).values = [' ', ''];
    });
    const t = await readTable('schools.xlsx', data);
    expect(t.sheetName).toBe('Register');
    expect(t.headers).toEqual(['Name', 'URN', 'Opened', 'DSL email', 'Total', 'Sector']);
    expect(t.rows).toEqual([
      { row: 4, cells: { Name: 'Northmoor Primary', URN: '123456', Opened: '2024-11-18', 'DSL email': 'dsl@northmoor.example', Total: '246912', Sector: 'Education' } },
      { row: 5, cells: { Name: 'Eastfield Infants', URN: '100001', Opened: '', 'DSL email': 'head@eastfield.example', Total: '0.3', Sector: 'Education' } },
      { row: 6, cells: { Name: 'Kirkby Vale Academy', URN: '012345', Opened: '', 'DSL email': '', Total: '', Sector: '' } },
    ]);
  });

  it('keeps duplicate headings apart', async () => {
    const data = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['Email', 'email', 'Name']);
      ws.addRow(['a@x.example', 'b@x.example', 'A']);
    });
    const t = await readTable('d.xlsx', data);
    expect(t.headers).toEqual(['Email', 'email (2)', 'Name']);
  });

  it('rejects a corrupt, a password-protected and a headerless workbook, naming the file', async () => {
    const corrupt = await failure('agencies.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]));
    expect(corrupt.code).toBe('import_invalid');
    expect(corrupt.message).toMatch(/^agencies\.xlsx could not be read as an Excel workbook/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await failure('locked.xlsx', ole)).message).toMatch(/^locked\.xlsx is password-protected/);
    const lonely = await xlsxBytes((wb) => wb.addWorksheet('S').addRow(['Just a title']));
    expect((await failure('title-only.xlsx', lonely)).message).toMatch(/^title-only\.xlsx has no row of column headings/);
  });
});
