import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { FrameworkTargets } from '../services/answers-write';
import type { LoadedScale } from '../services/rating-scale';
import { normaliseHeading } from './import-kit';
import { clean, findColumns, looksLikeAnswerHeadings, rowsToAnswers, targetForRef, type ReadRow, type ReturnProblem, type ToolReadResult } from './tool-read-common';
import { CUSTOM_PROPERTY_PREFIX, IDENTITY_KEYS, RETURN_DETAILS, TOOL_COLUMNS, type ReadIdentity, type ToolField } from './tool-layout';

// Reads a completed Word self-assessment back: the answer tables found by their header row, cells as text
// (runs joined, paragraphs and line breaks as new lines), identity from the custom properties or the
// "Return details" table. Rows may be added or removed and columns moved; a deleted column is reported.

type XNode = Record<string, unknown>;
const tagOf = (n: XNode): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: XNode): XNode[] => (Array.isArray(n[tagOf(n)]) ? (n[tagOf(n)] as XNode[]) : []);
const attr = (n: XNode, name: string): string | undefined => (n[':@'] as Record<string, string> | undefined)?.[`@_${name}`];
const child = (n: XNode, tag: string) => kids(n).find((k) => tagOf(k) === tag);

/** Containers Word wraps content in (content controls, custom XML, smart tags): look through them. */
const WRAPPERS = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag']);
const SKIP = new Set(['w:pPr', 'w:rPr', 'w:tcPr', 'w:trPr', 'w:tblPr', 'w:del', 'w:delText', 'w:instrText', 'w:tbl', 'w:sdtPr', 'w:sdtEndPr']);

/** Text of runs: only w:t holds text (whitespace between tags of a pretty-printed file is not content). */
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

/** Block-level children in order, looking through wrappers. */
function blocks(nodes: XNode[]): XNode[] {
  return nodes.flatMap((n) => (WRAPPERS.has(tagOf(n)) ? blocks(kids(n)) : [n]));
}

const paragraphText = (p: XNode) => runText(p);
const cellText = (tc: XNode) => clean(blocks(kids(tc)).filter((b) => tagOf(b) === 'w:p').map(paragraphText).join('\n'));

/** A table as text by grid column: a cell spanning columns sits at its first column. */
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

async function customIdentity(zip: JSZip): Promise<ReadIdentity> {
  const xml = await zip.file('docProps/custom.xml')?.async('string');
  const out: ReadIdentity = {};
  if (!xml) return out;
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, removeNSPrefix: true, isArray: (n) => n === 'property' }).parse(xml);
  for (const p of (parsed?.Properties?.property ?? []) as Array<Record<string, unknown>>) {
    const name = String(p['@_name'] ?? '');
    const key = IDENTITY_KEYS.find((k) => `${CUSTOM_PROPERTY_PREFIX}${k}` === name);
    const value = Object.entries(p).find(([k]) => !k.startsWith('@_'))?.[1];
    if (key && value !== undefined && value !== '') out[key] = clean(String(value));
  }
  return out;
}

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
  const fail = (message: string): ToolReadResult => ({ ...result, problems: [{ file, message: `${file} ${message}` }] });
  let zip: JSZip;
  let xml: string | undefined;
  try {
    zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    return fail('could not be read as a Word document: it may be damaged. Open it in Word, save it again as .docx and import that.');
  }
  if (!xml) return fail('is not a Word document (.docx): it has no document part.');
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, parseAttributeValue: false });
  const tree = parser.parse(xml) as XNode[];
  const documentNode = tree.find((n) => tagOf(n) === 'w:document');
  const body = documentNode && child(documentNode, 'w:body');
  if (!body) return fail('is not a Word document (.docx): its document part has no body.');

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
  const custom = await customIdentity(zip);
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
