import ExcelJS from 'exceljs';
import type { Heatmap, HeatmapCell } from '../../../shared/domain/cycle';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { textColourOn } from '../reports/kit/colour';
import { heatmap, type HeatmapMode } from '../services/heatmap';
import { loadScaleForFramework } from '../services/rating-scale';
import { XLSX_MIME } from './register-export';
import { windowsFileName } from './windows-file-name';

// The agency × standard matrix as a workbook for board papers. Every coloured cell also says what it
// means in words or numbers (colour alone fails people who cannot tell red from green, and printers).

const NA_FILL = '#E7E6E6';
const MODE_TEXT: Record<HeatmapMode, string> = {
  self: 'Self-ratings: what each agency said',
  moderated: 'Moderated ratings: the moderated rating where given, otherwise the self-rating',
  difference: 'Difference: moderated rating minus self-rating, in steps of the scale',
};
/** Difference legend: negative = the agency rated itself better than the moderator (over-optimistic). */
export const DIFFERENCE_KEY: Array<{ test: (d: number) => boolean; text: string; colour: string; meaning: string }> = [
  { test: (d) => d <= -2, text: '-2 or less', colour: '#C62828', meaning: 'Over-optimistic by two or more steps: the moderated rating is lower' },
  { test: (d) => d === -1, text: '-1', colour: '#F9A825', meaning: 'Over-optimistic by one step' },
  { test: (d) => d === 0, text: '0', colour: '#F2F2F2', meaning: 'Moderation agreed with the self-rating' },
  { test: (d) => d === 1, text: '+1', colour: '#9DC3E6', meaning: 'Underscored by one step: the moderated rating is higher' },
  { test: (d) => d >= 2, text: '+2 or more', colour: '#2E75B6', meaning: 'Underscored by two or more steps' },
];

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });

function paint(cell: ExcelJS.Cell, colour: string): void {
  cell.fill = solid(colour);
  cell.font = { color: { argb: argb(textColourOn(colour)) } };
}

function writeCell(cell: ExcelJS.Cell, c: HeatmapCell, mode: HeatmapMode, naLabel: string): void {
  if (c.notApplicable && !c.rating) {
    cell.value = naLabel;
    paint(cell, NA_FILL);
  } else if (mode === 'difference') {
    if (c.difference === null) return;
    cell.value = c.difference;
    cell.numFmt = '+0;-0;0';
    paint(cell, DIFFERENCE_KEY.find((k) => k.test(c.difference!))!.colour);
  } else if (c.rating) {
    cell.value = c.rating.label;
    paint(cell, c.rating.colour);
  }
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function addKey(wb: ExcelJS.Workbook, map: Heatmap, cycleName: string, naLabel: string): void {
  const ws = wb.addWorksheet('Key');
  ws.columns = [{ width: 16 }, { width: 34 }, { width: 70 }];
  ws.addRow(['Ratings matrix key']).font = { bold: true, size: 14 };
  ws.addRow(['Cycle', cycleName]);
  ws.addRow(['Showing', MODE_TEXT[map.mode]]);
  ws.addRow(['Standards', 'A standard rated directly shows that rating; otherwise its item ratings rolled up as the framework says.']);
  ws.addRow([]);
  ws.addRow(['Code', 'Level', 'Score']).font = { bold: true };
  for (const l of map.levels) paint(ws.addRow([l.code, l.label, l.score]).getCell(2), l.colour);
  paint(ws.addRow(['N/A', naLabel, 'Marked not applicable, with a reason']).getCell(2), NA_FILL);
  ws.addRow(['(blank)', '', map.mode === 'difference' ? 'Not moderated, or no rating' : 'No rating given']);
  if (map.mode === 'difference') {
    ws.addRow([]);
    ws.addRow(['Difference', 'Meaning']).font = { bold: true };
    for (const k of DIFFERENCE_KEY) paint(ws.addRow([k.text, k.meaning]).getCell(1), k.colour);
  }
  ws.addRow([]);
  ws.addRow(['Standard', 'Title']).font = { bold: true };
  for (const s of map.standards) ws.addRow([s.number, s.title]);
}

/** The matrix of one cycle in a mode: agencies down, standards across, labels on level colours. */
export async function exportMatrix(db: Db, cycleId: number, mode: HeatmapMode): Promise<GeneratedFile> {
  const cycle = await db.selectFrom('cycles').select(['name', 'framework_id']).where('id', '=', cycleId).executeTakeFirst();
  if (!cycle) throw notFound('Cycle', cycleId);
  const scale = await loadScaleForFramework(db, cycle.framework_id);
  const map = await heatmap(db, cycleId, mode);

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Audit Desk';
  const ws = wb.addWorksheet('Matrix', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  ws.columns = [{ width: 40 }, { width: 24 }, ...map.standards.map(() => ({ width: 18 }))];
  const header = ws.addRow(['Agency', 'Sector', ...map.standards.map((s) => `${s.number}. ${s.title}`)]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 96;
  for (const r of map.rows) {
    const row = ws.addRow([r.agencyName, r.sectorName]);
    r.cells.forEach((c, i) => writeCell(row.getCell(3 + i), c, mode, scale.naLabel));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 2 + map.standards.length } };
  addKey(wb, map, cycle.name, scale.naLabel);

  const buffer = await wb.xlsx.writeBuffer();
  return {
    fileName: windowsFileName(`${cycle.name} matrix (${mode})`, '.xlsx'),
    mimeType: XLSX_MIME,
    contentBase64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
  };
}
