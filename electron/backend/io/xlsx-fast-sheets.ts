import { clean } from './tool-read-common';
import { decodeEscapes, parseSheet, type CellEnv, type RawSheet, type SharedString } from './xlsx-fast-cells';
import { scanXml, XmlUnsupported } from './xml-scan';
import { readZipEntries } from './zip-entries';

// Worksheets as cell text, read from the workbook's XML without building exceljs's whole model (about ten
// times faster on a returned tool). Returns null for anything outside what it reads exactly as exceljs
// would (hyperlinks, odd shared strings, overlapping merges, unusual packaging): the caller then uses exceljs.

/** A worksheet as the tool reader sees it: cell text by row, cleaned, merged cells resolved. */
export interface XlsxSheet {
  name: string;
  /** Row n's cell texts by 0-based column ('' for empty cells); [] when the row has no text. */
  row(n: number): string[];
  /** Rows that have any text, in ascending order. */
  rowNumbers(): number[];
}

const BUILT_IN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** Each element with its attributes, for the small flat parts (workbook, relationships, styles). */
function elements(xml: string): Array<{ name: string; a: Record<string, string>; path: string }> {
  const out: Array<{ name: string; a: Record<string, string>; path: string }> = [];
  const stack: string[] = [];
  scanXml(xml, { open: (name, a) => (out.push({ name, a: a(), path: stack.join('/') }), stack.push(name)), text: () => {}, close: () => stack.pop() });
  return out;
}

function sharedStrings(xml: string | null): SharedString[] {
  const out: SharedString[] = [];
  if (xml === null) return out;
  // One <si>: its own <t> (the last one wins, as in exceljs), or rich text runs; phonetic runs are ignored.
  let si: { plain: string | undefined; runs: Array<string | undefined> | null } | null = null;
  let into: 'plain' | 'run' | null = null;
  let parts: string[] = [];
  let inRun = false;
  let runText: string | undefined;
  let skip = 0;
  scanXml(xml, {
    open(name) {
      if (skip) return void skip++;
      if (!si) {
        if (name === 'si') si = { plain: undefined, runs: null };
        else if (name !== 'sst') throw new XmlUnsupported(`<${name}> in sharedStrings`);
      } else if (name === 't') [into, parts] = [inRun ? 'run' : 'plain', []];
      else if (inRun) return;
      else if (name === 'r') [inRun, runText] = [true, undefined];
      else if (name === 'rPh' || name === 'phoneticPr') skip = 1;
      else throw new XmlUnsupported(`<${name}> in a shared string`);
    },
    text(t) {
      if (!skip && into) parts.push(t);
    },
    close(name) {
      if (skip) return void skip--;
      if (name === 't' && into) {
        const value = decodeEscapes(parts.join(''));
        if (into === 'run') runText = value;
        else si!.plain = value;
        into = null;
      } else if (name === 'r' && inRun) {
        (si!.runs ??= []).push(runText);
        inRun = false;
      } else if (name === 'si') {
        const s = si!;
        if (s.runs ? s.plain !== undefined : s.plain === undefined) throw new XmlUnsupported('empty or mixed shared string');
        out.push(s.runs ? { richText: s.runs.map((t) => ({ text: t })) } : s.plain!);
        si = null;
      }
    },
  });
  return out;
}

function numFmts(xml: string | null): (styleId: number) => string | undefined {
  if (xml === null) return () => undefined;
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  for (const e of elements(xml)) {
    if (e.name === 'numFmt' && e.path === 'styleSheet/numFmts') {
      if (e.a.formatCode === undefined) throw new XmlUnsupported('numFmt without a code');
      custom.set(parseInt(e.a.numFmtId ?? '', 10), e.a.formatCode.replace(/[\\](.)/g, '$1'));
    } else if (e.name === 'xf' && e.path === 'styleSheet/cellXfs') xfs.push(parseInt(e.a.numFmtId ?? '', 10));
  }
  return (styleId) => {
    const id = xfs[styleId];
    return id ? (custom.get(id) ?? BUILT_IN_FORMATS[id]) : undefined;
  };
}

function toSheet(name: string, raw: RawSheet): XlsxSheet {
  const texts = new Map<number, string[]>();
  for (const [n, cells] of raw.rows) texts.set(n, Array.from(cells, (v) => (v ? clean(v.replace(/_x005F_(x[0-9A-Fa-f]{4}_)/g, '_$1')) : '')));
  // A merged cell shows its master's value in the master's column, and nothing elsewhere.
  for (const [i, m] of raw.merges.entries()) {
    if (raw.merges.slice(0, i).some((o) => o.left <= m.right && m.left <= o.right && o.top <= m.bottom && m.top <= o.bottom)) throw new XmlUnsupported('overlapping merges');
    const master = clean(raw.rows.get(m.top)?.[m.left - 1] ?? '');
    for (let r = m.top; r <= m.bottom; r++)
      for (let col = m.left; col <= m.right; col++) {
        if (r === m.top && col === m.left) continue;
        const cells = texts.get(r) ?? [];
        cells[col - 1] = col === m.left ? master : '';
        texts.set(r, cells);
      }
  }
  for (const [n, cells] of texts) {
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (!cells.some(Boolean)) texts.delete(n);
  }
  const numbers = [...texts.keys()].sort((a, b) => a - b);
  return { name, row: (n) => texts.get(n) ?? [], rowNumbers: () => numbers };
}

/** The workbook's worksheets in tab order, or null when this reader cannot vouch for reading them as exceljs would. */
export function readXlsxSheets(bytes: Uint8Array): XlsxSheet[] | null {
  try {
    const zip = readZipEntries(bytes);
    if (!zip || zip.names.some((p) => p.startsWith('/'))) return null;
    const [workbook, rels] = [zip.text('xl/workbook.xml'), zip.text('xl/_rels/workbook.xml.rels')];
    if (workbook === null || rels === null) return null;
    const book = elements(workbook);
    const pr = book.find((e) => e.name === 'workbookPr');
    const targets = new Map(elements(rels).filter((e) => e.name === 'Relationship').map((e) => [e.a.Id, e.a.Target]));
    const env: CellEnv = { shared: sharedStrings(zip.text('xl/sharedStrings.xml')), numFmtOf: numFmts(zip.text('xl/styles.xml')), date1904: pr?.a.date1904 === '1' };
    const defs = book.filter((e) => e.name === 'sheet' && e.path === 'workbook/sheets');
    if (!defs.length || new Set(defs.map((d) => d.a.sheetId)).size !== defs.length || defs.some((d) => !/^\d+$/.test(d.a.sheetId ?? '') || d.a.name === undefined)) return null;
    const out: XlsxSheet[] = [];
    for (const d of defs) {
      const target = targets.get(d.a['r:id'] ?? '');
      const path = target === undefined ? null : `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
      // exceljs reads only worksheets named sheetN.xml; a chart sheet or anything else is not a worksheet to it.
      const xml = path && /xl\/worksheets\/sheet(\d+)[.]xml/.test(path) ? zip.text(path) : null;
      if (xml !== null) out.push(toSheet(d.a.name!, parseSheet(xml, env)));
    }
    return out;
  } catch {
    return null;
  }
}
