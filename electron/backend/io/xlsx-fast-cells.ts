import type ExcelJS from 'exceljs';
import { valueText } from './tabular-xlsx';
import { scanXml, XmlUnsupported, type XmlHandler } from './xml-scan';

// One worksheet's cells as the text exceljs would give them (tool-xlsx-read's cellText before clean), read
// straight from the sheet XML. Mirrors exceljs 4's cell parsing rule for rule, including its quirks (inline
// text not unescaped, "str" results decoded twice, merged cells showing their master's value).

export type SharedString = string | { richText: Array<{ text: string | undefined }> };

export interface CellEnv {
  shared: SharedString[];
  /** The number format of a cell style, as exceljs resolves it (style 0 has none). */
  numFmtOf(styleId: number): string | undefined;
  date1904: boolean;
}

export interface RawSheet {
  /** Row → 0-based column → text, only for cells whose text is not empty. */
  rows: Map<number, string[]>;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
}

/** Excel's "_x0041_" escape, decoded as exceljs's text parser does (upper-case hex only). */
export const decodeEscapes = (s: string) => (s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : s);
const XML_DECODE: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
const xmlDecode = (s: string) => s.replace(/&([a-z]*);/g, (c) => XML_DECODE[c] ?? c);

export function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}
// exceljs's excelToDate, applied (as exceljs does) to whatever a formula left, so a non-number gives no date.
const excelToDate = (v: unknown, date1904: boolean) => new Date(Math.round(((v as number) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

const ADDRESS = /^([A-Z]{1,3})([1-9]\d*)$/;
export function decodeAddress(a: string | undefined): { row: number; col: number } {
  const m = a ? ADDRESS.exec(a) : null;
  if (!m) throw new XmlUnsupported(`cell address ${a}`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

interface Cell {
  col: number;
  styleId: number;
  t: string | undefined;
  value: string | undefined;
  formula: string;
  shareType: string | undefined;
  sharedMaster: boolean;
  runs: Array<string | undefined> | null;
  node: 'f' | 'v' | 't' | undefined;
}

function cellText(c: Cell, env: CellEnv): string {
  const numFmt = c.styleId ? env.numFmtOf(c.styleId) : undefined;
  const date = isDateFmt(numFmt);
  if (c.formula || c.shareType) {
    if (c.runs) throw new XmlUnsupported('rich text in a formula cell');
    // Without formula text only a shared formula's dependants have a formula exceljs can name.
    if (!c.formula && (c.shareType !== 'shared' || c.sharedMaster)) throw new XmlUnsupported('formula without text');
    let result: unknown;
    if (c.value) result = c.t === 'str' ? xmlDecode(c.value) : c.t === 'b' ? parseInt(c.value, 10) !== 0 : c.t === 'e' ? { error: c.value } : parseFloat(c.value);
    if (result !== undefined && date) result = excelToDate(result, env.date1904);
    // exceljs's formula value keeps only a truthy result: FALSE, 0 and "" read as empty.
    return result ? valueText(result as ExcelJS.CellValue, numFmt) : '';
  }
  if (c.value === undefined && !c.runs) return '';
  if (c.runs && c.t !== 'inlineStr') throw new XmlUnsupported('rich text outside an inline string');
  let v: unknown;
  switch (c.t) {
    case 's': {
      v = env.shared[parseInt(c.value!, 10)];
      if (v === undefined) throw new XmlUnsupported('shared string out of range');
      break;
    }
    case 'str':
      v = xmlDecode(c.value!);
      break;
    case 'inlineStr':
      v = c.runs ? { richText: c.runs.map((text) => ({ text })) } : c.value;
      break;
    case 'b':
      v = parseInt(c.value!, 10) !== 0;
      break;
    case 'e':
      return '';
    default: {
      const n = parseFloat(c.value!);
      v = date ? excelToDate(n, env.date1904) : n;
    }
  }
  return valueText(v as ExcelJS.CellValue, numFmt);
}

/** Parses one worksheet's XML; throws XmlUnsupported for anything exceljs might read differently. */
export function parseSheet(xml: string, env: CellEnv): RawSheet {
  const rows = new Map<number, string[]>();
  const merges: RawSheet['merges'] = [];
  const seenRows = new Set<number>();
  const sharedIds = new Set<string>();
  let inData = false;
  let row: { n: number; cols: Set<number> } | null = null;
  let c: Cell | null = null;
  let run: { parts: string[]; inT: boolean; hasT: boolean } | null = null;
  const h: XmlHandler = {
    open(name, attrs) {
      if (c) {
        if (run) {
          if (name === 't') [run.parts, run.inT, run.hasT] = [[], true, true];
        } else if (name === 'f') {
          const a = attrs();
          c.node = 'f';
          c.shareType = a.t;
          c.sharedMaster = a.t === 'shared' && a.ref !== undefined;
          if (c.shareType === 'shared' && !c.sharedMaster && !sharedIds.has(a.si ?? '')) throw new XmlUnsupported('shared formula without its master');
          if (c.sharedMaster) sharedIds.add(a.si ?? '');
        } else if (name === 'v' || name === 't') c.node = name;
        else if (name === 'r') run = { parts: [], inT: false, hasT: false };
        else if (name !== 'is') throw new XmlUnsupported(`<${name}> in a cell`);
        return;
      }
      if (name === 'sheetData') inData = true;
      else if (name === 'hyperlinks') throw new XmlUnsupported('hyperlinks');
      else if (name === 'mergeCell') {
        const a = attrs();
        const [p, q = p] = (a.ref ?? '').split(':');
        const [x, y] = [decodeAddress(p), decodeAddress(q)];
        merges.push({ top: Math.min(x.row, y.row), left: Math.min(x.col, y.col), bottom: Math.max(x.row, y.row), right: Math.max(x.col, y.col) });
      } else if (inData && name === 'row') {
        const a = attrs();
        if (!/^[1-9]\d*$/.test(a.r ?? '') || seenRows.has(Number(a.r))) throw new XmlUnsupported('row number');
        row = { n: Number(a.r), cols: new Set() };
        seenRows.add(row.n);
      } else if (inData && name === 'c') {
        const a = attrs();
        const at = decodeAddress(a.r);
        if (!row || at.row !== row.n || row.cols.has(at.col)) throw new XmlUnsupported('cell outside its row');
        row.cols.add(at.col);
        c = { col: at.col, styleId: a.s ? parseInt(a.s, 10) : 0, t: a.t, value: undefined, formula: '', shareType: undefined, sharedMaster: false, runs: null, node: undefined };
      } else if (inData) throw new XmlUnsupported(`<${name}> in sheetData`);
    },
    text(text) {
      if (!c || !text) return;
      if (run) {
        if (run.inT) run.parts.push(text);
      } else if (c.node === 'f') c.formula += text;
      else if (c.node === 'v' || c.node === 't') {
        if (c.runs) throw new XmlUnsupported('text after rich text runs');
        c.value = (c.value ?? '') + text;
      }
    },
    close(name) {
      if (run) {
        if (name === 't') run.inT = false;
        else if (name === 'r') {
          if (c!.value !== undefined) throw new XmlUnsupported('plain text before rich text runs');
          (c!.runs ??= []).push(run.hasT ? decodeEscapes(run.parts.join('')) : undefined);
          run = null;
          c!.node = undefined;
        }
        return;
      }
      if (c) {
        if (name === 'c') {
          const text = cellText(c, env);
          if (text) {
            const cells = rows.get(row!.n) ?? [];
            cells[c.col - 1] = text;
            rows.set(row!.n, cells);
          }
          c = null;
        } else if (name === 'f' || name === 'v' || name === 't' || name === 'is') c.node = undefined;
        return;
      }
      if (name === 'row') row = null;
      else if (name === 'sheetData') inData = false;
    },
  };
  scanXml(xml, h);
  return { rows, merges };
}
