import ExcelJS from 'exceljs';
import { IDENTITY_KEYS, TOOL_COLUMNS, TOOL_SHEETS, coverDetails, howToFill, type ToolContent, type ToolField, type ToolRow } from './tool-layout';

// The agency's self-assessment workbook: instructions and scale, one row per standard and item with a rating
// drop-down, and a very hidden identity sheet that ties the returned file to its cycle and agency.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel reads "_x0041_" in text as an escaped character; escape the underscore so such text comes back as typed. */
const text = (s: string | null | undefined): string => (s ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : '');
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
/** Black or white text, whichever reads better on the fill. */
const inkOn = (hex: string) => {
  const n = parseInt(hex.replace('#', ''), 16);
  const lum = (0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255)) / 255;
  return lum > 0.55 ? 'FF000000' : 'FFFFFFFF';
};
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
const ORDER: ToolField[] = ['ref', 'text', 'prompt', 'rating', 'naReason', 'evidence', 'improvement', 'carried'];
const WIDTHS: Record<ToolField, number> = { ref: 8, text: 60, prompt: 40, rating: 22, naReason: 28, evidence: 60, improvement: 40, carried: 11 };
const RATING_CHOICES = 'RatingChoices';

/** Rows tall enough for their wrapped text: Excel and LibreOffice do not always grow them when opening a file. */
function rowHeight(values: Record<ToolField, string | number>): number {
  let lines = 1;
  for (const f of ORDER) {
    const v = String(values[f] ?? '');
    const perLine = Math.max(4, WIDTHS[f] - 2);
    lines = Math.max(lines, v.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0));
  }
  return Math.min(409, 15 * lines + 3);
}

function writeInstructions(wb: ExcelJS.Workbook, c: ToolContent): void {
  const ws = wb.addWorksheet(TOOL_SHEETS.instructions);
  ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 90;
  const brand = c.settings.brandColour;
  const title = ws.addRow([text(`${c.cycleName}: self-assessment`)]);
  title.font = { bold: true, size: 16, color: { argb: argb(brand) } };
  ws.addRow([]);
  for (const [label, value] of coverDetails(c, 'xlsx')) {
    const row = ws.addRow([label, text(value)]);
    row.getCell(1).font = { bold: true };
    ws.mergeCells(row.number, 2, row.number, 3);
  }
  ws.addRow([]);
  ws.addRow(['How to fill in this form']).font = { bold: true, size: 13 };
  for (const line of howToFill(c, 'xlsx')) {
    const row = ws.addRow([text(line)]);
    ws.mergeCells(row.number, 1, row.number, 3);
    row.alignment = WRAP;
    row.height = 32;
  }
  ws.addRow([]);
  ws.addRow(['Rating scale']).font = { bold: true, size: 13 };
  const head = ws.addRow(['Rating', 'Code', 'What it means']);
  head.font = { bold: true };
  const numeric = c.scale.kind === 'numeric';
  if (numeric) ws.addRow([text(`Scores from ${c.scale.min} to ${c.scale.max}${c.scale.step ? ` in steps of ${c.scale.step}` : ''}; the bands below show how scores are read.`)]);
  let first = 0;
  let last = 0;
  for (const l of c.scale.levels) {
    const row = ws.addRow([text(l.label), text(l.code), text(l.description)]);
    row.getCell(1).fill = solid(l.colour);
    row.getCell(1).font = { bold: true, color: { argb: inkOn(l.colour) } };
    row.getCell(3).alignment = WRAP;
    first ||= row.number;
    last = row.number;
  }
  if (c.scale.allowsNa) {
    const row = ws.addRow([text(c.scale.naLabel), 'N/A', 'The requirement does not apply to this organisation; give the reason in the N/A reason column.']);
    last = row.number;
  } else {
    ws.addRow([text(`"${c.scale.naLabel}" is not allowed in this audit.`)]);
  }
  // The drop-down reads its choices from these cells through a name, which every Excel version accepts.
  if (!numeric) wb.definedNames.add(`'${TOOL_SHEETS.instructions}'!$A$${first}:$A$${last}`, RATING_CHOICES);
}

function ratingValidation(c: ToolContent): ExcelJS.DataValidation {
  const message = { showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: 'Rating', allowBlank: true };
  if (c.scale.kind === 'numeric') {
    const whole = [c.scale.min, c.scale.max, c.scale.step].every((n) => n === null || Number.isInteger(n));
    return { ...message, type: whole ? 'whole' : 'decimal', operator: 'between', formulae: [c.scale.min ?? 0, c.scale.max ?? 100], error: `Enter a score from ${c.scale.min} to ${c.scale.max}.` };
  }
  return { ...message, type: 'list', formulae: [RATING_CHOICES], error: 'Choose a rating from the list (see the Instructions sheet).' };
}

function cellsFor(r: ToolRow, c: ToolContent): Record<ToolField, string | number> {
  const a = r.answer;
  const rating = a?.notApplicable ? c.scale.naLabel : (a?.rating ?? '');
  return {
    ref: r.ref,
    text: text(r.text),
    prompt: text(r.prompt),
    rating: c.scale.kind === 'numeric' && rating !== '' && !a?.notApplicable ? Number(rating) : text(rating),
    naReason: text(a?.notApplicable ? a.naReason : null),
    evidence: text(a?.evidence),
    improvement: text(a?.improvement),
    carried: a?.carriedForward ? 'Yes' : '',
  };
}

function writeAnswers(wb: ExcelJS.Workbook, c: ToolContent): void {
  const ws = wb.addWorksheet(TOOL_SHEETS.answers, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  ORDER.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDTHS[f];
    // Text format keeps a typed 9.10 as "9.10" rather than the number 9.1.
    col.style = f === 'ref' ? { alignment: WRAP, numFmt: '@' } : { alignment: WRAP };
  });
  const brand = c.settings.brandColour;
  const head = ws.addRow(ORDER.map((f) => TOOL_COLUMNS[f].heading));
  head.eachCell((cell) => {
    cell.fill = solid(brand);
    cell.font = { bold: true, color: { argb: inkOn(brand) } };
  });
  const validation = ratingValidation(c);
  const ratingCol = ORDER.indexOf('rating') + 1;
  for (const s of c.standards)
    for (const r of s.rows) {
      const values = cellsFor(r, c);
      const row = ws.addRow(ORDER.map((f) => values[f]));
      row.height = rowHeight(values);
      if (r.kind === 'standard') {
        row.font = { bold: true };
        row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = solid('#EEF3F8')));
      }
      const rating = row.getCell(ratingCol);
      if (r.ratable) rating.dataValidation = validation;
      else rating.fill = solid('#D9D9D9');
    }
  const lastRow = ws.rowCount;
  if (c.scale.kind === 'levels') {
    const ref = `${ws.getColumn(ratingCol).letter}2:${ws.getColumn(ratingCol).letter}${Math.max(2, lastRow)}`;
    ws.addConditionalFormatting({
      ref,
      rules: c.scale.levels.map((l, i) => ({
        type: 'cellIs' as const,
        operator: 'equal' as const,
        priority: i + 1,
        formulae: [`"${l.label.replace(/"/g, '""')}"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(l.colour) } }, font: { color: { argb: inkOn(l.colour) } } },
      })),
    });
  }
}

function writeIdentity(wb: ExcelJS.Workbook, c: ToolContent): void {
  const ws = wb.addWorksheet(TOOL_SHEETS.identity);
  ws.addRow(['Key', 'Value']);
  for (const k of IDENTITY_KEYS) ws.addRow([k, text(String(c.identity[k]))]);
  ws.state = 'veryHidden';
}

/** The workbook as bytes. */
export async function buildToolXlsx(c: ToolContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = c.authorName;
  wb.title = `${c.cycleName}: ${c.identity.agencyName}`;
  wb.company = c.partnershipName;
  writeInstructions(wb, c);
  writeAnswers(wb, c);
  writeIdentity(wb, c);
  wb.views = [{ activeTab: 1, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
