import type { FrameworkTargets } from '../services/answers-write';
import type { LoadedScale } from '../services/rating-scale';
import { normaliseHeading } from './import-kit';
import { findColumns, looksLikeAnswerHeadings, rowsToAnswers, type ReadRow, type ReturnProblem, type ToolReadResult } from './tool-read-common';
import { IDENTITY_KEYS, TOOL_COLUMNS, TOOL_SHEETS, type ToolField } from './tool-layout';
import type { XlsxSheet } from './xlsx-fast-sheets';
import { HEADING_SCAN, named, openReturnSheets, readIdentitySheet, sheetsWithHeadings, unreadableWorkbook, type LocatedSheet } from './xlsx-return-read';

// Reads a completed self-assessment workbook back. Tolerates what people and other programs do to it: rows
// re-ordered, columns moved, the sheet renamed, ratings typed as code or label in any case, LibreOffice re-saves.
// Cells come from the fast XML reader, or from exceljs for the few files that reader declines.

/** The agency name on the Instructions sheet (the cell after "Agency"), wherever that sheet went. */
function agencyName(sheets: XlsxSheet[]): string | null {
  for (const ws of sheets) {
    for (let n = 1; n <= HEADING_SCAN; n++) {
      const cells = ws.row(n);
      const i = cells.findIndex((c) => normaliseHeading(c) === 'agency');
      const value = i >= 0 ? cells.slice(i + 1).find((c) => c) : undefined;
      if (value) return value;
    }
  }
  return null;
}

/** The answer sheet: the one with the self-assessment headings, preferring the sheet of the issued name. */
function locate(sheets: XlsxSheet[]): LocatedSheet<Partial<Record<ToolField, number>>> | null {
  const found = sheetsWithHeadings(sheets, TOOL_SHEETS.identity, findColumns, looksLikeAnswerHeadings);
  return named(found, TOOL_SHEETS.answers) ?? found.find((f) => f.cols.rating !== undefined) ?? found[0] ?? null;
}

export async function readToolXlsx(file: string, bytes: Uint8Array, fw: FrameworkTargets, scale: LoadedScale): Promise<ToolReadResult> {
  const empty = (problems: ReturnProblem[]): ToolReadResult => ({
    kind: 'xlsx',
    identity: {},
    identitySource: null,
    agencyNameInFile: null,
    answers: [],
    rowOf: new Map(),
    problems,
    layoutBroken: true,
  });
  const sheets = await openReturnSheets(file, bytes);
  if (!sheets) return empty([{ file, message: unreadableWorkbook(file) }]);
  const identity = readIdentitySheet(sheets, TOOL_SHEETS.identity, IDENTITY_KEYS);
  const base = { ...empty([]), layoutBroken: false, identity: identity ?? {}, identitySource: identity ? ('hidden sheet' as const) : null, agencyNameInFile: agencyName(sheets) };
  const at = locate(sheets);
  if (!at)
    return {
      ...base,
      layoutBroken: true,
      problems: [{ file, message: `${file} has no sheet with the self-assessment headings (${TOOL_COLUMNS.ref.heading}, ${TOOL_COLUMNS.rating.heading}, ${TOOL_COLUMNS.evidence.heading} …): the heading row may have been changed or deleted. Put the headings back as issued, or import the issued workbook again.` }],
    };
  const sheet = `sheet "${at.ws.name}"`;
  const missing = (['ref', 'rating'] as const).filter((f) => at.cols[f] === undefined);
  if (missing.length)
    return {
      ...base,
      layoutBroken: true,
      problems: missing.map((f) => ({ file, row: at.headingRow, field: TOOL_COLUMNS[f].heading, message: `${sheet} has no ${TOOL_COLUMNS[f].heading} column: put the column back with its heading "${TOOL_COLUMNS[f].heading}"` })),
    };
  const rows: ReadRow[] = [];
  const get = (cells: string[], f: ToolField) => (at.cols[f] === undefined ? '' : (cells[at.cols[f]!] ?? ''));
  // Only rows that exist: a sheet formatted down to row 1,048,576 costs nothing.
  for (const n of at.ws.rowNumbers()) {
    if (n <= at.headingRow) continue;
    const cells = at.ws.row(n);
    if (!cells.some(Boolean)) continue;
    rows.push({ row: n, place: null, ref: get(cells, 'ref'), rating: get(cells, 'rating'), naReason: get(cells, 'naReason'), evidence: get(cells, 'evidence'), improvement: get(cells, 'improvement') });
  }
  return { ...base, ...rowsToAnswers(file, rows, fw, scale) };
}
