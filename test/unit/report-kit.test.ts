import { join } from 'node:path';
import { Paragraph, Table, type FileChild } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_WIDTH,
  boardPaperHeaderTable,
  bulletList,
  columnWidths,
  contrastRatio,
  createReportDocument,
  dataTable,
  formatLongDate,
  formatShortDate,
  heading,
  imageParagraph,
  imageSize,
  keyValueTable,
  numberedSection,
  packDocument,
  paragraphs,
  ragCell,
  readableOnWhite,
  scaleCell,
  scaleKeyTable,
  textColourOn,
  title,
  toDocxHex,
  type DocumentSettings,
} from '../../electron/backend/reports/kit';
import { readFontMetrics } from '../../electron/backend/reports/kit/font-metrics';
import { loadFontFaces } from '../../electron/backend/reports/kit/fonts';
import {
  coreProperty,
  coreXml,
  count,
  documentXml,
  footerXmls,
  headerXmls,
  numberingXml,
  openDocx,
  paragraphStyles,
  paragraphTexts,
  readPart,
  rows,
  stylesXml,
  tables,
} from '../helpers/docx';
import { repoRoot } from '../helpers/shared-tools';

const fontsDir = join(repoRoot, 'resources', 'fonts');
const settings: DocumentSettings = {
  partnershipName: 'Northmoor Safeguarding Children Partnership',
  protectiveMarking: 'OFFICIAL',
  brandColour: '#1F4E79',
  logoBase64: null,
  logoMimeType: null,
};

/** A 2x1 PNG (red, blue) made by hand, so image tests need no files. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAGAQH/2ZkN3gAAAABJRU5ErkJggg==',
  'base64',
);

async function build(children: FileChild[], extra: Partial<Parameters<typeof createReportDocument>[0]> = {}) {
  const buffer = await packDocument(
    createReportDocument({ title: 'Kit test', author: 'Test Author', settings, fontsDir, embedFonts: false, children, ...extra }),
  );
  const pkg = await openDocx(buffer);
  return { buffer, pkg, body: await documentXml(pkg) };
}

describe('colours', () => {
  it('normalises hex colours for OOXML and rejects names', () => {
    expect(toDocxHex('#1f4e79')).toBe('1F4E79');
    expect(toDocxHex('abc')).toBe('AABBCC');
    expect(() => toDocxHex('red')).toThrow(/not a hex colour/);
  });

  it('picks black or white text by luminance', () => {
    expect(textColourOn('#FFC000')).toBe('000000'); // amber
    expect(textColourOn('#00B050')).toBe('000000'); // green
    expect(textColourOn('#C00000')).toBe('FFFFFF'); // red
    expect(textColourOn('#1F4E79')).toBe('FFFFFF');
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
  });

  it('keeps headings readable when the brand colour is pale', () => {
    expect(readableOnWhite('#1F4E79')).toBe('1F4E79');
    expect(readableOnWhite('#FFFF99')).toBe('1F2937');
  });
});

describe('dates', () => {
  it('writes dates as board papers do', () => {
    expect(formatLongDate(new Date(2024, 10, 18))).toBe('18 November 2024');
    expect(formatLongDate('2025-03-01')).toBe('1 March 2025');
    expect(formatShortDate(new Date(2024, 10, 8))).toBe('08/11/2024');
    expect(() => formatLongDate('not a date')).toThrow(/not a date/);
  });
});

describe('document properties, styles and fonts', () => {
  it('sets title, author, subject and description in core.xml', async () => {
    const { pkg } = await build([title('Kit test')], { subject: 'The subject', description: 'What it is & why' });
    const core = await coreXml(pkg);
    expect(coreProperty(core, 'dc:title')).toBe('Kit test');
    expect(coreProperty(core, 'dc:creator')).toBe('Test Author');
    expect(coreProperty(core, 'dc:subject')).toBe('The subject');
    expect(coreProperty(core, 'dc:description')).toBe('What it is & why');
  });

  it('refuses a document without a title', () => {
    expect(() => createReportDocument({ title: '  ', author: 'A', settings, fontsDir, children: [] })).toThrow(/title/);
  });

  it('defines real heading styles in the brand colour, Lato as the font and en-GB as the language', async () => {
    const { pkg } = await build([title('T')], { settings: { ...settings, brandColour: '#7A1F5C' } });
    const styles = await stylesXml(pkg);
    for (const [id, name] of [['Title', 'Title'], ['Heading1', 'Heading 1'], ['Heading2', 'Heading 2'], ['Heading3', 'Heading 3']]) {
      expect(styles).toMatch(new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>`, 'i'));
    }
    const h1 = /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(h1).toContain('w:color w:val="7A1F5C"');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Lato"[^>]*w:hAnsi="Lato"/);
    expect(styles).toContain('<w:lang w:val="en-GB"');
    expect(styles).toContain('w:styleId="AuditDeskTable"');
  });

  it('embeds the Lato faces unless told not to', async () => {
    const embedded = await build([title('T')], { embedFonts: true });
    expect(Object.keys(embedded.pkg.files).filter((n) => n.startsWith('word/fonts/'))).toHaveLength(3);
    const fontTable = await readPart(embedded.pkg, 'word/fontTable.xml');
    expect(fontTable).toMatch(/<w:font w:name="Lato">[\s\S]*<w:embedRegular[\s\S]*<w:embedBold[\s\S]*<w:embedItalic/);
    const plain = await build([title('T')], { embedFonts: false });
    expect(Object.keys(plain.pkg.files).some((n) => n.startsWith('word/fonts/'))).toBe(false);
  });
});

describe('header and footer', () => {
  it('puts the marking, the partnership and "Page X of Y" fields on every page', async () => {
    const { pkg, body } = await build([title('T')]);
    const [header] = await headerXmls(pkg);
    const [footer] = await footerXmls(pkg);
    expect(paragraphTexts(header!)).toEqual(['OFFICIAL', 'Northmoor Safeguarding Children Partnership']);
    expect(paragraphTexts(footer!)).toEqual(['Northmoor Safeguarding Children Partnership: Kit testPage  of ', 'OFFICIAL']);
    expect(footer).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText xml:space="preserve">NUMPAGES<\/w:instrText>/);
    // the one section uses them as its default header and footer
    expect(body).toMatch(/<w:headerReference w:type="default"/);
    expect(body).toMatch(/<w:footerReference w:type="default"/);
  });

  it('adds the logo with alt text when settings carry one', async () => {
    const { pkg } = await build([title('T')], {
      settings: { ...settings, logoBase64: TINY_PNG.toString('base64'), logoMimeType: 'image/png' },
    });
    const [header] = await headerXmls(pkg);
    expect(header).toMatch(/<wp:docPr [^>]*descr="Logo of Northmoor Safeguarding Children Partnership"/);
    expect(Object.keys(pkg.files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true);
  });

  it('leaves out the marking line when there is no marking', async () => {
    const { pkg } = await build([title('T')], { settings: { ...settings, protectiveMarking: '' } });
    const [header] = await headerXmls(pkg);
    expect(paragraphTexts(header!)).toEqual(['Northmoor Safeguarding Children Partnership']);
  });
});

describe('text builders', () => {
  it('splits text on blank lines, keeps single line breaks and drops empty blocks', async () => {
    const made = paragraphs('First para.\n\n\n  Second para\nsame para.  \n\n   \n');
    expect(made).toHaveLength(2);
    const { body } = await build([...made]);
    expect(paragraphTexts(body)).toEqual(['First para.', 'Second parasame para.']);
    expect(count(body, /<w:br\/>/)).toBe(1);
  });

  it('writes headings with Word heading styles', async () => {
    const { body } = await build([title('Report'), heading('One', 1), heading('Two', 2), heading('Three', 3)]);
    expect(paragraphStyles(body)).toEqual(['Title', 'Heading1', 'Heading2', 'Heading3']);
  });

  it('numbers board paper sections 1., 1.1, a) with real list numbering', async () => {
    const { body, pkg } = await build([
      ...numberedSection({ title: 'Purpose', body: 'Para one.\n\nPara two.' }),
      ...numberedSection({ title: 'Recommendations', body: 'It is recommended that:', points: ['the board notes it', 'agencies act'] }),
    ]);
    const levels = [...body.matchAll(/<w:ilvl w:val="(\d)"\/>/g)].map((m) => Number(m[1]));
    expect(levels).toEqual([0, 1, 1, 0, 1, 2, 2]);
    expect(paragraphStyles(body).filter((s) => s === 'Heading1')).toHaveLength(2);
    const numbering = await numberingXml(pkg);
    expect(numbering).toContain('<w:lvlText w:val="%1."/>');
    expect(numbering).toContain('<w:lvlText w:val="%1.%2"/>');
    expect(numbering).toContain('<w:lvlText w:val="%3)"/>');
  });

  it('makes a bulleted list, nested items one level down', async () => {
    const { body, pkg } = await build(bulletList(['one', ['one point one'], 'two']));
    expect(paragraphTexts(body)).toEqual(['one', 'one point one', 'two']);
    expect([...body.matchAll(/<w:ilvl w:val="(\d)"\/>/g)].map((m) => m[1])).toEqual(['0', '1', '0']);
    expect(await numberingXml(pkg)).toContain('w:val="bullet"');
  });
});

describe('tables', () => {
  it('splits the page width across columns exactly, by weight', () => {
    const widths = columnWidths([{ width: 1 }, { width: 2 }, {}], 1000);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(widths[1]).toBeGreaterThan(widths[0]!);
    expect(columnWidths([{}, {}, {}]).reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
  });

  it('gives a data table a repeating header row and rows that do not split', async () => {
    const t = dataTable({
      columns: [{ header: 'Agency', width: 60 }, { header: 'Returns', align: 'right' }],
      rows: [
        ['Northmoor Police', 3],
        ['Health & Care <Trust>', 1234],
      ],
    });
    expect(t).toBeInstanceOf(Table);
    const { body } = await build([t]);
    const [tbl] = tables(body);
    const [head, ...rest] = rows(tbl!);
    expect(head).toContain('<w:tblHeader/>');
    expect(head).toContain('w:fill="1F4E79"');
    expect(head).toContain('<w:color w:val="FFFFFF"/>'); // white on the dark brand fill
    expect(rest).toHaveLength(2);
    for (const r of rest) {
      expect(r).toContain('<w:cantSplit/>');
      expect(r).not.toContain('<w:tblHeader/>');
    }
    expect(paragraphTexts(tbl!)).toEqual(['Agency', 'Returns', 'Northmoor Police', '3', 'Health & Care <Trust>', '1,234']);
    expect(rest[0]).toMatch(/<w:jc w:val="right"\/>/); // numbers right-aligned
    const grid = [...tbl!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
  });

  it('says so in one row when a data table has no rows', async () => {
    const { body } = await build([dataTable({ columns: [{ header: 'A' }, { header: 'B' }], rows: [], emptyText: 'No returns yet.' })]);
    const [, only] = rows(tables(body)[0]!);
    expect(only).toContain('<w:gridSpan w:val="2"/>');
    expect(paragraphTexts(only!)).toEqual(['No returns yet.']);
  });

  it('gives a key/value table an "Item | Detail" header row', async () => {
    const { body } = await build([keyValueTable([['Meeting', 'Executive'], ['Author', 'A. Person']])]);
    const [head, ...rest] = rows(tables(body)[0]!);
    expect(head).toContain('<w:tblHeader/>');
    expect(paragraphTexts(head!)).toEqual(['Item', 'Detail']);
    expect(rest.map((r) => paragraphTexts(r))).toEqual([['Meeting', 'Executive'], ['Author', 'A. Person']]);
  });

  it('writes the board paper header table with the date in words', async () => {
    const t = boardPaperHeaderTable({ meeting: 'Executive', date: '2024-11-18', subject: 'S11 audit 2024', author: 'A. Carey', authorRole: 'Partnership Manager', status: 'OFFICIAL' });
    const { body } = await build([t]);
    expect(paragraphTexts(body)).toEqual([
      'Item', 'Detail', 'Meeting', 'Executive', 'Date of meeting', '18 November 2024', 'Subject', 'S11 audit 2024',
      'Author', 'A. CareyPartnership Manager', 'Status of report', 'OFFICIAL',
    ]);
  });
});

describe('scale cells', () => {
  it('fills the cell with the colour and writes the label, with contrasting text', () => {
    expect(scaleCell({ label: 'Met', colour: '#00B050' })).toMatchObject({ text: 'Met', fill: '00B050', colour: '000000' });
    expect(ragCell({ label: 'Not met', colour: '#C00000' })).toMatchObject({ text: 'Not met', fill: 'C00000', colour: 'FFFFFF' });
    expect(() => scaleCell({ label: ' ', colour: '#C00000' })).toThrow(/label/);
  });

  it('draws the colour and the words in the document, and a key for the scale', async () => {
    const key = scaleKeyTable([
      { label: 'Met', colour: '#00B050', description: 'Fully evidenced' },
      { label: 'Partially met', colour: '#FFC000', description: 'Some evidence' },
      { label: 'Not met', colour: '#C00000', description: 'No evidence' },
    ]);
    const { body } = await build([key]);
    const [head, ...levelRows] = rows(tables(body)[0]!);
    expect(paragraphTexts(head!)).toEqual(['Rating', 'What it means']);
    const expected = [['Met', '00B050', '000000'], ['Partially met', 'FFC000', '000000'], ['Not met', 'C00000', 'FFFFFF']];
    expected.forEach(([label, fill, text], i) => {
      const row = levelRows[i]!;
      expect(paragraphTexts(row)[0]).toBe(label);
      expect(row).toContain(`w:fill="${fill}"`);
      expect(row).toContain(`<w:color w:val="${text}"/>`);
    });
  });
});

describe('images', () => {
  it('reads PNG and JPEG sizes from their headers', () => {
    expect(imageSize(TINY_PNG)).toEqual({ width: 2, height: 1 });
    // SOI, APP0 (length 16), SOF0 with height 300 and width 400
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x01, 0x90, 0x03]);
    expect(imageSize(jpeg)).toEqual({ width: 400, height: 300 });
    expect(() => imageSize(Buffer.from('GIF89a....'))).toThrow(/neither a PNG nor a JPEG/);
  });

  it('writes the alt text title and description on the picture', async () => {
    const p = imageParagraph({ data: TINY_PNG, widthPx: 200, altText: { title: 'Chart: returns', description: 'Returns by sector: Health 3; Police 1.' } });
    expect(p).toBeInstanceOf(Paragraph);
    const { body } = await build([p]);
    expect(body).toMatch(/<wp:docPr [^>]*descr="Returns by sector: Health 3; Police 1\."[^>]*title="Chart: returns"/);
    expect(body).toMatch(/<wp:extent cx="1905000" cy="952500"\/>/); // 200 x 100 px at 9525 EMU a pixel
  });

  it('refuses a picture without a description', () => {
    expect(() => imageParagraph({ data: TINY_PNG, altText: { title: 'Chart', description: '  ' } })).toThrow(/alternative text/);
  });
});

describe('font metrics', () => {
  it('measures text with the real Lato advance widths', () => {
    const faces = loadFontFaces(fontsDir);
    const regular = readFontMetrics(faces.regular);
    const bold = readFontMetrics(faces.bold);
    expect(regular.measure('WWWW', 12)).toBeGreaterThan(regular.measure('iiii', 12) * 2);
    expect(bold.measure('Agencies per sector', 12)).toBeGreaterThan(regular.measure('Agencies per sector', 12));
    // Lato is narrower than vega's 0.8 em-per-character guess
    const w = regular.measure('Voluntary and community', 12);
    expect(w).toBeGreaterThan(100);
    expect(w).toBeLessThan(0.8 * 12 * 'Voluntary and community'.length * 0.75);
    expect(() => readFontMetrics(Buffer.from('not a font at all, just text'))).toThrow();
  });
});
