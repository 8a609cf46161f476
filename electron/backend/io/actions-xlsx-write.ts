import ExcelJS from 'exceljs';
import {
  ACTION_PRIORITY_LABELS,
  ACTION_STATUS_LABELS,
  RAG_COLOURS,
  RAG_LABELS,
  type ActionFilterParsed,
  type ActionRow,
} from '../../../shared/domain/action';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { Db } from '../db/schema';
import { formatLongDate } from '../reports/kit/dates';
import { listActions } from '../services/actions-read';
import { getSettings } from '../services/settings';
import { ABOUT_SHEET, ACTIONS_SHEET, FILL_IN_HEADINGS, PRIORITY_CHOICES, RAG_CHOICES, STATUS_CHOICES, TRACKER_HEADINGS } from './actions-xlsx-layout';
import { XLSX_MIME } from './register-export';
import { windowsFileName } from './windows-file-name';

// The action tracker as a workbook: one row per action with its last update, then yellow columns for the
// agency to fill in and send back (imported by actions-import.ts). Format in docs/formats.md.

type Heading = (typeof TRACKER_HEADINGS)[number] | (typeof FILL_IN_HEADINGS)[number];
interface Column {
  width: number;
  value?: (r: ActionRow) => ExcelJS.CellValue;
  date?: boolean;
  wrap?: boolean;
  textFormat?: boolean;
  choices?: readonly string[];
}

/** Excel reads "_x0041_" in text as an escaped character; escape the underscore so such text comes back as typed. */
const text = (s: string | null | undefined): string => (s ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : '');
/** Midnight UTC, so no time zone moves the day. */
const excelDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });

const HEADER_FILL = '#1F4E79';
const FILL_IN_HEADER = '#FFD966';
const FILL_IN_CELL = '#FFF2CC';
/** Spare rows below the actions carry the drop-downs too, for new actions typed in. */
const SPARE_ROWS = 100;

const COLUMNS: Record<Heading, Column> = {
  Reference: { width: 11, value: (r) => r.reference },
  Agency: { width: 32, value: (r) => text(r.agencyName), wrap: true },
  Group: { width: 24, value: (r) => text(r.groupName), wrap: true },
  Cycle: { width: 26, value: (r) => text(r.cycleName), wrap: true },
  'Standard/item number': { width: 11, value: (r) => text(r.standardNumber), textFormat: true },
  'Standard title': { width: 30, value: (r) => text(r.standardTitle ?? r.theme), wrap: true },
  Description: { width: 50, value: (r) => text(r.description), wrap: true },
  Owner: { width: 24, value: (r) => text(r.owner), wrap: true },
  Priority: { width: 10, value: (r) => ACTION_PRIORITY_LABELS[r.priority], choices: PRIORITY_CHOICES },
  Status: { width: 12, value: (r) => ACTION_STATUS_LABELS[r.status], choices: STATUS_CHOICES },
  'Original due date': { width: 12, value: (r) => excelDate(r.originalDueDate), date: true },
  'Due date': { width: 12, value: (r) => excelDate(r.dueDate), date: true },
  'Days overdue': { width: 9, value: (r) => r.daysOverdue },
  'Last update date': { width: 12, value: (r) => excelDate(r.lastUpdateOn), date: true },
  'Last update': { width: 40, value: (r) => text(r.lastUpdateText), wrap: true },
  RAG: { width: 9, value: (r) => (r.lastRag ? RAG_LABELS[r.lastRag] : ''), choices: RAG_CHOICES },
  'Progress update': { width: 40, wrap: true },
  'Update date': { width: 12, date: true },
  'New RAG': { width: 10, choices: RAG_CHOICES },
  'New status': { width: 13, choices: STATUS_CHOICES },
  'New due date': { width: 12, date: true },
  'Reason for new due date': { width: 30, wrap: true },
};
const ORDER: Heading[] = [...TRACKER_HEADINGS, ...FILL_IN_HEADINGS];
const isFillIn = (h: Heading) => (FILL_IN_HEADINGS as readonly string[]).includes(h);

function validation(c: Column, heading: string): ExcelJS.DataValidation | null {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: heading };
  if (c.choices) return { ...common, type: 'list', formulae: [`"${c.choices.join(',')}"`], error: `Choose from the list: ${c.choices.join(', ')}.` };
  if (c.date) return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))], error: 'Enter a date, as dd/mm/yyyy.' };
  return null;
}

/** Agency (or group) then due date, so each agency's actions sit together. */
export function trackerOrder(rows: readonly ActionRow[]): ActionRow[] {
  const owner = (r: ActionRow) => (r.agencyName ?? r.groupName ?? '').toLowerCase();
  return [...rows].sort((a, b) => owner(a).localeCompare(owner(b), 'en-GB') || a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
}

function actionsSheet(wb: ExcelJS.Workbook, rows: readonly ActionRow[]): void {
  const ws = wb.addWorksheet(ACTIONS_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  ws.columns = ORDER.map((h) => {
    const c = COLUMNS[h];
    const style: Partial<ExcelJS.Style> = {};
    if (c.date) style.numFmt = 'dd/mm/yyyy';
    if (c.textFormat) style.numFmt = '@';
    if (c.wrap) style.alignment = { wrapText: true, vertical: 'top' };
    return { header: h, width: c.width, style };
  });
  const head = ws.getRow(1);
  head.height = 32;
  ORDER.forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.fill = solid(isFillIn(h) ? FILL_IN_HEADER : HEADER_FILL);
    cell.font = { bold: true, color: { argb: isFillIn(h) ? 'FF000000' : 'FFFFFFFF' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  for (const r of rows) {
    const row = ws.addRow(ORDER.map((h) => COLUMNS[h].value?.(r) ?? null));
    ORDER.forEach((h, i) => {
      if (isFillIn(h)) row.getCell(i + 1).fill = solid(FILL_IN_CELL);
    });
    // RAG in its colour and in words: the colour is never the only signal.
    if (r.lastRag) row.getCell(ORDER.indexOf('RAG') + 1).fill = solid(RAG_COLOURS[r.lastRag]);
  }
  // One validation per column range, not one per cell: a 20,000-row tracker would otherwise carry 160,000.
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  ORDER.forEach((h, i) => {
    const v = validation(COLUMNS[h], h);
    const letter = ws.getColumn(i + 1).letter;
    if (v) validations.add(`${letter}2:${letter}${rows.length + 1 + SPARE_ROWS}`, v);
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ORDER.length } };
}

export interface ActionsWorkbookMeta {
  title: string;
  partnershipName: string;
  today: string;
  author: string;
}

function aboutSheet(wb: ExcelJS.Workbook, meta: ActionsWorkbookMeta, count: number): void {
  const ws = wb.addWorksheet(ABOUT_SHEET);
  ws.columns = [{ width: 26 }, { width: 100 }];
  ws.addRow([text(meta.title)]).font = { bold: true, size: 14 };
  ws.addRow(['Partnership', text(meta.partnershipName)]);
  ws.addRow(['As recorded on', formatLongDate(meta.today)]);
  ws.addRow(['Actions listed', count]);
  ws.addRow([]);
  ws.addRow(['How to fill it in']).font = { bold: true, size: 12 };
  const steps: Array<[string, string]> = [
    ['One row, one action', 'Keep the Reference as it is: it is how Audit Desk knows which action a row is about.'],
    ['Report progress', 'Fill in the yellow columns on the action\'s row: Progress update (what has been done), Update date (dd/mm/yyyy; today if left blank), New RAG and New status. Leave them blank when there is nothing new.'],
    ['A date that will slip', 'Put the new date in New due date and say why in Reason for new due date; a new date without a reason is refused.'],
    ['Done or dropped', 'Set New status to Complete and say what was done in Progress update. To drop an action set New status to Dropped and give the reason in Progress update.'],
    ['The other columns', `They show each action as recorded on ${formatLongDate(meta.today)}. For an action with a Reference, changes typed into them are not read: use the yellow columns.`],
    ['A new action', 'Add a row with no Reference and fill in Agency, Description, Owner, Priority and Due date; for an action about an audit standard, the Cycle and Standard/item number too.'],
    ['Dates and lists', 'Dates are dd/mm/yyyy. Priority, Status, RAG, New RAG and New status have drop-down lists.'],
    ['Sending it back', 'Return the workbook to the partnership business unit. It is imported as a whole: if any row has a problem, nothing is imported and every problem is listed by row and column.'],
  ];
  for (const [label, body] of steps) {
    const row = ws.addRow([label, body]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  ws.addRow(['Choices']).font = { bold: true, size: 12 };
  ws.addRow(['Status', STATUS_CHOICES.join(', ')]);
  ws.addRow(['Priority', PRIORITY_CHOICES.join(', ')]);
  for (const [rag, label] of Object.entries(RAG_LABELS) as Array<[keyof typeof RAG_LABELS, string]>)
    ws.addRow([label, `RAG ${label.toLowerCase()}`]).getCell(1).fill = solid(RAG_COLOURS[rag]);
}

/** The workbook as bytes: the Actions sheet first (the importer reads it), then About. */
export async function buildActionsWorkbook(rows: readonly ActionRow[], meta: ActionsWorkbookMeta): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.author;
  wb.title = meta.title;
  wb.company = meta.partnershipName;
  actionsSheet(wb, trackerOrder(rows));
  aboutSheet(wb, meta, rows.length);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The listed actions as a workbook to send out and take back (actions.exportXlsx). */
export async function exportActionsXlsx(db: Db, filter: ActionFilterParsed, today: string, author: string): Promise<GeneratedFile> {
  const rows = await listActions(db, filter, today);
  const settings = await getSettings(db);
  const agency = filter.agencyId ? (rows[0]?.agencyName ?? (await db.selectFrom('agencies').select('name').where('id', '=', filter.agencyId).executeTakeFirst())?.name) : null;
  const title = agency ? `${agency}: action plan` : 'Action tracker';
  const bytes = await buildActionsWorkbook(rows, { title, partnershipName: settings.partnershipName, today, author });
  return {
    fileName: windowsFileName(`${agency ? `${agency} - action plan` : 'Action tracker'} ${today}`, '.xlsx'),
    mimeType: XLSX_MIME,
    contentBase64: bytes.toString('base64'),
  };
}
