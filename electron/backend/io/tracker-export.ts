import ExcelJS from 'exceljs';
import { RETURN_STATUS_LABELS, type ReturnRow, type ReturnsBoard } from '../../../shared/domain/cycle';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { Db } from '../db/schema';
import { formatLongDate } from '../reports/kit/dates';
import { getCycle } from '../services/cycle-read';
import { buildBoard, sectorOrder } from '../services/returns-board';
import { listReturns, loadCycleDates } from '../services/returns-list';
import { XLSX_MIME } from './register-export';
import { windowsFileName } from './windows-file-name';

// The returns tracker as a workbook: one row per agency, and the board's figures on a second sheet.

/** An ISO date as an Excel date (a date cell, not text), midnight UTC so no time zone shifts the day. */
const excelDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

interface Column {
  header: string;
  width: number;
  value: (r: ReturnRow) => ExcelJS.CellValue;
  date?: boolean;
}

export const TRACKER_COLUMNS: Column[] = [
  { header: 'Agency', width: 40, value: (r) => r.agencyName },
  { header: 'Sector', width: 24, value: (r) => r.sectorName },
  { header: 'Status', width: 26, value: (r) => RETURN_STATUS_LABELS[r.displayStatus] },
  { header: 'Issued', width: 12, value: (r) => excelDate(r.issuedOn), date: true },
  { header: 'Returned', width: 12, value: (r) => excelDate(r.returnedOn), date: true },
  { header: 'Accepted', width: 12, value: (r) => excelDate(r.acceptedOn), date: true },
  { header: 'Days overdue', width: 13, value: (r) => r.daysOverdue },
  { header: 'Last chased', width: 12, value: (r) => excelDate(r.lastChasedOn), date: true },
  { header: 'Chasers', width: 9, value: (r) => r.chaserCount },
  { header: 'Answered', width: 10, value: (r) => r.answered },
  { header: 'Expected', width: 10, value: (r) => r.expected },
  { header: 'Over-optimistic', width: 15, value: (r) => r.overOptimistic },
  { header: 'Underscored', width: 12, value: (r) => r.underscored },
  { header: 'Weak', width: 8, value: (r) => r.weak },
  { header: 'Safeguarding lead', width: 28, value: (r) => r.safeguardingLead },
  { header: 'Carried forward', width: 15, value: (r) => (r.carriedForward ? 'Yes' : 'No') },
];

function returnsSheet(wb: ExcelJS.Workbook, rows: ReturnRow[]) {
  const ws = wb.addWorksheet('Returns', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = TRACKER_COLUMNS.map((c) => ({ header: c.header, width: c.width, style: c.date ? { numFmt: 'dd/mm/yyyy' } : {} }));
  for (const r of rows) ws.addRow(TRACKER_COLUMNS.map((c) => c.value(r)));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: TRACKER_COLUMNS.length } };
}

function summarySheet(wb: ExcelJS.Workbook, cycle: Awaited<ReturnType<typeof getCycle>>, board: ReturnsBoard) {
  const ws = wb.addWorksheet('Summary');
  ws.columns = [{ width: 34 }, { width: 14 }, { width: 12 }, { width: 12 }];
  const heading = (text: string) => {
    ws.addRow([]);
    ws.addRow([text]).font = { bold: true };
  };
  const pct = (row: ExcelJS.Row, col: number) => (row.getCell(col).numFmt = '0%');
  ws.addRow([cycle.name]).font = { bold: true, size: 14 };
  ws.addRow(['Framework', `${cycle.frameworkName} (${cycle.frameworkVersion})`]);
  ws.addRow(['Period', cycle.periodLabel]);
  for (const [label, iso] of [['Launched', cycle.launchDate], ['Initial deadline', cycle.initialDeadline], ['Final deadline', cycle.finalDeadline], ['Figures as at', board.today]] as const)
    ws.addRow([label, iso ? formatLongDate(iso) : '—']);
  ws.addRow(['Agencies in scope', board.inScope]);
  heading('Return rate');
  ws.addRow(['When', 'Returned', 'In scope', 'Percent']).font = { bold: true };
  const rates = [
    [board.rates.initialDeadline && `By the initial deadline (${formatLongDate(board.rates.initialDeadline.date)})`, board.rates.initialDeadline],
    [board.rates.finalDeadline && `By the final deadline (${formatLongDate(board.rates.finalDeadline.date)})`, board.rates.finalDeadline],
    [`Today (${formatLongDate(board.today)})`, board.rates.today],
  ] as const;
  for (const [label, p] of rates) if (label && p) pct(ws.addRow([label, p.count, p.of, p.percent / 100]), 4);
  heading('By status');
  ws.addRow(['Status', 'Agencies', 'In scope', 'Percent']).font = { bold: true };
  for (const s of board.byStatus) pct(ws.addRow([s.label, s.count, s.of, s.percent / 100]), 4);
  heading('By sector');
  ws.addRow(['Sector', 'Returned', 'In scope', 'Percent']).font = { bold: true };
  for (const s of board.bySector) pct(ws.addRow([s.sectorName, s.returned.count, s.returned.of, s.returned.percent / 100]), 4);
  heading('Overdue');
  ws.addRow(['Agency', 'Days overdue', 'Last chased']).font = { bold: true };
  for (const o of board.overdue) ws.addRow([o.agencyName, o.daysOverdue, excelDate(o.lastChasedOn)]).getCell(3).numFmt = 'dd/mm/yyyy';
}

export async function exportTracker(db: Db, cycleId: number, today: string): Promise<GeneratedFile> {
  const cycle = await getCycle(db, cycleId);
  const rows = await listReturns(db, cycleId, today);
  const board = buildBoard(await loadCycleDates(db, cycleId), rows, today, await sectorOrder(db));
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Audit Desk';
  wb.title = `${cycle.name}: returns tracker`;
  returnsSheet(wb, rows);
  summarySheet(wb, cycle, board);
  const buffer = await wb.xlsx.writeBuffer();
  return {
    fileName: windowsFileName(`${cycle.name} - returns tracker ${today}`, '.xlsx'),
    mimeType: XLSX_MIME,
    contentBase64: Buffer.from(buffer as ArrayBuffer).toString('base64'),
  };
}
