import ExcelJS from 'exceljs';
import {
  CASE_IDENTITY_KEYS,
  CASE_SHEETS,
  NARRATIVE_COLUMNS,
  NARRATIVE_ROWS,
  RATING_COLUMNS,
  caseCoverDetails,
  caseHowToFill,
  type CaseReturnToolContent,
  type NarrativeField,
  type RatingField,
} from './case-return-layout';

// The case-audit return as a workbook: instructions with the scale and its guidance, a Ratings sheet (one row per
// question, a drop-down of levels), a Narrative sheet, and a very hidden identity sheet that ties the returned file
// to its audit, case and agency.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel reads "_x0041_" in text as an escaped character; escape the underscore so such text comes back as typed. */
const text = (s: string | null | undefined): string => (s ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : '');
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const inkOn = (hex: string) => {
  const n = parseInt(hex.replace('#', ''), 16);
  const lum = (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return lum > 0.55 ? 'FF000000' : 'FFFFFFFF';
};
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const ORDER: RatingField[] = ['ref', 'area', 'question', 'guidance', 'rating', 'comment'];
const WIDTHS: Record<RatingField, number> = { ref: 7, area: 22, question: 55, guidance: 40, rating: 22, comment: 60 };
const CHOICES = 'CaseRatingChoices';

const height = (cells: Array<[string, number]>) =>
  Math.min(409, 15 * Math.max(1, ...cells.map(([v, w]) => v.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / Math.max(4, w - 2))), 0))) + 3);

function headRow(ws: ExcelJS.Worksheet, headings: string[], brand: string): void {
  const head = ws.addRow(headings);
  head.eachCell((cell) => {
    cell.fill = solid(brand);
    cell.font = { bold: true, color: { argb: inkOn(brand) } };
  });
}

function writeInstructions(wb: ExcelJS.Workbook, c: CaseReturnToolContent): void {
  const ws = wb.addWorksheet(CASE_SHEETS.instructions);
  ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  [28, 16, 90].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.addRow([text(`${c.auditTitle}: case-file audit return`)]).font = { bold: true, size: 16, color: { argb: argb(c.settings.brandColour) } };
  ws.addRow([]);
  for (const [label, value] of caseCoverDetails(c)) {
    const row = ws.addRow([label, text(value)]);
    row.getCell(1).font = { bold: true };
    ws.mergeCells(row.number, 2, row.number, 3);
  }
  ws.addRow([]);
  ws.addRow(['How to fill in this return']).font = { bold: true, size: 13 };
  for (const line of caseHowToFill(c, 'xlsx')) {
    const row = ws.addRow([text(line)]);
    ws.mergeCells(row.number, 1, row.number, 3);
    row.alignment = WRAP;
    row.height = height([[line, 130]]);
  }
  ws.addRow([]);
  ws.addRow(['Rating scale']).font = { bold: true, size: 13 };
  ws.addRow(['Rating', 'Code', 'Guidance']).font = { bold: true };
  let first = 0;
  let last = 0;
  for (const l of c.scale.levels) {
    const row = ws.addRow([text(l.label), text(l.code), text(l.description)]);
    row.getCell(1).fill = solid(l.colour);
    row.getCell(1).font = { bold: true, color: { argb: inkOn(l.colour) } };
    row.getCell(3).alignment = WRAP;
    row.height = height([[l.description ?? '', 90]]);
    first ||= row.number;
    last = row.number;
  }
  if (c.scale.allowsNa) last = ws.addRow([text(c.scale.naLabel), 'N/A', 'The question does not apply to your agency\'s involvement: say why in the Comment column.']).number;
  wb.definedNames.add(`'${CASE_SHEETS.instructions}'!$A$${first}:$A$${last}`, CHOICES);
}

function writeRatings(wb: ExcelJS.Workbook, c: CaseReturnToolContent): void {
  const ws = wb.addWorksheet(CASE_SHEETS.ratings, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  ORDER.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDTHS[f];
    col.style = { alignment: WRAP, ...(f === 'ref' ? { numFmt: '@' } : {}) };
  });
  headRow(ws, ORDER.map((f) => RATING_COLUMNS[f].heading), c.settings.brandColour);
  const ratingCol = ORDER.indexOf('rating') + 1;
  for (const q of c.questions) {
    const values: Record<RatingField, string> = { ref: q.ref, area: q.area, question: text(q.text), guidance: text(q.guidance), rating: text(q.rating), comment: text(q.comment) };
    const row = ws.addRow(ORDER.map((f) => values[f]));
    row.height = height(ORDER.map((f) => [values[f], WIDTHS[f]]));
    row.getCell(ratingCol).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [CHOICES],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Rating',
      error: 'Choose a rating from the list (see the Instructions sheet).',
    };
  }
  const letter = ws.getColumn(ratingCol).letter;
  ws.addConditionalFormatting({
    ref: `${letter}2:${letter}${Math.max(2, ws.rowCount)}`,
    rules: c.scale.levels.map((l, i) => ({
      type: 'cellIs' as const,
      operator: 'equal' as const,
      priority: i + 1,
      formulae: [`"${l.label.replace(/"/g, '""')}"`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(l.colour) } }, font: { color: { argb: inkOn(l.colour) } } },
    })),
  });
}

function writeNarrative(wb: ExcelJS.Workbook, c: CaseReturnToolContent): void {
  const ws = wb.addWorksheet(CASE_SHEETS.narrative);
  ws.getColumn(1).width = 36;
  ws.getColumn(2).width = 110;
  ws.getColumn(2).style = { alignment: WRAP };
  headRow(ws, [NARRATIVE_COLUMNS.section.heading, NARRATIVE_COLUMNS.response.heading], c.settings.brandColour);
  for (const f of Object.keys(NARRATIVE_ROWS) as NarrativeField[]) {
    const value = text(c.narrative[f]);
    const row = ws.addRow([NARRATIVE_ROWS[f].label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = WRAP;
    // Room to write: a tall row even when empty.
    row.height = Math.max(f === 'auditor' ? 30 : 120, height([[value, 110]]));
  }
}

function writeIdentity(wb: ExcelJS.Workbook, c: CaseReturnToolContent): void {
  const ws = wb.addWorksheet(CASE_SHEETS.identity);
  ws.addRow(['Key', 'Value']);
  for (const k of CASE_IDENTITY_KEYS) ws.addRow([k, text(String(c.identity[k]))]);
  ws.state = 'veryHidden';
}

export async function buildCaseReturnXlsx(c: CaseReturnToolContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = c.authorName;
  wb.title = `${c.auditTitle}: ${c.identity.caseReference}, ${c.identity.agencyName}`;
  wb.company = c.partnershipName;
  writeInstructions(wb, c);
  writeRatings(wb, c);
  writeNarrative(wb, c);
  writeIdentity(wb, c);
  wb.views = [{ activeTab: 1, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
