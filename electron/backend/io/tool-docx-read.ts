import type { FrameworkTargets } from '../services/answers-write';
import type { LoadedScale } from '../services/rating-scale';
import { blocks, customProperties, kids, openDocxBody, paragraphText, tableGrid, tagOf } from './docx-read-kit';
import { normaliseHeading } from './import-kit';
import { clean, findColumns, looksLikeAnswerHeadings, rowsToAnswers, targetForRef, type ReadRow, type ReturnProblem, type ToolReadResult } from './tool-read-common';
import { CUSTOM_PROPERTY_PREFIX, IDENTITY_KEYS, RETURN_DETAILS, TOOL_COLUMNS, type ReadIdentity, type ToolField } from './tool-layout';

// Reads a completed Word self-assessment back: the answer tables found by their header row, cells as text
// (runs joined, paragraphs and line breaks as new lines), identity from the custom properties or the
// "Return details" table. Rows may be added or removed and columns moved; a deleted column is reported.

/** "standard 6 table": by the standard its Refs belong to, else the heading above it, else its place in the document. */
function tableName(fw: FrameworkTargets, refs: string[], heading: string | null, n: number): string {
  const standardIds = new Set(refs.map((r) => targetForRef(fw, r)?.standardId).filter((id) => id !== undefined));
  const standard = standardIds.size === 1 ? fw.byKey.get(`s:${[...standardIds][0]}`) : undefined;
  if (standard) return `standard ${standard.number} table`;
  return heading ? `standard ${heading} table` : `table ${n} of answers`;
}

const DETAIL_KEYS = new Map(RETURN_DETAILS.map(([label, key]) => [normaliseHeading(label), key]));

export async function readToolDocx(file: string, bytes: Uint8Array, fw: FrameworkTargets, scale: LoadedScale): Promise<ToolReadResult> {
  const result: ToolReadResult = { kind: 'docx', identity: {}, identitySource: null, agencyNameInFile: null, answers: [], rowOf: new Map(), problems: [], layoutBroken: true };
  const opened = await openDocxBody(bytes);
  if ('error' in opened) return { ...result, problems: [{ file, message: `${file} ${opened.error}` }] };
  const { zip, body } = opened;

  const details: ReadIdentity = {};
  const rows: ReadRow[] = [];
  const problems: ReturnProblem[] = [];
  let headingNumber: string | null = null;
  let tableCount = 0;
  for (const b of blocks(kids(body))) {
    if (tagOf(b) === 'w:p') {
      const m = /^standard\s+([^\s:]+)\s*:/i.exec(clean(paragraphText(b)));
      if (m) headingNumber = m[1]!;
      continue;
    }
    if (tagOf(b) !== 'w:tbl') continue;
    const grid = tableGrid(b);
    const [head, ...data] = grid;
    if (!head) continue;
    // Key/value tables: the agency's details at the top, the return details at the end.
    for (const r of grid) {
      const key = DETAIL_KEYS.get(normaliseHeading(r[0] ?? ''));
      if (key && r[1] && r.filter(Boolean).length === 2) details[key] ??= r[1];
    }
    const cols = findColumns(head);
    if (!looksLikeAnswerHeadings(cols)) continue;
    tableCount++;
    const place = tableName(fw, cols.ref === undefined ? [] : data.map((r) => r[cols.ref!] ?? ''), headingNumber, tableCount);
    const missing = (['ref', 'rating'] as const).filter((f) => cols[f] === undefined);
    if (missing.length) {
      for (const f of missing)
        problems.push({ file, row: 1, field: TOOL_COLUMNS[f].heading, message: `${place} has no ${TOOL_COLUMNS[f].heading} column (the table was edited in Word): put the column back with its heading "${TOOL_COLUMNS[f].heading}"` });
      continue;
    }
    const get = (cells: string[], f: ToolField) => (cols[f] === undefined ? '' : (cells[cols[f]!] ?? ''));
    data.forEach((cells, i) => {
      if (!cells.some(Boolean)) return;
      // A header row repeated by hand is not an answer.
      if (normaliseHeading(get(cells, 'ref')) === normaliseHeading(TOOL_COLUMNS.ref.heading)) return;
      rows.push({ row: i + 2, place, ref: get(cells, 'ref'), rating: get(cells, 'rating'), naReason: get(cells, 'naReason'), evidence: get(cells, 'evidence'), improvement: get(cells, 'improvement') });
    });
  }
  const custom = await customProperties(zip, CUSTOM_PROPERTY_PREFIX, IDENTITY_KEYS);
  const identity: ReadIdentity = { ...details, ...custom };
  const source = Object.keys(custom).length ? 'document properties' : Object.keys(details).some((k) => k !== 'agencyName') ? 'return details table' : null;
  const read = rowsToAnswers(file, rows, fw, scale);
  if (tableCount === 0)
    problems.push({ file, message: `${file} has no self-assessment tables: no table has the headings ${TOOL_COLUMNS.ref.heading} and ${TOOL_COLUMNS.rating.heading}. The tables may have been deleted or their heading rows changed.` });
  return {
    ...result,
    identity: source ? identity : {},
    identitySource: source,
    agencyNameInFile: details.agencyName ?? null,
    answers: read.answers,
    rowOf: read.rowOf,
    problems: [...problems, ...read.problems],
    layoutBroken: problems.length > 0,
  };
}
