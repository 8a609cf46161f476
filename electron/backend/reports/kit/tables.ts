import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ITableBordersOptions,
} from 'docx';
import { textColourOn, tint, toDocxHex } from './colour';
import { CONTENT_WIDTH, DEFAULT_BRAND } from './page';
import { STYLE, TABLE_BORDER_COLOUR } from './styles';

export type CellAlign = 'left' | 'center' | 'right';

/** A cell with formatting. `fill` colours the cell; text colour then follows its luminance unless given. */
export interface CellSpec {
  text: string;
  bold?: boolean;
  italics?: boolean;
  fill?: string;
  colour?: string;
  align?: CellAlign;
}
export type Cell = string | number | null | undefined | CellSpec;

export interface Column {
  header: string;
  /** Relative width (e.g. percentages); columns without one share equally. */
  width?: number;
  align?: CellAlign;
}

export interface TableLook {
  brandColour?: string;
  /** Table width in twips; the page's text width by default. */
  totalWidth?: number;
}

export interface DataTableOptions extends TableLook {
  columns: readonly Column[];
  rows: ReadonlyArray<readonly Cell[]>;
  /** Shown in one full-width row when there are no rows, so an empty table still reads sensibly. */
  emptyText?: string;
  /** Rows drawn bold on a light brand tint, e.g. a "Total" line. Indexes into rows. */
  emphasisRows?: readonly number[];
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const line = { style: BorderStyle.SINGLE, size: 4, color: TABLE_BORDER_COLOUR };
// Written out as well as in the table style: not every reader applies table-style borders.
const BORDERS: ITableBordersOptions = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
const MARGINS = { top: 57, bottom: 57, left: 85, right: 85 };
const numberFormat = new Intl.NumberFormat('en-GB');

export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return numberFormat.format(cell);
  if (typeof cell === 'string') return cell;
  return cell.text;
}

/** Column widths in twips that add up to the table width exactly. */
export function columnWidths(columns: readonly Pick<Column, 'width'>[], total = CONTENT_WIDTH): number[] {
  const given = columns.map((c) => (c.width && c.width > 0 ? c.width : undefined));
  const known = given.filter((w): w is number => w !== undefined);
  const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const weights = given.map((w) => w ?? fallback);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

interface CellOptions {
  width: number;
  header?: boolean;
  align?: CellAlign;
  fill?: string;
  bold?: boolean;
  columnSpan?: number;
}

function tableCell(cell: Cell, o: CellOptions): TableCell {
  const spec: CellSpec = typeof cell === 'object' && cell !== null ? cell : { text: cellText(cell) };
  const fill = spec.fill ? toDocxHex(spec.fill) : o.fill;
  const colour = spec.colour ? toDocxHex(spec.colour) : fill ? textColourOn(fill) : undefined;
  const align = spec.align ?? o.align ?? (typeof cell === 'number' ? 'right' : 'left');
  const lines = spec.text.split('\n');
  return new TableCell({
    width: { size: o.width, type: WidthType.DXA },
    ...(o.columnSpan ? { columnSpan: o.columnSpan } : {}),
    verticalAlign: VerticalAlignTable.TOP,
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: [
      new Paragraph({
        style: o.header ? STYLE.tableHeading : STYLE.tableText,
        alignment: ALIGN[align],
        children: lines.map(
          (text, i) =>
            new TextRun({
              text,
              ...(i > 0 ? { break: 1 } : {}),
              ...((spec.bold ?? o.bold) ? { bold: true } : {}),
              ...(spec.italics ? { italics: true } : {}),
              ...(colour ? { color: colour } : {}),
            }),
        ),
      }),
    ],
  });
}

/** A header row: brand fill, black or white text by contrast, repeated at the top of every page. */
function headerRow(headers: readonly string[], widths: number[], brand: string, aligns: readonly (CellAlign | undefined)[] = []): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((h, i) => tableCell(h, { width: widths[i]!, header: true, fill: brand, bold: true, align: aligns[i] ?? 'left' })),
  });
}

function table(rows: TableRow[], widths: number[]): Table {
  return new Table({
    style: STYLE.table,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED, // fixed layout: Word need not measure thousands of cells on open
    borders: BORDERS,
    margins: MARGINS,
    rows,
  });
}

/** A table of records with a real header row that repeats on every page; rows never split across pages. */
export function dataTable(o: DataTableOptions): Table {
  if (o.columns.length === 0) throw new Error('a table needs at least one column');
  const brand = toDocxHex(o.brandColour ?? DEFAULT_BRAND);
  const widths = columnWidths(o.columns, o.totalWidth);
  const emphasis = new Set(o.emphasisRows ?? []);
  const rows = o.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: o.columns.map((col, i) =>
          tableCell(row[i], {
            width: widths[i]!,
            align: col.align,
            ...(emphasis.has(r) ? { bold: true, fill: tint(brand, 0.85) } : {}),
          }),
        ),
      }),
  );
  if (rows.length === 0) {
    const text = o.emptyText ?? 'None recorded.';
    rows.push(new TableRow({ children: [tableCell({ text, italics: true }, { width: widths.reduce((a, b) => a + b, 0), columnSpan: widths.length })] }));
  }
  const head = headerRow(
    o.columns.map((c) => c.header),
    widths,
    brand,
    o.columns.map((c) => c.align),
  );
  return table([head, ...rows], widths);
}

/** Label/value pairs (cover sheets, report details) with an "Item | Detail" header row, which accessibility needs. */
export function keyValueTable(
  rows: ReadonlyArray<readonly [string, Cell]>,
  headers: readonly [string, string] = ['Item', 'Detail'],
  look: TableLook = {},
): Table {
  const brand = toDocxHex(look.brandColour ?? DEFAULT_BRAND);
  const widths = columnWidths([{ width: 32 }, { width: 68 }], look.totalWidth);
  const body = rows.map(
    ([label, value]) =>
      new TableRow({
        cantSplit: true,
        children: [tableCell(label, { width: widths[0]!, bold: true, fill: tint(brand, 0.9) }), tableCell(value, { width: widths[1]! })],
      }),
  );
  return table([headerRow(headers, widths, brand), ...body], widths);
}
