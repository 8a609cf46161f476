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
import { WRAP, brandHeadRow, colourRatings, instructionsSheet, scaleLevelRows, text, wrappedHeight, writeIdentitySheet } from './xlsx-return-style';

// The case-audit return as a workbook: instructions with the scale and its guidance, a Ratings sheet (one row per
// question, a drop-down of levels), a Narrative sheet, and a very hidden identity sheet that ties the returned file
// to its audit, case and agency.

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ORDER: RatingField[] = ['ref', 'area', 'question', 'guidance', 'rating', 'comment'];
const WIDTHS: Record<RatingField, number> = { ref: 7, area: 22, question: 55, guidance: 40, rating: 22, comment: 60 };
const CHOICES = 'CaseRatingChoices';

function writeInstructions(wb: ExcelJS.Workbook, c: CaseReturnToolContent): void {
  const ws = instructionsSheet(wb, CASE_SHEETS.instructions, {
    title: `${c.auditTitle}: case-file audit return`,
    brand: c.settings.brandColour,
    details: caseCoverDetails(c),
    howHeading: 'How to fill in this return',
    howTo: caseHowToFill(c, 'xlsx'),
    lineHeight: (line) => wrappedHeight([[line, 130]]),
  });
  ws.addRow(['Rating scale']).font = { bold: true, size: 13 };
  ws.addRow(['Rating', 'Code', 'Guidance']).font = { bold: true };
  const rows = scaleLevelRows(ws, c.scale.levels, (d) => wrappedHeight([[d, 90]]));
  const { first } = rows;
  let { last } = rows;
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
  brandHeadRow(ws, ORDER.map((f) => RATING_COLUMNS[f].heading), c.settings.brandColour);
  const ratingCol = ORDER.indexOf('rating') + 1;
  for (const q of c.questions) {
    const values: Record<RatingField, string> = { ref: q.ref, area: q.area, question: text(q.text), guidance: text(q.guidance), rating: text(q.rating), comment: text(q.comment) };
    const row = ws.addRow(ORDER.map((f) => values[f]));
    row.height = wrappedHeight(ORDER.map((f) => [values[f], WIDTHS[f]]));
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
  colourRatings(ws, ratingCol, c.scale.levels);
}

function writeNarrative(wb: ExcelJS.Workbook, c: CaseReturnToolContent): void {
  const ws = wb.addWorksheet(CASE_SHEETS.narrative);
  ws.getColumn(1).width = 36;
  ws.getColumn(2).width = 110;
  ws.getColumn(2).style = { alignment: WRAP };
  brandHeadRow(ws, [NARRATIVE_COLUMNS.section.heading, NARRATIVE_COLUMNS.response.heading], c.settings.brandColour);
  for (const f of Object.keys(NARRATIVE_ROWS) as NarrativeField[]) {
    const value = text(c.narrative[f]);
    const row = ws.addRow([NARRATIVE_ROWS[f].label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = WRAP;
    // Room to write: a tall row even when empty.
    row.height = Math.max(f === 'auditor' ? 30 : 120, wrappedHeight([[value, 110]]));
  }
}

export async function buildCaseReturnXlsx(c: CaseReturnToolContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = c.authorName;
  wb.title = `${c.auditTitle}: ${c.identity.caseReference}, ${c.identity.agencyName}`;
  wb.company = c.partnershipName;
  writeInstructions(wb, c);
  writeRatings(wb, c);
  writeNarrative(wb, c);
  writeIdentitySheet(wb, CASE_SHEETS.identity, CASE_IDENTITY_KEYS, c.identity);
  wb.views = [{ activeTab: 1, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
