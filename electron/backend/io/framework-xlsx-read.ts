import ExcelJS from 'exceljs';
import { frameworkDocSchema, type FrameworkDoc } from '../../../shared/domain/framework';
import { AppError } from '../errors';
import { assertZipWithinLimits } from './zip-guard';
import { Problems, field, fillColour, findHeaderRow, findSheet, quietText, readNumber, readYesNo, text } from './framework-xlsx-cells';
import { readItems, type ItemsRead } from './framework-xlsx-items';
import {
  FRAMEWORK_FIELDS,
  ITEM_COLUMNS,
  LEVEL_COLUMNS,
  SCALE_FIELDS,
  SHEETS,
  headerKey,
  keyLookup,
  wordingHeader,
  wordingPromptHeader,
  type ItemColumn,
  type LevelColumn,
  type SheetKey,
} from './framework-xlsx-layout';

// Reads a framework workbook (layout in framework-xlsx-layout.ts). Problems are collected with sheet, row and column,
// then the document is checked against frameworkDocSchema and its issues are mapped back to the rows they came from.

type At = { cell: ExcelJS.Cell; row: number };

async function loadWorkbook(fileName: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const notXlsx = (why: string) => new AppError('import_invalid', `${fileName} ${why}`, [{ file: fileName, message: why }]);
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    throw notXlsx('is an older Excel (.xls) file or is password-protected; save it as an Excel Workbook (.xlsx) without a password and import that');
  assertZipWithinLimits(fileName, bytes);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads at run time.
    await wb.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  } catch {
    throw notXlsx('is not an Excel workbook (.xlsx) or is damaged');
  }
  if (wb.worksheets.length === 0) throw notXlsx('is not an Excel workbook (.xlsx) or is damaged');
  return wb;
}

/** Field | Value rows up to lastRow. A "Field | Value" heading row is optional; without one, columns A and B. */
function readFieldRows<K extends string>(ws: ExcelJS.Worksheet, sheet: SheetKey, labels: Record<K, string>, p: Problems, lastRow: number) {
  const header = findHeaderRow(ws, ['field', 'value'], 1, lastRow);
  const fieldCol = header?.columns.get('field') ?? 1;
  const valueCol = header?.columns.get('value') ?? 2;
  const lookup = keyLookup(labels);
  const rows = new Map<K, At>();
  for (let r = header ? header.row + 1 : 1; r <= lastRow; r++) {
    const key = lookup.get(headerKey(quietText(ws.getRow(r).getCell(fieldCol))));
    if (!key) continue;
    const first = rows.get(key);
    if (first) p.add(field(sheet, labels[key]), r, `${labels[key]} is given twice (rows ${first.row} and ${r})`);
    else rows.set(key, { cell: ws.getRow(r).getCell(valueCol), row: r });
  }
  const name = (k: K) => field(sheet, labels[k]);
  const missing = (k: K) => p.add(name(k), undefined, `the ${SHEETS[sheet]} sheet needs a ${labels[k]} row`);
  return {
    rows,
    text(k: K, required: boolean): string | undefined {
      const at = rows.get(k);
      if (!at) return required ? void missing(k) : undefined;
      const t = text(p, at.cell, name(k), at.row);
      if (required && !t) p.addOnce(name(k), at.row, `${labels[k]} is blank`);
      return t;
    },
    number: (k: K) => {
      const at = rows.get(k);
      return at ? readNumber(p, at.cell, name(k), at.row) : null;
    },
    yesNo: (k: K) => {
      const at = rows.get(k);
      return at ? readYesNo(p, at.cell, name(k), at.row) : void missing(k);
    },
  };
}

const list = (s: string | undefined) => (s ?? '').split(/[,;\n]/).map((x) => x.trim()).filter(Boolean);
const DUTY_ALIASES: Record<string, string> = { 's175/157': 's175', s157: 's175', 's175/s157': 's175' };

function readScale(ws: ExcelJS.Worksheet, p: Problems) {
  const table = findHeaderRow(ws, ['code', 'label']);
  if (!table) {
    p.add(field('scale'), undefined, 'the Scale sheet needs a level table headed Code, Label, Colour, Score');
    return null;
  }
  const f = readFieldRows(ws, 'scale', SCALE_FIELDS, p, table.row - 1);
  const name = (c: LevelColumn) => field('scale', LEVEL_COLUMNS[c]);
  const colOf = (c: LevelColumn) => table.columns.get(headerKey(LEVEL_COLUMNS[c]));
  const missingCols = (['colour', 'score'] as const).filter((c) => colOf(c) === undefined);
  for (const c of missingCols) p.add(name(c), table.row, `the level table has no "${LEVEL_COLUMNS[c]}" column`);
  if (missingCols.length) return null;

  const levels: Array<Record<LevelColumn, unknown>> = [];
  const levelRows: number[] = [];
  const cols = Object.keys(LEVEL_COLUMNS) as LevelColumn[];
  for (let r = table.row + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cell = (c: LevelColumn) => {
      const col = colOf(c);
      return col === undefined ? undefined : row.getCell(col);
    };
    if (cols.every((c) => !quietText(cell(c)))) continue;
    const t = (c: LevelColumn) => {
      const at = cell(c);
      return at ? text(p, at, name(c), r) : '';
    };
    const n = (c: LevelColumn) => {
      const at = cell(c);
      return at ? readNumber(p, at, name(c), r) : null;
    };
    const code = t('code');
    const label = t('label');
    const typed = t('colour');
    const colour = typed ? (/^[0-9a-f]{6}$/i.test(typed) ? `#${typed}` : typed) : (fillColour(cell('colour')!) ?? '');
    const score = n('score');
    if (!code) p.addOnce(name('code'), r, 'a level needs its code');
    if (!label) p.addOnce(name('label'), r, 'a level needs its label');
    if (!colour) p.addOnce(name('colour'), r, 'a level needs its colour, as #RRGGBB');
    if (score === null && !quietText(cell('score'))) p.add(name('score'), r, 'a level needs its score');
    const description = t('description');
    const bandMin = n('bandMin');
    const bandMax = n('bandMax');
    levels.push({ code, label, colour, score: score ?? undefined, description: description || null, bandMin, bandMax });
    levelRows.push(r);
  }
  const allowsNa = f.yesNo('allowsNa');
  const naLabel = f.text('naLabel', false);
  const raw = {
    name: f.text('name', true),
    kind: f.text('kind', true)?.toLowerCase(),
    higherIsBetter: f.yesNo('higherIsBetter'),
    allowsNa,
    // A blank N/A label on a scale that allows N/A falls back to the default wording.
    naLabel: naLabel || (allowsNa ? undefined : naLabel),
    min: f.number('min'),
    max: f.number('max'),
    step: f.number('step'),
    levels,
  };
  return { raw, rows: f.rows, levelRows, tableRow: table.row };
}

interface Locations {
  framework: Map<string, At>;
  scale: Map<string, At>;
  levelRows: number[];
  levelTableRow: number;
  items: ItemsRead;
}

const pick = <T extends Record<string, string>>(labels: T, key: PropertyKey, fallback: string): string =>
  typeof key === 'string' && Object.hasOwn(labels, key) ? labels[key]! : fallback;

const ITEM_FIELD_COLUMNS: Record<string, ItemColumn> = { number: 'itemNumber', text: 'itemText', evidencePrompt: 'evidencePrompt', guidance: 'itemGuidance' };
const STANDARD_FIELD_COLUMNS: Record<string, ItemColumn> = { number: 'standardNumber', title: 'standardTitle', guidance: 'standardGuidance' };

/** Where in the workbook a schema issue's path points. */
function locate(path: ReadonlyArray<PropertyKey>, at: Locations): { field: string; row?: number } {
  const [a, b, c, d, e, w, x] = path;
  if (a === 'scale') {
    if (b !== 'levels') return { field: field('scale', pick(SCALE_FIELDS, b ?? '', String(b))), row: at.scale.get(String(b))?.row };
    if (typeof c !== 'number') return { field: field('scale', LEVEL_COLUMNS.code), row: at.levelTableRow };
    return { field: field('scale', pick(LEVEL_COLUMNS, d ?? '', LEVEL_COLUMNS.code)), row: at.levelRows[c] };
  }
  if (a === 'standards') {
    if (typeof b !== 'number') return { field: field('items') };
    const standardRow = at.items.standardRows[b];
    if (c === 'items' && typeof d === 'number') {
      const row = at.items.itemRows[b]?.[d];
      if (e === 'wordings' && typeof w === 'number') {
        const sector = at.items.standards[b]?.items[d]?.wordings[w]?.sectorCode ?? '';
        return { field: field('items', x === 'evidencePrompt' ? wordingPromptHeader(sector) : wordingHeader(sector)), row };
      }
      return { field: field('items', ITEM_COLUMNS[ITEM_FIELD_COLUMNS[String(e)] ?? 'itemText']), row };
    }
    if (c === 'items') return { field: field('items', ITEM_COLUMNS.itemNumber), row: standardRow };
    return { field: field('items', ITEM_COLUMNS[STANDARD_FIELD_COLUMNS[String(c)] ?? 'standardNumber']), row: standardRow };
  }
  return { field: field('framework', pick(FRAMEWORK_FIELDS, a ?? '', String(a))), row: at.framework.get(String(a))?.row };
}

const problemsError = (fileName: string, p: Problems) =>
  new AppError(
    'import_invalid',
    `${fileName} is not a valid framework workbook (${p.count} problem${p.count === 1 ? '' : 's'}); nothing was imported.`,
    p.sorted(),
  );

export async function parseFrameworkXlsx(fileName: string, bytes: Buffer): Promise<FrameworkDoc> {
  const wb = await loadWorkbook(fileName, bytes);
  const missing = Object.values(SHEETS).filter((s) => !findSheet(wb, s));
  if (missing.length) {
    const message = missing.length === 1 ? `has no sheet called ${missing[0]}` : `has no sheets called ${missing.join(' and ')}`;
    throw new AppError('import_invalid', `${fileName} ${message}`, missing.map((s) => ({ file: fileName, field: s, message: `no sheet called ${s}` })));
  }
  const p = new Problems(fileName);
  const fwSheet = findSheet(wb, SHEETS.framework)!;
  const fw = readFieldRows(fwSheet, 'framework', FRAMEWORK_FIELDS, p, fwSheet.rowCount);
  const wordingSectors = list(fw.text('wordingSectors', false));
  const frameworkRaw = {
    formatVersion: 1,
    familyKey: fw.text('familyKey', true),
    name: fw.text('name', true),
    versionLabel: fw.text('versionLabel', true),
    description: fw.text('description', false) || null,
    duties: list(fw.text('duties', false)).map((d) => DUTY_ALIASES[d.toLowerCase()] ?? d.toLowerCase()),
    ratingTarget: fw.text('ratingTarget', true)?.toLowerCase(),
    standardRollup: fw.text('standardRollup', true)?.toLowerCase(),
    wordingSectors,
  };
  const scale = readScale(findSheet(wb, SHEETS.scale)!, p);
  const items = readItems(findSheet(wb, SHEETS.items)!, p, wordingSectors);
  if (!scale || !items) throw problemsError(fileName, p);

  const parsed = frameworkDocSchema.safeParse({ ...frameworkRaw, scale: scale.raw, standards: items.standards });
  if (!parsed.success) {
    const at: Locations = { framework: fw.rows, scale: scale.rows, levelRows: scale.levelRows, levelTableRow: scale.tableRow, items };
    for (const issue of parsed.error.issues) {
      const where = locate(issue.path, at);
      p.addOnce(where.field, where.row, issue.message);
    }
  }
  if (p.count > 0 || !parsed.success) throw problemsError(fileName, p);
  return parsed.data;
}
