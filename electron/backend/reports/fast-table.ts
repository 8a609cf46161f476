import { Paragraph, TextRun } from 'docx';
import { readZipText, replaceZipEntry } from './docx-zip';
import { DEFAULT_BRAND, STYLE, TABLE_BORDER_COLOUR, cellText, columnWidths, dataTable, textColourOn, toDocxHex, type Cell, type CellSpec, type DataTableOptions } from './kit';

// Very large tables (the results matrix of a 2,000-agency cycle: 2,000 rows × 14 cells) written as XML text
// instead of through docx's object tree, which for that size takes seconds and over half a gigabyte. The
// document is built with a marker paragraph where the table goes; after packing, the marker is replaced by
// the table's XML, which is exactly what the kit's dataTable would write (same style, borders, fixed layout,
// header row repeated on every page, rows that never split, colour fills with black or white text).

const MARK = (i: number) => `@@audit-desk-table-${i}@@`;

// XML 1.0 refuses most control characters; a pasted name can carry one.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const escapeXml = (s: string) => s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const border = (side: string) => `<w:${side} w:val="single" w:color="${TABLE_BORDER_COLOUR}" w:sz="4"/>`;
const TBL_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
const CELL_MARGINS = '<w:tblCellMar><w:top w:type="dxa" w:w="57"/><w:left w:type="dxa" w:w="85"/><w:bottom w:type="dxa" w:w="57"/><w:right w:type="dxa" w:w="85"/></w:tblCellMar>';

interface CellLook {
  width: number;
  header?: boolean;
  align?: 'left' | 'center' | 'right';
  fill?: string;
  bold?: boolean;
}

function cellXml(cell: Cell, o: CellLook): string {
  const spec: CellSpec = typeof cell === 'object' && cell !== null ? cell : { text: cellText(cell) };
  const fill = spec.fill ? toDocxHex(spec.fill) : o.fill;
  const colour = spec.colour ? toDocxHex(spec.colour) : fill ? textColourOn(fill) : undefined;
  const align = spec.align ?? o.align ?? (typeof cell === 'number' ? 'right' : 'left');
  const bold = spec.bold ?? o.bold;
  const rPr = bold || spec.italics || colour ? `<w:rPr>${bold ? '<w:b/><w:bCs/>' : ''}${spec.italics ? '<w:i/><w:iCs/>' : ''}${colour ? `<w:color w:val="${colour}"/>` : ''}</w:rPr>` : '';
  const runs = spec.text
    .split('\n')
    .map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`)
    .join('');
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${o.width}"/>${fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : ''}<w:vAlign w:val="top"/></w:tcPr>` +
    `<w:p><w:pPr><w:pStyle w:val="${o.header ? STYLE.tableHeading : STYLE.tableText}"/><w:jc w:val="${align}"/></w:pPr>${runs}</w:p></w:tc>`
  );
}

/** The XML of dataTable(o), for a table with rows (an empty table goes through the kit). */
export function tableXml(o: DataTableOptions): string {
  const brand = toDocxHex(o.brandColour ?? DEFAULT_BRAND);
  const widths = columnWidths(o.columns, o.totalWidth);
  const total = widths.reduce((a, b) => a + b, 0);
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.table}"/><w:tblW w:type="dxa" w:w="${total}"/>${TBL_BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${o.columns.map((c, i) => cellXml(c.header, { width: widths[i]!, header: true, fill: brand, bold: true, align: c.align ?? 'left' })).join('')}</w:tr>`,
  ];
  for (const row of o.rows) parts.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${o.columns.map((c, i) => cellXml(row[i], { width: widths[i]!, align: c.align })).join('')}</w:tr>`);
  parts.push('</w:tbl>');
  return parts.join('');
}

/** Collects large tables while a document is built, and puts them in once it is packed. */
export class LargeTables {
  private readonly xml: string[] = [];

  /** The table itself when small; otherwise a marker paragraph that `inject` replaces. */
  table(o: DataTableOptions, threshold = 150): Paragraph | ReturnType<typeof dataTable> {
    if (o.rows.length < threshold) return dataTable(o);
    this.xml.push(tableXml(o));
    return new Paragraph({ children: [new TextRun(MARK(this.xml.length - 1))] });
  }

  get count(): number {
    return this.xml.length;
  }

  /** The packed document with each marker paragraph replaced by its table. */
  inject(docx: Buffer): Buffer {
    if (!this.xml.length) return docx;
    const doc = readZipText(docx, 'word/document.xml');
    // Markers in document order, whatever order the tables were made in.
    const found = this.xml
      .map((table, i) => {
        const at = doc.indexOf(MARK(i));
        if (at < 0) throw new Error(`table ${i} lost its place in the document`);
        const start = Math.max(doc.lastIndexOf('<w:p>', at), doc.lastIndexOf('<w:p ', at));
        return { table, start, end: doc.indexOf('</w:p>', at) + '</w:p>'.length };
      })
      .sort((a, b) => a.start - b.start);
    const parts: string[] = [];
    let from = 0;
    for (const f of found) {
      parts.push(doc.slice(from, f.start), f.table);
      from = f.end;
    }
    parts.push(doc.slice(from));
    return replaceZipEntry(docx, 'word/document.xml', Buffer.from(parts.join(''), 'utf8'));
  }
}
