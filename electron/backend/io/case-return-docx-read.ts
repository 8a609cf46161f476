import { normaliseHeading } from './import-kit';
import {
  CASE_IDENTITY_KEYS,
  CASE_PROPERTY_PREFIX,
  CASE_RETURN_DETAILS,
  NARRATIVE_COLUMNS,
  RATING_COLUMNS,
  isNarrativeHeadings,
  isRatingHeadings,
  narrativeColumns,
  narrativeFieldOf,
  ratingColumns,
  type CaseReturnRead,
  type ReadCaseIdentity,
} from './case-return-layout';
import { blocks, customProperties, kids, openDocxBody, tableGrid, tagOf } from './docx-read-kit';

// Reads a completed Word case-audit return: tables found by their header rows (rows may be added and columns
// moved), cell text with paragraphs and line breaks as new lines, identity from the custom properties or the
// "Return details" table.

const DETAIL_KEYS = new Map(CASE_RETURN_DETAILS.map(([label, key]) => [normaliseHeading(label), key]));

export async function readCaseReturnDocx(file: string, bytes: Uint8Array): Promise<CaseReturnRead> {
  const result: CaseReturnRead = { kind: 'docx', identity: {}, identitySource: null, ratings: [], narrative: {}, problems: [] };
  const opened = await openDocxBody(bytes);
  if ('error' in opened) return { ...result, problems: [{ file, message: `${file} ${opened.error}` }] };
  const { zip, body } = opened;

  const details: ReadCaseIdentity = {};
  let ratingTables = 0;
  let narrativeTables = 0;
  for (const b of blocks(kids(body)).filter((x) => tagOf(x) === 'w:tbl')) {
    const [head, ...data] = tableGrid(b);
    if (!head) continue;
    for (const [label, value, ...more] of [head, ...data]) {
      const key = DETAIL_KEYS.get(normaliseHeading(label ?? ''));
      if (key && value && !more.some(Boolean)) details[key] ??= value;
    }
    const rc = ratingColumns(head);
    if (isRatingHeadings(rc)) {
      const place = 'ratings table';
      ratingTables++;
      if (rc.rating === undefined) result.problems.push({ file, row: 1, field: RATING_COLUMNS.rating.heading, message: `the ${place} has no ${RATING_COLUMNS.rating.heading} column (the table was edited in Word): put it back with its heading` });
      data.forEach((cells, i) => {
        const get = (c: number | undefined) => ({ text: c === undefined ? '' : (cells[c] ?? ''), row: i + 2, place });
        if (normaliseHeading(get(rc.ref).text) !== normaliseHeading(RATING_COLUMNS.ref.heading)) result.ratings.push({ ref: get(rc.ref), rating: get(rc.rating), comment: get(rc.comment) });
      });
      continue;
    }
    const nc = narrativeColumns(head);
    if (isNarrativeHeadings(nc)) {
      narrativeTables++;
      data.forEach((cells, i) => {
        const label = cells[nc.section!] ?? '';
        const text = cells[nc.response!] ?? '';
        const field = narrativeFieldOf(label);
        if (field && !result.narrative[field]) result.narrative[field] = { text, row: i + 2, place: 'narrative table' };
        else if (text) result.problems.push({ file, row: i + 2, field: NARRATIVE_COLUMNS.section.heading, message: `narrative table, row ${i + 2}: "${label || '(blank)'}" is ${field ? 'there twice' : 'not one of the narrative sections'}` });
      });
    }
  }
  if (!ratingTables) result.problems.push({ file, message: `${file} has no ratings table: no table has the headings ${RATING_COLUMNS.ref.heading} and ${RATING_COLUMNS.rating.heading}.` });
  if (!narrativeTables) result.problems.push({ file, message: `${file} has no narrative table: no table has the headings ${NARRATIVE_COLUMNS.section.heading} and ${NARRATIVE_COLUMNS.response.heading}.` });
  const custom = await customProperties(zip, CASE_PROPERTY_PREFIX, CASE_IDENTITY_KEYS);
  if (Object.keys(custom).length) Object.assign(result, { identity: { ...details, ...custom }, identitySource: 'document properties' });
  else if (Object.keys(details).some((k) => k !== 'agencyName' && k !== 'caseReference')) Object.assign(result, { identity: details, identitySource: 'return details table' });
  return result;
}
