import ExcelJS from 'exceljs';
import { IDENTITY_KEYS, TOOL_COLUMNS, TOOL_SHEETS, coverDetails, howToFill, type ToolContent, type ToolField, type ToolRow } from './tool-layout';
import { WRAP, brandHeadRow, colourRatings, instructionsSheet, scaleLevelRows, solid, text, wrappedHeight, writeIdentitySheet } from './xlsx-return-style';

// The agency's self-assessment workbook: instructions and scale, one row per standard and item with a rating
// drop-down, and a very hidden identity sheet that ties the returned file to its cycle and agency.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ORDER: ToolField[] = ['ref', 'text', 'prompt', 'rating', 'naReason', 'evidence', 'improvement', 'carried'];
const WIDTHS: Record<ToolField, number> = { ref: 8, text: 60, prompt: 40, rating: 22, naReason: 28, evidence: 60, improvement: 40, carried: 11 };
const RATING_CHOICES = 'RatingChoices';

function writeInstructions(wb: ExcelJS.Workbook, c: ToolContent): void {
  const ws = instructionsSheet(wb, TOOL_SHEETS.instructions, {
    title: `${c.cycleName}: self-assessment`,
    brand: c.settings.brandColour,
    details: coverDetails(c, 'xlsx'),
    howHeading: 'How to fill in this form',
    howTo: howToFill(c, 'xlsx'),
    lineHeight: () => 32,
  });
  ws.addRow(['Rating scale']).font = { bold: true, size: 13 };
  const head = ws.addRow(['Rating', 'Code', 'What it means']);
  head.font = { bold: true };
  const numeric = c.scale.kind === 'numeric';
  if (numeric) ws.addRow([text(`Scores from ${c.scale.min} to ${c.scale.max}${c.scale.step ? ` in steps of ${c.scale.step}` : ''}; the bands below show how scores are read.`)]);
  const rows = scaleLevelRows(ws, c.scale.levels);
  const { first } = rows;
  let { last } = rows;
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
  brandHeadRow(ws, ORDER.map((f) => TOOL_COLUMNS[f].heading), c.settings.brandColour);
  const validation = ratingValidation(c);
  const ratingCol = ORDER.indexOf('rating') + 1;
  for (const s of c.standards)
    for (const r of s.rows) {
      const values = cellsFor(r, c);
      const row = ws.addRow(ORDER.map((f) => values[f]));
      row.height = wrappedHeight(ORDER.map((f) => [String(values[f] ?? ''), WIDTHS[f]]));
      if (r.kind === 'standard') {
        row.font = { bold: true };
        row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = solid('#EEF3F8')));
      }
      const rating = row.getCell(ratingCol);
      if (r.ratable) rating.dataValidation = validation;
      else rating.fill = solid('#D9D9D9');
    }
  if (c.scale.kind === 'levels') colourRatings(ws, ratingCol, c.scale.levels);
}

/** The workbook as bytes. */
export async function buildToolXlsx(c: ToolContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = c.authorName;
  wb.title = `${c.cycleName}: ${c.identity.agencyName}`;
  wb.company = c.partnershipName;
  writeInstructions(wb, c);
  writeAnswers(wb, c);
  writeIdentitySheet(wb, TOOL_SHEETS.identity, IDENTITY_KEYS, c.identity);
  wb.views = [{ activeTab: 1, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
