import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { frameworkDocSchema } from '../../shared/domain/framework';
import { frameworkXlsxFile, parseFrameworkXlsx } from '../../electron/backend/io/framework-xlsx';
import { edited, fileBytes, gridDoc, rejection } from '../helpers/framework-docs';

// What a person sees when a framework workbook cannot be imported: the file, sheet, row and column of each problem.

const FILE = 'Book1.xlsx';
const importing = (bytes: Buffer, name = FILE) => rejection(parseFrameworkXlsx(name, bytes));

describe('framework workbook import errors', () => {
  it('names the row and column of a blank item text (row 14 is standard 3, item 3)', async () => {
    const file = await frameworkXlsxFile(gridDoc(3, 5));
    const err = await importing(
      await edited(file, (wb) => {
        const items = wb.getWorksheet('Items')!;
        expect(items.getCell('D14').value).toBe('3.3');
        items.getCell('E14').value = '   ';
      }),
    );
    expect(err.code).toBe('import_invalid');
    expect(err.message).toBe('Book1.xlsx is not a valid framework workbook (1 problem); nothing was imported.');
    expect(err.details).toEqual([{ file: FILE, row: 14, field: 'Items!Item text', message: 'an item needs its text' }]);
  });

  it('names the row and column of a bad colour', async () => {
    const file = await frameworkXlsxFile(gridDoc(1, 1));
    const err = await importing(await edited(file, (wb) => (wb.getWorksheet('Scale')!.getCell('C13').value = '#12345')));
    expect(err.details).toEqual([{ file: FILE, row: 13, field: 'Scale!Colour', message: 'a colour is #RRGGBB' }]);
  });

  it('reports 9.1 twice when 9.10 was typed as a number, instead of merging the items', async () => {
    const doc = frameworkDocSchema.parse({
      ...gridDoc(1, 1),
      standards: [{ number: '9', title: 'Safe recruitment', items: Array.from({ length: 10 }, (_, i) => ({ number: `9.${i + 1}`, text: `Item ${i + 1}` })) }],
    });
    const file = await frameworkXlsxFile(doc);
    const err = await importing(
      await edited(file, (wb) => {
        const items = wb.getWorksheet('Items')!;
        for (let r = 2; r <= 11; r++) items.getCell(r, 4).value = Number(items.getCell(r, 4).value);
      }),
    );
    expect(err.details).toHaveLength(1);
    expect(err.details[0]).toMatchObject({ file: FILE, row: 11, field: 'Items!Item number' });
    expect(err.details[0]!.message).toMatch(/^item number 9\.1 is used twice \(rows 2 and 11\); .*9\.10 typed as a number becomes 9\.1.*as Text/);
  });

  it('maps schema problems back to their sheet rows, in sheet order', async () => {
    const file = await frameworkXlsxFile(gridDoc(2, 2));
    const err = await importing(
      await edited(file, (wb) => {
        wb.getWorksheet('Items')!.addRow(['3', 'Third standard']);
        wb.getWorksheet('Scale')!.getCell('A13').value = 'o';
        wb.getWorksheet('Framework')!.getCell('B2').value = 'Compact Audit';
      }),
    );
    expect(err.message).toBe('Book1.xlsx is not a valid framework workbook (3 problems); nothing was imported.');
    expect(err.details).toEqual([
      { file: FILE, row: 2, field: 'Framework!Family key', message: 'lower-case letters, digits and hyphens' },
      { file: FILE, row: 13, field: 'Scale!Code', message: 'level code "o" is used twice' },
      { file: FILE, row: 6, field: 'Items!Item number', message: 'standard 3 has no items to rate' },
    ]);
  });

  it('continues a standard that reappears later only when its title matches', async () => {
    const file = await frameworkXlsxFile(gridDoc(2, 2));
    const withRow = (row: unknown[]) => edited(file, (wb) => wb.getWorksheet('Items')!.addRow(row));

    const doc = await parseFrameworkXlsx(FILE, await withRow(['1', 'Standard 1', null, '1.9', 'Added later']));
    expect(doc.standards.map((s) => s.items.map((i) => i.number))).toEqual([['1.1', '1.2', '1.9'], ['2.1', '2.2']]);

    const other = await importing(await withRow(['1', 'Another title', null, '1.9', 'Added later']));
    expect(other.details).toEqual([
      { file: FILE, row: 6, field: 'Items!Standard number', message: 'standard 1 is already used above (row 2) with a different title' },
    ]);
    const untitled = await importing(await withRow([1, null, null, '1.9', 'Added later']));
    expect(untitled.details[0]).toMatchObject({ row: 6, field: 'Items!Standard number', message: expect.stringMatching(/repeat its title/) });
  });

  it('reports a changed title on a continuation row, bad Yes/No, a date, and an orphan sector prompt', async () => {
    const file = await frameworkXlsxFile(frameworkDocSchema.parse({ ...gridDoc(1, 2), wordingSectors: ['education'] }));
    const err = await importing(
      await edited(file, (wb) => {
        const items = wb.getWorksheet('Items')!;
        items.getCell('B3').value = 'Standard one';
        items.getCell('D2').value = new Date(Date.UTC(2025, 8, 3));
        items.getCell('D2').numFmt = 'dd/mm/yyyy';
        items.getCell('I3').value = 'A prompt without a wording';
        wb.getWorksheet('Scale')!.getCell('B4').value = 'Maybe';
      }),
    );
    expect(err.details).toEqual([
      { file: FILE, row: 4, field: 'Scale!Higher is better', message: '"Maybe" is not Yes or No' },
      { file: FILE, row: 2, field: 'Items!Item number', message: expect.stringMatching(/turned this into a date/) },
      { file: FILE, row: 3, field: 'Items!Standard title', message: 'standard 1 has a different title at row 2' },
      { file: FILE, row: 3, field: 'Items!Wording (education)', message: 'a sector wording needs its text when it has an evidence prompt' },
    ]);
  });

  it('stops at unusable headings: a missing column, a repeated one, a sector not listed', async () => {
    const file = await frameworkXlsxFile(gridDoc(1, 1));
    const err = await importing(
      await edited(file, (wb) => {
        const items = wb.getWorksheet('Items')!;
        items.getCell('E1').value = null;
        items.getCell('H1').value = 'item number';
        items.getCell('I1').value = 'Wording (health)';
      }),
    );
    expect(err.details).toEqual([
      { file: FILE, row: 1, field: 'Items!item number', message: 'two columns are headed "item number"' },
      { file: FILE, row: 1, field: 'Items!Wording (health)', message: 'this column is for sector health, which Wording sectors on the Framework sheet does not list' },
      { file: FILE, row: 1, field: 'Items!Item text', message: 'the Items sheet has no "Item text" column' },
    ]);
  });

  it('says which sheet is missing', async () => {
    const file = await frameworkXlsxFile(gridDoc(1, 1));
    const err = await importing(await edited(file, (wb) => wb.removeWorksheet(wb.getWorksheet('Items')!.id)));
    expect(err.code).toBe('import_invalid');
    expect(err.message).toBe('Book1.xlsx has no sheet called Items');
    expect(err.details).toEqual([{ file: FILE, field: 'Items', message: 'no sheet called Items' }]);
  });

  it('names the file when it is not a workbook at all', async () => {
    const good = fileBytes(await frameworkXlsxFile(gridDoc(1, 1)));
    const zip = new JSZip();
    zip.file('readme.txt', 'not a workbook');
    const cases: Array<[string, Buffer, RegExp]> = [
      ['notes.xlsx', Buffer.from('Standard,Item\n1,1.1\n'), /^notes\.xlsx is not an Excel workbook \(\.xlsx\) or is damaged$/],
      ['cut.xlsx', good.subarray(0, Math.floor(good.length / 2)), /^cut\.xlsx is not an Excel workbook/],
      ['other.xlsx', await zip.generateAsync({ type: 'nodebuffer' }), /^other\.xlsx is not an Excel workbook/],
      ['old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), /^old\.xls is an older Excel \(\.xls\) file/],
    ];
    for (const [name, bytes, message] of cases) {
      const err = await importing(bytes, name);
      expect(err.code).toBe('import_invalid');
      expect(err.message).toMatch(message);
      expect(err.details[0]?.file).toBe(name);
    }
  });
});
