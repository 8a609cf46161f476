import ExcelJS from 'exceljs';
import type { FrameworkDoc, Scale } from '../../../shared/domain/framework';
import { RATING_TARGETS, SCALE_KINDS, STANDARD_ROLLUPS } from '../../../shared/domain/enums';
import type { GeneratedFile } from '../../../shared/domain/settings';
import {
  FRAMEWORK_FIELDS,
  ITEM_COLUMNS,
  LEVEL_COLUMNS,
  SCALE_FIELDS,
  SHEETS,
  XLSX_MIME,
  wordingHeader,
  wordingPromptHeader,
} from './framework-xlsx-layout';

// Writes a framework as a workbook a partnership can revise in Excel and import again (framework-xlsx-read.ts).

type Value = string | number | null;

/**
 * Excel reads "_x0041_" in a cell as the character it encodes, so text that happens to contain such a sequence has
 * its underscore escaped (_x005F_) to come back unchanged.
 */
const cellText = (s: string | null | undefined): string | null => (s ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : null);
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const yesNo = (b: boolean) => (b ? 'Yes' : 'No');
const WRAP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[], textColumns: number[] = []): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  widths.forEach((width, i) => {
    const col = ws.getColumn(i + 1);
    col.width = width;
    // Text format, so that 9.10 typed into a new row stays 9.10 rather than becoming the number 9.1.
    col.style = textColumns.includes(i + 1) ? { alignment: WRAP, numFmt: '@' } : { alignment: WRAP };
  });
  return ws;
}

function addRow(ws: ExcelJS.Worksheet, values: Value[], bold = false): ExcelJS.Row {
  const row = ws.addRow(values.map((v) => (typeof v === 'string' ? cellText(v) : v)));
  if (bold) row.font = { bold: true };
  return row;
}

const choices = (cell: ExcelJS.Cell, options: readonly string[]) => {
  cell.dataValidation = { type: 'list', allowBlank: false, formulae: [`"${options.join(',')}"`] };
};

/** Sector columns: the framework's wording sectors, then any other sector an item has a wording for. */
export function wordingSectorColumns(doc: FrameworkDoc): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (!out.some((o) => same(o, s))) out.push(s);
  };
  doc.wordingSectors.forEach(add);
  doc.standards.forEach((s) => s.items.forEach((i) => i.wordings.forEach((w) => add(w.sectorCode))));
  return out;
}

function writeFramework(wb: ExcelJS.Workbook, doc: FrameworkDoc, sectors: string[]) {
  const ws = sheet(wb, SHEETS.framework, [22, 90]);
  addRow(ws, ['Field', 'Value'], true);
  const values: Record<keyof typeof FRAMEWORK_FIELDS, Value> = {
    familyKey: doc.familyKey,
    name: doc.name,
    versionLabel: doc.versionLabel,
    description: doc.description,
    duties: doc.duties.join(', '),
    ratingTarget: doc.ratingTarget,
    standardRollup: doc.standardRollup,
    // Any sector with a wording is listed too, so that every wording column on the Items sheet reads back.
    wordingSectors: [...doc.wordingSectors, ...sectors.filter((s) => !doc.wordingSectors.some((w) => same(w, s)))].join(', '),
  };
  for (const [key, label] of Object.entries(FRAMEWORK_FIELDS) as Array<[keyof typeof FRAMEWORK_FIELDS, string]>) {
    const row = addRow(ws, [label, values[key]]);
    if (key === 'ratingTarget') choices(row.getCell(2), RATING_TARGETS);
    if (key === 'standardRollup') choices(row.getCell(2), STANDARD_ROLLUPS);
  }
  ws.getColumn(1).font = { bold: true };
}

/** Black or white text, whichever reads better on the fill. */
function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lum = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return lum > 0.5 ? 'FF000000' : 'FFFFFFFF';
}

function writeScale(wb: ExcelJS.Workbook, scale: Scale) {
  const ws = sheet(wb, SHEETS.scale, [18, 30, 12, 10, 60, 10, 10]);
  addRow(ws, ['Field', 'Value'], true);
  const values: Record<keyof typeof SCALE_FIELDS, Value> = {
    name: scale.name,
    kind: scale.kind,
    higherIsBetter: yesNo(scale.higherIsBetter),
    allowsNa: yesNo(scale.allowsNa),
    naLabel: scale.naLabel,
    min: scale.min,
    max: scale.max,
    step: scale.step,
  };
  for (const [key, label] of Object.entries(SCALE_FIELDS) as Array<[keyof typeof SCALE_FIELDS, string]>) {
    const row = addRow(ws, [label, values[key]]);
    if (key === 'kind') choices(row.getCell(2), SCALE_KINDS);
    if (key === 'higherIsBetter' || key === 'allowsNa') choices(row.getCell(2), ['Yes', 'No']);
  }
  ws.addRow([]);
  addRow(ws, Object.values(LEVEL_COLUMNS), true);
  for (const l of scale.levels) {
    const row = addRow(ws, [l.code, l.label, l.colour, l.score, l.description, l.bandMin, l.bandMax]);
    const colour = row.getCell(3);
    if (/^#[0-9A-Fa-f]{6}$/.test(l.colour)) {
      colour.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${l.colour.slice(1).toUpperCase()}` } };
      colour.font = { color: { argb: textOn(l.colour) } };
    }
  }
}

function writeItems(wb: ExcelJS.Workbook, doc: FrameworkDoc, sectors: string[]) {
  const ws = sheet(wb, SHEETS.items, [10, 40, 50, 10, 60, 50, 40, ...sectors.flatMap(() => [60, 50])], [1, 4]);
  addRow(ws, [...Object.values(ITEM_COLUMNS), ...sectors.flatMap((s) => [wordingHeader(s), wordingPromptHeader(s)])], true);
  for (const s of doc.standards) {
    const standard: Value[] = [s.number, s.title, s.guidance];
    if (s.items.length === 0) addRow(ws, standard);
    for (const item of s.items) {
      const wordings = sectors.flatMap((sector) => {
        const w = item.wordings.find((x) => same(x.sectorCode, sector));
        return [w?.text ?? null, w?.evidencePrompt ?? null];
      });
      addRow(ws, [...standard, item.number, item.text, item.evidencePrompt, item.guidance, ...wordings]);
    }
  }
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export async function frameworkXlsxFile(doc: FrameworkDoc): Promise<GeneratedFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Audit Desk';
  wb.title = `${doc.name} (${doc.versionLabel})`;
  const sectors = wordingSectorColumns(doc);
  writeFramework(wb, doc, sectors);
  writeScale(wb, doc.scale);
  writeItems(wb, doc, sectors);
  const buffer = await wb.xlsx.writeBuffer();
  return {
    fileName: `${slug(doc.name) || 'framework'}-${slug(doc.versionLabel) || 'version'}.xlsx`,
    mimeType: XLSX_MIME,
    contentBase64: Buffer.from(buffer as unknown as Uint8Array).toString('base64'),
  };
}
