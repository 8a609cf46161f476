import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { clean } from './tool-read-common';

// What the Word return readers (s11 self-assessment, case-file audit) share: opening the document, walking its
// blocks through Word's wrappers, tables as text by grid column, and the custom document properties.

export type XNode = Record<string, unknown>;
export const tagOf = (n: XNode): string => Object.keys(n).find((k) => k !== ':@') ?? '';
export const kids = (n: XNode): XNode[] => (Array.isArray(n[tagOf(n)]) ? (n[tagOf(n)] as XNode[]) : []);
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
export function blocks(nodes: XNode[]): XNode[] {
  return nodes.flatMap((n) => (WRAPPERS.has(tagOf(n)) ? blocks(kids(n)) : [n]));
}

export const paragraphText = (p: XNode) => runText(p);
const cellText = (tc: XNode) => clean(blocks(kids(tc)).filter((b) => tagOf(b) === 'w:p').map(paragraphText).join('\n'));

/** A table as text by grid column: a cell spanning columns sits at its first column. */
export function tableGrid(tbl: XNode): string[][] {
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

/** The custom properties named prefix+key for the given keys, cleaned; blank ones left out. */
export async function customProperties<K extends string>(zip: JSZip, prefix: string, keys: readonly K[]): Promise<Partial<Record<K, string>>> {
  const out: Partial<Record<K, string>> = {};
  let parsed: { Properties?: { property?: unknown[] } } | undefined;
  try {
    const xml = await zip.file('docProps/custom.xml')?.async('string');
    if (!xml) return out;
    parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, removeNSPrefix: true, isArray: (n) => n === 'property' }).parse(xml);
  } catch {
    // A damaged or hostile properties part is as good as none: the reader then matches by the document's text.
    return out;
  }
  for (const p of (parsed?.Properties?.property ?? []) as Array<Record<string, unknown>>) {
    const name = String(p['@_name'] ?? '');
    const key = keys.find((k) => `${prefix}${k}` === name);
    const value = Object.entries(p).find(([k]) => !k.startsWith('@_'))?.[1];
    if (key && value !== undefined && value !== '') out[key] = clean(String(value));
  }
  return out;
}

/** The package and the document body, or what is wrong with the file (to follow its name in a problem). */
export async function openDocxBody(bytes: Uint8Array): Promise<{ zip: JSZip; body: XNode } | { error: string }> {
  let zip: JSZip;
  let xml: string | undefined;
  try {
    zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    return { error: 'could not be read as a Word document: it may be damaged. Open it in Word, save it again as .docx and import that.' };
  }
  if (!xml) return { error: 'is not a Word document (.docx): it has no document part.' };
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', trimValues: false, parseTagValue: false, parseAttributeValue: false });
  let tree: XNode[];
  try {
    tree = parser.parse(xml) as XNode[];
  } catch {
    // Malformed or absurdly nested XML (the parser stops at 100 levels) is a damaged file, not a crash.
    return { error: 'could not be read as a Word document: its text is damaged. Open it in Word, save it again as .docx and import that.' };
  }
  const documentNode = tree.find((n) => tagOf(n) === 'w:document');
  const body = documentNode && child(documentNode, 'w:body');
  if (!body) return { error: 'is not a Word document (.docx): its document part has no body.' };
  return { zip, body };
}
