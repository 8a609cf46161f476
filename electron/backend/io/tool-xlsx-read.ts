import ExcelJS from 'exceljs';
import type { FrameworkTargets } from '../services/answers-write';
import type { LoadedScale } from '../services/rating-scale';
import { normaliseHeading } from './import-kit';
import { valueText } from './tabular-xlsx';
import { clean, findColumns, looksLikeAnswerHeadings, rowsToAnswers, type ReadRow, type ReturnProblem, type ToolReadResult } from './tool-read-common';
import { IDENTITY_KEYS, TOOL_COLUMNS, TOOL_SHEETS, type ReadIdentity, type ToolField } from './tool-layout';

// Reads a completed self-assessment workbook back. Tolerates what people and other programs do to it: rows
// re-ordered, columns moved, the sheet renamed, ratings typed as code or label in any case, LibreOffice re-saves.

const HEADING_SCAN = 30;

function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) return cell.master.col === cell.col ? clean(valueText(cell.master.value, cell.master.numFmt)) : '';
  // Excel's escape for text that looked like "_x0041_" (see the writer) comes back as written.
  return clean(valueText(cell.value, cell.numFmt).replace(/_x005F_(x[0-9A-Fa-f]{4}_)/g, '_$1'));
}

function rowTexts(ws: ExcelJS.Worksheet, n: number): string[] {
  const out: string[] = [];
  ws.getRow(n).eachCell({ includeEmpty: true }, (cell, col) => (out[col - 1] = cellText(cell)));
  for (let i = 0; i < out.length; i++) out[i] ??= '';
  return out;
}

function readIdentity(wb: ExcelJS.Workbook): ReadIdentity | null {
  const ws = wb.worksheets.find((w) => w.name.toLowerCase() === TOOL_SHEETS.identity);
  if (!ws) return null;
  const out: ReadIdentity = {};
  const keys = new Map(IDENTITY_KEYS.map((k) => [k.toLowerCase(), k]));
  ws.eachRow((row) => {
    const key = keys.get(cellText(row.getCell(1)).toLowerCase());
    const value = cellText(row.getCell(2));
    if (key && value) out[key] = value;
  });
  return Object.keys(out).length ? out : null;
}

/** The agency name on the Instructions sheet (the cell after "Agency"), wherever that sheet went. */
function agencyName(wb: ExcelJS.Workbook): string | null {
  for (const ws of wb.worksheets) {
    for (let n = 1; n <= Math.min(HEADING_SCAN, ws.rowCount); n++) {
      const cells = rowTexts(ws, n);
      const i = cells.findIndex((c) => normaliseHeading(c) === 'agency');
      const value = i >= 0 ? cells.slice(i + 1).find((c) => c) : undefined;
      if (value) return value;
    }
  }
  return null;
}

interface Located {
  ws: ExcelJS.Worksheet;
  headingRow: number;
  cols: Partial<Record<ToolField, number>>;
}

/** The answer sheet: the one with the self-assessment headings, preferring the sheet of the issued name. */
function locate(wb: ExcelJS.Workbook): Located | null {
  const found: Located[] = [];
  for (const ws of wb.worksheets) {
    if (ws.name.toLowerCase() === TOOL_SHEETS.identity) continue;
    for (let n = 1; n <= Math.min(HEADING_SCAN, ws.rowCount); n++) {
      const cols = findColumns(rowTexts(ws, n));
      if (looksLikeAnswerHeadings(cols)) {
        found.push({ ws, headingRow: n, cols });
        break;
      }
    }
  }
  return found.find((f) => f.ws.name.toLowerCase() === TOOL_SHEETS.answers.toLowerCase()) ?? found.find((f) => f.cols.rating !== undefined) ?? found[0] ?? null;
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
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    return empty([{ file, message: `${file} could not be read as an Excel workbook: it may be damaged. Open it in Excel, save it again as .xlsx and import that.` }]);
  }
  const identity = readIdentity(wb);
  const base = { ...empty([]), layoutBroken: false, identity: identity ?? {}, identitySource: identity ? ('hidden sheet' as const) : null, agencyNameInFile: agencyName(wb) };
  const at = locate(wb);
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
  at.ws.eachRow((_row, n) => {
    if (n <= at.headingRow) return;
    const cells = rowTexts(at.ws, n);
    if (!cells.some(Boolean)) return;
    rows.push({ row: n, place: null, ref: get(cells, 'ref'), rating: get(cells, 'rating'), naReason: get(cells, 'naReason'), evidence: get(cells, 'evidence'), improvement: get(cells, 'improvement') });
  });
  return { ...base, ...rowsToAnswers(file, rows, fw, scale) };
}
