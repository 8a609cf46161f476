import type ExcelJS from 'exceljs';
import { type Problems, field, findHeaderRow, readText } from './framework-xlsx-cells';
import { ITEM_COLUMNS, headerKey, keyLookup, parseWordingHeader, wordingHeader, wordingPromptHeader, type ItemColumn } from './framework-xlsx-layout';

// The Items sheet: one row per item, standards repeated (or left blank) on their rows; a standard without items is
// one row with empty item cells. Rows are grouped by standard number.

export interface RawWording {
  sectorCode: string;
  text: string;
  evidencePrompt: string | null;
}
export interface RawItem {
  number: string;
  text: string;
  evidencePrompt: string | null;
  guidance: string | null;
  wordings: RawWording[];
}
export interface RawStandard {
  number: string;
  title: string;
  guidance: string | null;
  items: RawItem[];
}

export interface ItemsRead {
  standards: RawStandard[];
  /** Sheet row of each standard's first row, and of each item: maps schema issues back to the sheet. */
  standardRows: number[];
  itemRows: number[][];
}

interface StandardState {
  raw: RawStandard;
  row: number;
  titleRow: number;
  guidanceRow: number;
  itemRows: number[];
  itemNumeric: boolean[];
}

const F = (c: ItemColumn) => field('items', ITEM_COLUMNS[c]);
const REQUIRED: ItemColumn[] = ['standardNumber', 'standardTitle', 'itemNumber', 'itemText'];

/** Returns null when the sheet's headings are unusable (the problems say why). */
export function readItems(ws: ExcelJS.Worksheet, p: Problems, wordingSectors: string[]): ItemsRead | null {
  const header = findHeaderRow(ws, [headerKey(ITEM_COLUMNS.standardNumber)]);
  if (!header) {
    p.add(field('items'), undefined, `the Items sheet needs a heading row: ${REQUIRED.map((c) => ITEM_COLUMNS[c]).join(', ')}`);
    return null;
  }
  const before = p.count;
  const lookup = keyLookup(ITEM_COLUMNS);
  const cols = new Map<ItemColumn, number>();
  const sectors = new Map<string, { sector: string; text?: number; prompt?: number }>();
  const seen = new Set<string>();
  for (const h of header.headings) {
    const wording = parseWordingHeader(h.text);
    const key = wording ? `${wording.part}(${wording.sector.toLowerCase()})` : headerKey(h.text);
    if (seen.has(key) && (wording || lookup.has(key))) p.add(field('items', h.text), header.row, `two columns are headed "${h.text}"`);
    seen.add(key);
    if (wording) {
      const sector = wordingSectors.find((s) => s.toLowerCase() === wording.sector.toLowerCase());
      if (!sector) {
        p.add(field('items', h.text), header.row, `this column is for sector ${wording.sector}, which Wording sectors on the Framework sheet does not list`);
        continue;
      }
      const entry = sectors.get(sector) ?? { sector };
      entry[wording.part === 'text' ? 'text' : 'prompt'] = h.col;
      sectors.set(sector, entry);
    } else {
      const col = lookup.get(headerKey(h.text));
      if (col) cols.set(col, h.col);
    }
  }
  for (const c of REQUIRED)
    if (!cols.has(c)) p.add(F(c), header.row, `the Items sheet has no "${ITEM_COLUMNS[c]}" column`);
  for (const s of sectors.values())
    if (s.text === undefined) p.add(field('items', wordingPromptHeader(s.sector)), header.row, `there is no "${wordingHeader(s.sector)}" column for this prompt`);
  if (p.count > before) return null;

  // Wordings are read in the order of Wording sectors, whatever order the columns are in.
  const wordingCols = [...sectors.values()]
    .sort((a, b) => wordingSectors.indexOf(a.sector) - wordingSectors.indexOf(b.sector))
    .map((e) => ({ sector: e.sector, text: e.text!, prompt: e.prompt }));
  const read = (row: ExcelJS.Row, c: ItemColumn) => {
    const col = cols.get(c);
    return col === undefined ? { text: '', numeric: false } : readText(p, row.getCell(col), F(c), row.number);
  };

  const states: StandardState[] = [];
  const byNumber = new Map<string, StandardState>();
  let current: StandardState | undefined;
  for (let r = header.row + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const sn = read(row, 'standardNumber').text;
    const title = read(row, 'standardTitle').text;
    const guidance = read(row, 'standardGuidance').text;
    const num = read(row, 'itemNumber');
    const itemText = read(row, 'itemText').text;
    const prompt = read(row, 'evidencePrompt').text;
    const itemGuidance = read(row, 'itemGuidance').text;
    const wordings = wordingCols.map((w) => ({
      ...w,
      value: readText(p, row.getCell(w.text), field('items', wordingHeader(w.sector)), r).text,
      promptValue: w.prompt === undefined ? '' : readText(p, row.getCell(w.prompt), field('items', wordingPromptHeader(w.sector)), r).text,
    }));
    const hasItem = [num.text, itemText, prompt, itemGuidance].some(Boolean) || wordings.some((w) => w.value || w.promptValue);
    if (!sn && !title && !guidance && !hasItem) continue; // blank row

    let std: StandardState | undefined;
    if (!sn) {
      if (!current) {
        p.add(F('standardNumber'), r, 'this row needs its standard number');
        continue;
      }
      std = current;
    } else if (current?.raw.number === sn) std = current;
    else if (byNumber.has(sn)) {
      const earlier = byNumber.get(sn)!;
      if (!title || title !== earlier.raw.title) {
        p.add(
          F('standardNumber'),
          r,
          title
            ? `standard ${sn} is already used above (row ${earlier.row}) with a different title`
            : `standard ${sn} appears again after other standards (first at row ${earlier.row}); repeat its title on this row to add to it`,
        );
        continue;
      }
      std = earlier;
    } else {
      std = { raw: { number: sn, title: '', guidance: null, items: [] }, row: r, titleRow: r, guidanceRow: r, itemRows: [], itemNumeric: [] };
      states.push(std);
      byNumber.set(sn, std);
    }
    current = std;

    if (title && !std.raw.title) [std.raw.title, std.titleRow] = [title, r];
    else if (title && title !== std.raw.title)
      p.add(F('standardTitle'), r, `standard ${std.raw.number} has a different title at row ${std.titleRow}`);
    if (guidance && !std.raw.guidance) [std.raw.guidance, std.guidanceRow] = [guidance, r];
    else if (guidance && guidance !== std.raw.guidance)
      p.add(F('standardGuidance'), r, `standard ${std.raw.number} has different guidance at row ${std.guidanceRow}`);

    if (!hasItem) continue;
    if (!num.text) p.addOnce(F('itemNumber'), r, 'an item needs its number');
    for (const w of wordings)
      if (!w.value && w.promptValue)
        p.add(field('items', wordingHeader(w.sector)), r, 'a sector wording needs its text when it has an evidence prompt');
    std.raw.items.push({
      number: num.text,
      text: itemText,
      evidencePrompt: prompt || null,
      guidance: itemGuidance || null,
      wordings: wordings.filter((w) => w.value).map((w) => ({ sectorCode: w.sector, text: w.value, evidencePrompt: w.promptValue || null })),
    });
    std.itemRows.push(r);
    std.itemNumeric.push(num.numeric);
  }
  reportRepeatedItemNumbers(states, p);
  return { standards: states.map((s) => s.raw), standardRows: states.map((s) => s.row), itemRows: states.map((s) => s.itemRows) };
}

/**
 * Item numbers must be unique. Typed as numbers, 9.10 becomes 9.1 in Excel, so a repeat is reported (never merged)
 * and, when a number cell is involved, the message says how to fix it.
 */
function reportRepeatedItemNumbers(states: StandardState[], p: Problems): void {
  const seen = new Map<string, { row: number; numeric: boolean }>();
  for (const s of states)
    s.raw.items.forEach((item, j) => {
      const row = s.itemRows[j]!;
      const numeric = s.itemNumeric[j]!;
      const first = seen.get(item.number);
      if (!item.number) return;
      if (!first) {
        seen.set(item.number, { row, numeric });
        return;
      }
      const hint =
        first.numeric || numeric
          ? `; Excel stores numbers, so 9.10 typed as a number becomes 9.1. Format the ${ITEM_COLUMNS.itemNumber} column as Text and type the numbers again`
          : '';
      p.add(F('itemNumber'), row, `item number ${item.number} is used twice (rows ${first.row} and ${row})${hint}`);
    });
}
