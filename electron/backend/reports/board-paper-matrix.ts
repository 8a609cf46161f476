import type { FileChild } from 'docx';
import { caption, dataTable, paragraphs, scaleCell, type Cell, type Column } from './kit';
import { LargeTables } from './fast-table';
import type { MatrixCell, PaperAgency, PaperLevel, PaperStandard } from './narrative/data';
import { plural } from './narrative/wording';

// Appendix 1: agencies × standards, each cell the rating in force in the scale's colour with its code (never
// colour alone), a key, and header rows repeated on every page. A framework too wide for one landscape page
// is split into column groups, each table repeating the agency column.

/** Standard columns that fit beside the agency and sector columns on landscape A4 at a readable size. */
export const MAX_STANDARD_COLUMNS = 13;
export const CHANGED_MARK = '*';
export const NO_RATING = '–';

/** Column groups of at most `max` standards, as even as possible: 20 standards → 10 + 10, not 13 + 7. */
export function columnGroups(count: number, max = MAX_STANDARD_COLUMNS): Array<[number, number]> {
  if (count <= 0) return [];
  const groups = Math.ceil(count / max);
  const size = Math.ceil(count / groups);
  return Array.from({ length: groups }, (_, g) => [g * size, Math.min(count, (g + 1) * size)] as [number, number]).filter(([a, b]) => b > a);
}

export interface MatrixInput {
  standards: readonly PaperStandard[];
  agencies: readonly PaperAgency[];
  matrix: readonly MatrixCell[][];
  levels: readonly PaperLevel[];
  naLabel: string;
  brandColour: string;
  /** Text width in twips (landscape or portrait). */
  totalWidth: number;
}

/** Cell specs by code and mark, made once: a 2,000-agency matrix has 24,000 cells but a handful of looks. */
export function matrixCells(levels: readonly PaperLevel[]): (cell: MatrixCell) => Cell {
  const looks = new Map<string, Cell>();
  for (const l of levels)
    for (const changed of [false, true]) looks.set(`${l.code}|${changed}`, scaleCell({ label: `${l.code}${changed ? CHANGED_MARK : ''}`, colour: l.colour }));
  const na: Cell = { text: 'N/A', align: 'center' };
  const none: Cell = { text: NO_RATING, align: 'center' };
  return (cell) => (cell.code ? (looks.get(`${cell.code}|${cell.changed}`) ?? cell.code) : cell.notApplicable ? na : none);
}

/** The key: each level's code in its colour with its label and meaning, then the marks the cells use. */
export function matrixKey(input: Pick<MatrixInput, 'levels' | 'naLabel' | 'brandColour' | 'totalWidth'>): FileChild[] {
  const rows: Cell[][] = input.levels.map((l) => [scaleCell({ label: l.code, colour: l.colour }), l.label, l.description ?? '']);
  rows.push(
    [{ text: CHANGED_MARK, align: 'center', bold: true }, 'Changed at moderation', 'The moderated rating, which differs from the agency’s own rating.'],
    [{ text: 'N/A', align: 'center' }, input.naLabel, 'The standard does not apply to the agency.'],
    [{ text: NO_RATING, align: 'center' }, 'No rating', 'Not returned, or not answered.'],
  );
  return [
    dataTable({
      brandColour: input.brandColour,
      totalWidth: Math.min(input.totalWidth, 9638),
      columns: [
        { header: 'Code', width: 14, align: 'center' },
        { header: 'Rating', width: 26 },
        { header: 'What it means', width: 60 },
      ],
      rows,
    }),
    caption('Key to the results table.'),
  ];
}

/** `tables` takes the big tables out of docx's object tree (see fast-table.ts). */
export function matrixTables(input: MatrixInput, tables = new LargeTables()): FileChild[] {
  const cellOf = matrixCells(input.levels);
  const out: FileChild[] = [];
  const groups = columnGroups(input.standards.length);
  if (!input.agencies.length || !groups.length) return paragraphs('There are no agencies in scope, so there are no results to show.', { italics: true });
  // Agency and sector columns take a fixed share; the standards share the rest equally.
  const fixed = { agency: 4200, sector: 1900 };
  for (const [g, [from, to]] of groups.entries()) {
    const n = to - from;
    const per = Math.max(500, Math.floor((input.totalWidth - fixed.agency - fixed.sector) / n));
    const columns: Column[] = [
      { header: 'Agency', width: fixed.agency },
      { header: 'Sector', width: fixed.sector },
      ...input.standards.slice(from, to).map((s) => ({ header: s.number, width: per, align: 'center' as const })),
    ];
    const rows = input.agencies.map((a, r) => [a.name, a.sectorName, ...input.matrix[r]!.slice(from, to).map(cellOf)]);
    out.push(tables.table({ brandColour: input.brandColour, totalWidth: fixed.agency + fixed.sector + per * n, columns, rows }));
    out.push(
      caption(
        groups.length > 1
          ? `Table ${g + 1} of ${groups.length}: standards ${input.standards[from]!.number} to ${input.standards[to - 1]!.number}, ${plural(input.agencies.length, 'agency', 'agencies')}.`
          : `Results of ${plural(input.agencies.length, 'agency', 'agencies')} against ${plural(n, 'standard')}, after moderation.`,
      ),
    );
  }
  return out;
}

/** Standard numbers in the table headers, with their titles here. */
export function standardsKey(standards: readonly PaperStandard[], brandColour: string, totalWidth: number): FileChild[] {
  return [
    dataTable({
      brandColour,
      totalWidth: Math.min(totalWidth, 9638),
      columns: [
        { header: 'Standard', width: 16, align: 'center' },
        { header: 'Title', width: 84 },
      ],
      rows: standards.map((s) => [s.number, s.title]),
    }),
    caption('The standards, by the numbers used in the results table.'),
  ];
}
