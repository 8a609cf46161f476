import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameworkDocSchema } from '../../shared/domain/framework';
import { parseFrameworkJson } from '../../electron/backend/io/framework-json';
import { frameworkXlsxFile, parseFrameworkXlsx } from '../../electron/backend/io/framework-xlsx';
import { withoutIds } from '../../electron/backend/services/frameworks';
import { frameworkDocArb } from '../helpers/framework-arbitrary';
import { bookBytes, fileBytes, loadBook, numericDoc, wordedDoc } from '../helpers/framework-docs';
import { repoRoot } from '../helpers/shared-tools';

const roundTrip = async (doc: Parameters<typeof frameworkXlsxFile>[0]) => {
  const file = await frameworkXlsxFile(doc);
  return parseFrameworkXlsx(file.fileName, fileBytes(file));
};

describe('framework workbook export', () => {
  it('round-trips a framework with sector wordings, awkward text and text item numbers', async () => {
    const doc = wordedDoc();
    expect(await roundTrip(doc)).toStrictEqual(withoutIds(doc));
  });

  it('round-trips a numeric scale with bands and a blank N/A label', async () => {
    const doc = numericDoc();
    expect(await roundTrip(doc)).toStrictEqual(withoutIds(doc));
  });

  const builtIn = join(repoRoot, 'resources', 'frameworks');
  const builtInFiles = existsSync(builtIn) ? readdirSync(builtIn).filter((f) => f.endsWith('.json')) : [];
  it.skipIf(builtInFiles.length === 0).each(builtInFiles)('round-trips the built-in framework %s', async (name) => {
    const doc = parseFrameworkJson(name, readFileSync(join(builtIn, name)));
    expect(await roundTrip(doc)).toStrictEqual(withoutIds(doc));
  });

  it('lays the workbook out as documented: bold frozen headings, widths, wrapping, filled colours', async () => {
    const file = await frameworkXlsxFile(wordedDoc());
    expect(file.fileName).toBe('safeguarding-and-early-help-compact-audit-2025-26-draft.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await loadBook(fileBytes(file));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Framework', 'Scale', 'Items']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    }
    const fw = wb.getWorksheet('Framework')!;
    expect(fw.getColumn(1).values.slice(1)).toEqual(['Field', 'Family key', 'Name', 'Version label', 'Description', 'Duties', 'Rating target', 'Standard roll-up', 'Wording sectors']);
    expect(fw.getCell('B6').value).toBe('s11, s175, childcare');
    expect(fw.getCell('B9').value).toBe('education, early_years');
    expect(fw.getColumn(2).width).toBeGreaterThanOrEqual(60);

    const scale = wb.getWorksheet('Scale')!;
    expect(scale.getColumn(1).values.slice(1, 10)).toEqual(['Field', 'Name', 'Kind', 'Higher is better', 'Allows N/A', 'N/A label', 'Min', 'Max', 'Step']);
    expect([scale.getCell('B4').value, scale.getCell('B5').value]).toEqual(['Yes', 'Yes']);
    expect(scale.getRow(10).cellCount).toBe(0);
    expect(scale.getRow(11).values).toEqual([undefined, 'Code', 'Label', 'Colour', 'Score', 'Description', 'Band min', 'Band max']);
    expect(scale.getRow(11).getCell(1).font?.bold).toBe(true);
    const colour = scale.getCell('C12');
    expect(colour.value).toBe('#00703C');
    expect(colour.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00703C' } });
    expect(scale.getCell('C13').fill).toMatchObject({ fgColor: { argb: 'FF85B84F' } });

    const items = wb.getWorksheet('Items')!;
    expect(items.getRow(1).values).toEqual([
      undefined, 'Standard number', 'Standard title', 'Standard guidance', 'Item number', 'Item text', 'Evidence prompt', 'Item guidance',
      'Wording (education)', 'Evidence prompt (education)', 'Wording (early_years)', 'Evidence prompt (early_years)',
    ]);
    // Standard title repeats on every row of the standard; text stays text.
    expect(items.getColumn(2).values.slice(2)).toEqual(['Senior management commitment', 'Senior management commitment', 'Safe recruitment', 'Safe recruitment', 'Information sharing']);
    expect(items.getCell('D3').value).toBe('1.10');
    expect(items.getColumn(4).numFmt).toBe('@');
    expect(items.getCell('E2').alignment).toMatchObject({ wrapText: true });
    expect(items.getColumn(5).width).toBeGreaterThanOrEqual(40);
  });

  it('writes a standard without items as one row with empty item cells', async () => {
    const doc = frameworkDocSchema.parse({ ...wordedDoc(), ratingTarget: 'standards', standards: [{ number: '1', title: 'Only a standard', guidance: 'Some guidance' }] });
    const file = await frameworkXlsxFile(doc);
    const items = (await loadBook(fileBytes(file))).getWorksheet('Items')!;
    expect(items.rowCount).toBe(2);
    expect(items.getRow(2).values).toEqual([undefined, '1', 'Only a standard', 'Some guidance']);
    expect(await parseFrameworkXlsx(file.fileName, fileBytes(file))).toStrictEqual(doc);
  });
});

describe('framework workbook import of a tidied workbook', () => {
  /** Built by hand as a person might: re-ordered columns, numbers, blank rows, odd spellings, merged and rich text cells. */
  async function tidiedBook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const fw = wb.addWorksheet('framework ');
    fw.addRows([
      ['FIELD', 'value'],
      ['family key ', 'tidied-tool  '],
      [],
      ['NAME', ' Tidied tool'],
      ['Version Label', { formula: '2025+1', result: 2026 }],
      ['Notes', 'ignored: not a field'],
      ['Duties', 's11; S175/157 '],
      ['rating target', 'Standards'],
      ['Standard rollup', 'Lowest '],
      ['Wording sectors', ' Education,early_years , '],
    ]);
    const scale = wb.addWorksheet('SCALE');
    scale.addRows([
      ['Name', 'RAG  '],
      ['kind', 'Levels'],
      ['Higher is better', true],
      ['Allows n/a', 'y'],
      ['N/A label', ''],
      [],
      [],
      ['label', 'CODE', 'Score', 'colour', 'Notes'],
      ['Met ', 'M', '3 ', '00703c'],
      [],
      ['Not met', 'NM', 1, null],
    ]);
    scale.getCell('D11').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC62828' } };
    const items = wb.addWorksheet('Items');
    items.addRows([
      ['wording (early_years)', 'Item text', 'item Number', 'Standard Number', 'standard title', 'Wording (EDUCATION)', 'Evidence Prompt (education)', 'Evidence prompt', 'Notes'],
      [],
      ['Suitability checks', 'Checks are recorded. ', 9.3, 9, 'Safe recruitment ', 'DBS checks for all staff', null, ' Single central record'],
      [null, 'Interview panels are trained.', 9.4, 9, null, null, null, null, 'a note'],
      [null, null, null, null, null],
      [null, 'Staff are trained.', '10.1', '10', { richText: [{ text: 'Train' }, { text: 'ing', font: { bold: true } }] }],
      [null, 'References are taken up.', '9.10', 9, 'Safe recruitment', null, null, null],
      [null, null, null, 11, 'Leadership'],
    ]);
    items.mergeCells('E3:E4');
    return bookBytes(wb);
  }

  it('reads it into the framework it describes', async () => {
    const doc = await parseFrameworkXlsx('Tidied.xlsx', await tidiedBook());
    expect(doc).toStrictEqual(
      frameworkDocSchema.parse({
        familyKey: 'tidied-tool',
        name: 'Tidied tool',
        versionLabel: '2026',
        duties: ['s11', 's175'],
        ratingTarget: 'standards',
        standardRollup: 'lowest',
        wordingSectors: ['Education', 'early_years'],
        scale: {
          name: 'RAG',
          kind: 'levels',
          higherIsBetter: true,
          allowsNa: true,
          naLabel: 'Not applicable',
          levels: [
            { code: 'M', label: 'Met', colour: '#00703c', score: 3 },
            { code: 'NM', label: 'Not met', colour: '#C62828', score: 1 },
          ],
        },
        standards: [
          {
            number: '9',
            title: 'Safe recruitment',
            items: [
              {
                number: '9.3',
                text: 'Checks are recorded.',
                evidencePrompt: 'Single central record',
                wordings: [
                  { sectorCode: 'Education', text: 'DBS checks for all staff' },
                  { sectorCode: 'early_years', text: 'Suitability checks' },
                ],
              },
              { number: '9.4', text: 'Interview panels are trained.' },
              { number: '9.10', text: 'References are taken up.' },
            ],
          },
          { number: '10', title: 'Training', items: [{ number: '10.1', text: 'Staff are trained.' }] },
          { number: '11', title: 'Leadership', items: [] },
        ],
      }),
    );
  });
});

describe('framework workbook property', () => {
  it('any valid framework survives export and import unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(frameworkDocArb, async (input) => {
        const doc = frameworkDocSchema.parse(input);
        expect(await roundTrip(doc)).toStrictEqual(withoutIds(doc));
      }),
      { numRuns: 100 },
    );
  });
});
