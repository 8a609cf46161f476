import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
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
import { clean } from './tool-read-common';

// Reads a completed Word case-audit return: tables found by their header rows (rows may be added and columns
// moved), cell text with paragraphs and line breaks as new lines, identity from the custom properties or the
// "Return details" table.

type XNode = Record<string, unknown>;
const tagOf = (n: XNode): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: XNode): XNode[] => (Array.isArray(n[tagOf(n)]) ? (n[tagOf(n)] as XNode[]) : []);
const child = (n: XNode, tag: string) => kids(n).find((k) => tagOf(k) === tag);
const attr = (n: XNode, name: string): string | undefined => (n[':@'] as Record<string, string> | undefined)?.[`@_${name}`];

const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag']);
const SKIP = new Set(['w:pPr', 'w:rPr', 'w:tcPr', 'w:trPr', 'w:tblPr', 'w:del', 'w:delText', 'w:instrText', 'w:tbl', 'w:sdtPr', 'w:sdtEndPr']);

function runText(n: XNode, inText = false): string {
  const tag = tagOf(n);
  if (tag === '#text') return inText ? String(n['#text'] ?? '') : '';
  if (SKIP.has(tag)) return '';
  if (tag === 'w:tab') return '\t';
  if (tag === 'w:br' || tag === 'w:cr') return '\n';
  return kids(n)
    .map((k) => runText(k, tag === 'w:t'))
    .join('');
}
const blocks = (nodes: XNode[]): XNode[] => nodes.flatMap((n) => (WRAPPERS.has(tagOf(n)) ? blocks(kids(n)) : [n]));
const cellText = (tc: XNode) => clean(blocks(kids(tc)).filter((b) => tagOf(b) === 'w:p').map((p) => runText(p)).join('\n'));

function tableGrid(tbl: XNode): string[][] {
  return blocks(kids(tbl))
    .filter((r) => tagOf(r) === 'w:tr')
    .map((tr) => {
      const out: string[] = [];
      let col = 0;
      for (const tc of blocks(kids(tr)).filter((c) => tagOf(c) === 'w:tc')) {
        out[col] = cellText(tc);
        const span = Number(attr(child(child(tc, 'w:tcPr') ?? {}, 'w:gridSpan') ?? {}, 'w:val') ?? 1);
        col += Number.isFinite(span) && span > 0 ? span : 1;
      }
      for (let i = 0; i < out.length; i++) out[i] ??= '';
      return out;
    });
}

async function customIdentity(zip: JSZip): Promise<ReadCaseIdentity> {
  const xml = await zip.file('docProps/custom.xml')?.async('string');
  const out: ReadCaseIdentity = {};
  if (!xml) return out;
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, removeNSPrefix: true, isArray: (n) => n === 'property' }).parse(xml);
  for (const p of (parsed?.Properties?.property ?? []) as Array<Record<string, unknown>>) {
    const key = CASE_IDENTITY_KEYS.find((k) => `${CASE_PROPERTY_PREFIX}${k}` === String(p['@_name'] ?? ''));
    const value = Object.entries(p).find(([k]) => !k.startsWith('@_'))?.[1];
    if (key && value !== undefined && value !== '') out[key] = clean(String(value));
  }
  return out;
}

const DETAIL_KEYS = new Map(CASE_RETURN_DETAILS.map(([label, key]) => [normaliseHeading(label), key]));

export async function readCaseReturnDocx(file: string, bytes: Uint8Array): Promise<CaseReturnRead> {
  const result: CaseReturnRead = { kind: 'docx', identity: {}, identitySource: null, ratings: [], narrative: {}, problems: [] };
  const fail = (message: string): CaseReturnRead => ({ ...result, problems: [{ file, message: `${file} ${message}` }] });
  let zip: JSZip;
  let xml: string | undefined;
  try {
    zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    return fail('could not be read as a Word document: it may be damaged. Open it in Word, save it again as .docx and import that.');
  }
  if (!xml) return fail('is not a Word document (.docx): it has no document part.');
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, parseAttributeValue: false }).parse(xml) as XNode[];
  const doc = tree.find((n) => tagOf(n) === 'w:document');
  const body = doc && child(doc, 'w:body');
  if (!body) return fail('is not a Word document (.docx): its document part has no body.');

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
  const custom = await customIdentity(zip);
  if (Object.keys(custom).length) Object.assign(result, { identity: { ...details, ...custom }, identitySource: 'document properties' });
  else if (Object.keys(details).some((k) => k !== 'agencyName' && k !== 'caseReference')) Object.assign(result, { identity: details, identitySource: 'return details table' });
  return result;
}
