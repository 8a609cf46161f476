import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { columnGroups, matrixTables, MAX_STANDARD_COLUMNS } from '../../electron/backend/reports/board-paper-matrix';
import { replaceZipEntry, readZipText } from '../../electron/backend/reports/docx-zip';
import { LargeTables, tableXml } from '../../electron/backend/reports/fast-table';
import { createReportDocument, dataTable, packDocument, scaleCell, title, type DataTableOptions } from '../../electron/backend/reports/kit';
import { parseSectionText, sectionParagraphs } from '../../electron/backend/reports/section-text';
import type { MatrixCell, PaperAgency } from '../../electron/backend/reports/narrative/data';
import { documentXml, openDocx, paragraphStyles, paragraphTexts, rows, tables } from '../helpers/docx';
import { SAMPLE_SETTINGS } from '../helpers/sample-agencies';
import { repoRoot } from '../helpers/shared-tools';
import { join } from 'node:path';

// The pieces of the board paper document: the section-text markup, the results matrix and its column
// groups, the fast table writer (which must write what the kit's dataTable writes) and the zip rewrite.

const fontsDir = join(repoRoot, 'resources', 'fonts');
const pack = (children: Parameters<typeof createReportDocument>[0]['children']) =>
  packDocument(createReportDocument({ title: 'Parts', author: 'Test', settings: SAMPLE_SETTINGS, fontsDir, embedFonts: false, children }));

describe('section text markup', () => {
  it('reads paragraphs, bullets, sub-bullets, sub-headings and line breaks', () => {
    const text = 'First line\nsecond line\n\n## A heading\n- one\n  - nested\n- two\ncontinued\n\n**Action:** do it\n\n\n';
    expect(parseSectionText(text)).toEqual([
      { kind: 'paragraph', text: 'First line\nsecond line' },
      { kind: 'heading', text: 'A heading' },
      { kind: 'bullet', level: 0, text: 'one' },
      { kind: 'bullet', level: 1, text: 'nested' },
      { kind: 'bullet', level: 0, text: 'two\ncontinued' },
      { kind: 'paragraph', text: '**Action:** do it' },
    ]);
  });

  it('writes bold runs, bullets on the bullet list and sub-headings a level below the section', async () => {
    const body = await documentXml(await openDocx(await pack([title('T'), ...sectionParagraphs('## Sub\n\n- **Action:** act now\n\nplain <text> & more', 1)])));
    expect(paragraphStyles(body)).toEqual(['Title', 'Heading2', 'ListParagraph']);
    expect(body).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Action:<\/w:t>/);
    expect(body).toContain('<w:numPr>');
    expect(paragraphTexts(body)).toContain('plain <text> & more');
    const level2 = await documentXml(await openDocx(await pack([title('T'), ...sectionParagraphs('## Sub', 2)])));
    expect(paragraphStyles(level2)).toEqual(['Title', 'Heading3']);
  });
});

describe('the results matrix', () => {
  it('splits a wide framework into even column groups', () => {
    expect(columnGroups(9)).toEqual([[0, 9]]);
    expect(columnGroups(MAX_STANDARD_COLUMNS)).toEqual([[0, 13]]);
    expect(columnGroups(20)).toEqual([
      [0, 10],
      [10, 20],
    ]);
    expect(columnGroups(27).map(([a, b]) => b - a)).toEqual([9, 9, 9]);
    expect(columnGroups(0)).toEqual([]);
  });

  it('repeats the agency column and the header row in every group, codes in every coloured cell', async () => {
    const standards = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, number: String(i + 1), title: `Standard ${i + 1}` }));
    const agencies: PaperAgency[] = ['Alder Trust', 'Birch Police'].map((name, i) => ({ cycleAgencyId: i + 1, agencyId: i + 1, name, sectorName: 'Health', status: 'accepted', returnedOn: null, returned: true, overOptimistic: 0, underscored: 0 }));
    const cell = (code: string | null, changed = false, na = false): MatrixCell => ({ code, changed, notApplicable: na });
    const matrix = [standards.map((_, i) => cell(i % 2 ? 'G' : 'R', i === 3)), standards.map((_, i) => (i === 0 ? cell(null, false, true) : cell(null)))];
    const levels = [
      { code: 'G', label: 'Met', colour: '#2E7D32' },
      { code: 'R', label: 'Not met', colour: '#C62828' },
    ];
    const body = await documentXml(await openDocx(await pack([title('T'), ...matrixTables({ standards, agencies, matrix, levels, naLabel: 'Not applicable', brandColour: '#1F4E79', totalWidth: 14570 })])));
    const [first, second] = tables(body);
    expect(tables(body)).toHaveLength(2);
    expect(paragraphTexts(rows(first!)[0]!)).toEqual(['Agency', 'Sector', ...standards.slice(0, 10).map((s) => s.number)]);
    expect(paragraphTexts(rows(second!)[0]!)).toEqual(['Agency', 'Sector', ...standards.slice(10).map((s) => s.number)]);
    for (const t of [first!, second!]) expect(rows(t)[0]).toContain('<w:tblHeader/>');
    expect(paragraphTexts(rows(first!)[1]!)).toEqual(['Alder Trust', 'Health', 'R', 'G', 'R', 'G*', 'R', 'G', 'R', 'G', 'R', 'G']);
    expect(paragraphTexts(rows(first!)[2]!).slice(2, 4)).toEqual(['N/A', '–']);
    expect(rows(first!)[1]).toContain('w:fill="C62828"');
    expect(paragraphTexts(body)).toContain('Table 1 of 2: standards 1 to 10, 2 agencies.');
  });
});

describe('the fast table writer', () => {
  const spec: DataTableOptions = {
    brandColour: '#1F4E79',
    totalWidth: 9000,
    columns: [{ header: 'Agency', width: 50 }, { header: 'Rating', width: 25, align: 'center' }, { header: 'Count', width: 25 }],
    rows: [
      ['Alder & <Birch> "Trust"', scaleCell({ label: 'Met', colour: '#2E7D32' }), 12],
      ['Line one\nline two', { text: 'Not recorded', italics: true }, null],
      ['Ctrl\u0001char', { text: 'x', bold: true, fill: '#FFC000' }, 0],
    ],
  };

  it('writes exactly what the kit writes for the same table', async () => {
    const body = await documentXml(await openDocx(await pack([dataTable(spec)])));
    const kit = tables(body)[0]!.replace('Ctrl\u0001char', 'Ctrlchar');
    expect(tableXml(spec)).toBe(kit);
  });

  it('puts big tables in after packing, in document order, and leaves small ones to the kit', async () => {
    const large = new LargeTables();
    const big = { ...spec, rows: Array.from({ length: 200 }, (_, i) => [`Agency ${i}`, 'Met', i]) };
    const children = [title('T'), large.table({ ...big, rows: big.rows.slice(0, 150) }), large.table(spec), large.table({ ...big, rows: big.rows.slice(0, 160) })];
    expect(large.count).toBe(2);
    const bytes = large.inject(await pack(children));
    const pkg = await openDocx(bytes);
    const body = await documentXml(pkg);
    expect(body).not.toContain('@@audit-desk-table');
    expect(tables(body).map((t) => rows(t).length)).toEqual([151, 4, 161]);
    expect(paragraphTexts(rows(tables(body)[0]!)[150]!)).toEqual(['Agency 149', 'Met', '149']);
    expect(Object.keys(pkg.files)).toContain('word/styles.xml');
  });
});

describe('rewriting one part of a zip', () => {
  it('replaces the part and keeps every other part as it was', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'alpha');
    zip.file('word/document.xml', '<old/>');
    zip.file('b.bin', Buffer.from([1, 2, 3]), { compression: 'STORE' });
    const before = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const after = replaceZipEntry(before, 'word/document.xml', Buffer.from('<new>é</new>', 'utf8'));
    const back = await JSZip.loadAsync(after);
    expect(await back.file('word/document.xml')!.async('string')).toBe('<new>é</new>');
    expect(await back.file('a.txt')!.async('string')).toBe('alpha');
    expect([...(await back.file('b.bin')!.async('uint8array'))]).toEqual([1, 2, 3]);
    expect(readZipText(after, 'a.txt')).toBe('alpha');
    expect(() => replaceZipEntry(before, 'missing.xml', Buffer.from(''))).toThrow(/missing.xml is not in the package/);
  });
});

describe('documents of several sections, in the partnership’s font', () => {
  const build = async (documentFont: 'Lato' | 'Arial' | undefined, docTitle = 'Board paper') => {
    const { createMultiSectionDocument } = await import('../../electron/backend/reports/report-document');
    const bytes = await packDocument(
      createMultiSectionDocument({
        title: docTitle,
        author: 'Test',
        settings: { ...SAMPLE_SETTINGS, documentFont },
        fontsDir,
        sections: [
          { orientation: 'portrait', children: [title(docTitle)] },
          { orientation: 'landscape', children: [title('Wide')] },
        ],
      }),
    );
    return openDocx(bytes);
  };

  it('embeds Lato by default and uses another font by name without embedding it', async () => {
    const lato = await build(undefined);
    expect(Object.keys(lato.files).some((n) => n.startsWith('word/fonts/'))).toBe(true);
    const arial = await build('Arial');
    expect(Object.keys(arial.files).some((n) => n.startsWith('word/fonts/'))).toBe(false);
    const styles = await arial.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:ascii="Arial"');
    expect(styles).not.toContain('Lato');
  });

  it('turns the second section landscape with its own header and footer, and cuts a long title in the footer', async () => {
    const long = 'S.11 Self-Assessment Audit 2026: feedback for Northmoor and Westvale Integrated Care Board Safeguarding Team';
    const pkg = await build(undefined, long);
    const body = await documentXml(pkg);
    expect(body.match(/<w:pgSz [^>]*\/>/g)).toEqual([
      expect.stringMatching(/w:w="11906" w:h="16838"/),
      expect.stringMatching(/w:w="16838" w:h="11906" w:orient="landscape"/),
    ]);
    const footers = await Promise.all(Object.keys(pkg.files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => pkg.file(n)!.async('string')));
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      const left = paragraphTexts(f)[0]!;
      expect(left.startsWith('Northmoor Safeguarding Children Partnership: S.11 Self-Assessment Audit 2026')).toBe(true);
      expect(left).toContain('…');
      expect(left.length).toBeLessThan(110);
    }
  });
});
