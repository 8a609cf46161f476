import {
  CASE_IDENTITY_KEYS,
  CASE_SHEETS,
  NARRATIVE_COLUMNS,
  RATING_COLUMNS,
  isNarrativeHeadings,
  isRatingHeadings,
  narrativeColumns,
  narrativeFieldOf,
  ratingColumns,
  type CaseReturnRead,
} from './case-return-layout';
import { named, openReturnSheets, readIdentitySheet, sheetsWithHeadings, unreadableWorkbook, type LocatedSheet } from './xlsx-return-read';
import type { XlsxSheet } from './xlsx-fast-sheets';

// Reads a completed case-audit return workbook: the Ratings and Narrative sheets found by their headings (so rows
// may be re-ordered, columns moved and sheets renamed), identity from the very hidden sheet.

/** The first sheet (issued name first) with a heading row the test accepts, within the first rows. */
function locate<C>(sheets: XlsxSheet[], preferred: string, columnsOf: (h: string[]) => C, accepts: (c: C) => boolean): LocatedSheet<C> | null {
  const found = sheetsWithHeadings(sheets, CASE_SHEETS.identity, columnsOf, accepts);
  return named(found, preferred) ?? found[0] ?? null;
}

export async function readCaseReturnXlsx(file: string, bytes: Uint8Array): Promise<CaseReturnRead> {
  const result: CaseReturnRead = { kind: 'xlsx', identity: {}, identitySource: null, ratings: [], narrative: {}, problems: [] };
  const sheets = await openReturnSheets(file, bytes);
  if (!sheets) return { ...result, problems: [{ file, message: unreadableWorkbook(file) }] };
  const identity = readIdentitySheet(sheets, CASE_SHEETS.identity, CASE_IDENTITY_KEYS);
  if (identity) Object.assign(result, { identity, identitySource: 'hidden sheet' });

  const ratings = locate(sheets, CASE_SHEETS.ratings, ratingColumns, isRatingHeadings);
  if (!ratings)
    result.problems.push({ file, message: `${file} has no sheet with the ratings headings (${RATING_COLUMNS.ref.heading}, ${RATING_COLUMNS.rating.heading}, ${RATING_COLUMNS.comment.heading}): the heading row may have been changed or deleted.` });
  else {
    const place = `sheet "${ratings.ws.name}"`;
    if (ratings.cols.rating === undefined)
      result.problems.push({ file, row: ratings.headingRow, field: RATING_COLUMNS.rating.heading, message: `${place} has no ${RATING_COLUMNS.rating.heading} column: put it back with its heading` });
    const get = (cells: string[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? ''));
    for (const n of ratings.ws.rowNumbers()) {
      if (n <= ratings.headingRow) continue;
      const cells = ratings.ws.row(n);
      const cell = (text: string) => ({ text, row: n, place });
      result.ratings.push({ ref: cell(get(cells, ratings.cols.ref)), rating: cell(get(cells, ratings.cols.rating)), comment: cell(get(cells, ratings.cols.comment)) });
    }
  }

  const narrative = locate(sheets, CASE_SHEETS.narrative, narrativeColumns, isNarrativeHeadings);
  if (!narrative)
    result.problems.push({ file, message: `${file} has no sheet with the narrative headings (${NARRATIVE_COLUMNS.section.heading}, ${NARRATIVE_COLUMNS.response.heading}): the heading row may have been changed or deleted.` });
  else
    for (const n of narrative.ws.rowNumbers()) {
      if (n <= narrative.headingRow) continue;
      const cells = narrative.ws.row(n);
      const label = cells[narrative.cols.section!] ?? '';
      const text = cells[narrative.cols.response!] ?? '';
      const field = narrativeFieldOf(label);
      const place = `sheet "${narrative.ws.name}"`;
      if (field && result.narrative[field])
        result.problems.push({ file, row: n, field: NARRATIVE_COLUMNS.section.heading, message: `${place}, row ${n}: "${label}" appears twice` });
      else if (field) result.narrative[field] = { text, row: n, place };
      else if (text) result.problems.push({ file, row: n, field: NARRATIVE_COLUMNS.section.heading, message: `${place}, row ${n}: "${label || '(blank)'}" is not one of the narrative sections, so its response cannot be placed` });
    }
  return result;
}
