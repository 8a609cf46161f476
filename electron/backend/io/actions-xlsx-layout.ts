import {
  ACTION_PRIORITIES,
  ACTION_PRIORITY_LABELS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  RAGS,
  RAG_LABELS,
  type ActionPriority,
  type ActionStatus,
  type Rag,
} from '../../../shared/domain/action';
import type { ImportFieldSpec } from '../../../shared/domain/imports';
import { nameKey } from '../services/name-key';

// The actions workbook's columns, shared by the writer and the importer: the headings the export writes are
// the labels the import looks for, so a workbook sent out comes back with no mapping. Documented in
// docs/formats.md ("Actions workbook").

export const ACTIONS_SHEET = 'Actions';
export const ABOUT_SHEET = 'About';

/** Columns the export fills from the tracker, in order. The importer reads only some of them (see below). */
export const TRACKER_HEADINGS = [
  'Reference',
  'Agency',
  'Group',
  'Cycle',
  'Standard/item number',
  'Standard title',
  'Description',
  'Owner',
  'Priority',
  'Status',
  'Original due date',
  'Due date',
  'Days overdue',
  'Last update date',
  'Last update',
  'RAG',
] as const;

/** Columns left blank for the agency to fill in: each filled row becomes one dated progress update. */
export const FILL_IN_HEADINGS = ['Progress update', 'Update date', 'New RAG', 'New status', 'New due date', 'Reason for new due date'] as const;

const spec = (field: string, label: string, aliases: string[]): ImportFieldSpec => ({ field, label, required: false, aliases });

/** What the importer understands. Neither Reference nor Description is required alone; one of them is. */
export const ACTION_IMPORT_FIELDS: readonly ImportFieldSpec[] = [
  spec('reference', 'Reference', ['Ref', 'Action ref', 'Action reference', 'Reference number', 'Action ID']),
  spec('agency', 'Agency', ['Agency name', 'Organisation', 'Organization', 'Setting', 'School', 'Partner agency']),
  spec('group', 'Group', ['Owning group', 'Group name', 'Subgroup', 'Partnership group']),
  spec('cycle', 'Cycle', ['Audit', 'Audit cycle', 'Cycle name']),
  spec('standard', 'Standard/item number', ['Standard', 'Standard number', 'Item', 'Item number', 'Standard/item', 'Standard ref', 'Standard no']),
  spec('description', 'Description', ['Action', 'Actions', 'Action description', 'Action required', 'Actions to be taken', 'What will be done']),
  spec('owner', 'Owner', ['Action owner', 'Lead', 'Lead officer', 'Responsible', 'Responsible officer', 'Responsible person', 'By whom', 'Who']),
  spec('priority', 'Priority', ['Priority level']),
  spec('status', 'Status', ['Current status', 'Progress status']),
  spec('dueDate', 'Due date', ['Target date', 'Deadline', 'By when', 'Date due', 'Due', 'Target completion date', 'Completion date', 'Timescale']),
  spec('rag', 'RAG', ['RAG rating', 'RAG status']),
  spec('progress', 'Progress update', ['Progress', 'Progress to date', 'Update', 'Latest progress', 'Progress/comments']),
  spec('updateDate', 'Update date', ['Date of update', 'Progress date', 'Date updated', 'Updated on']),
  spec('newRag', 'New RAG', ['Updated RAG', 'RAG now']),
  spec('newStatus', 'New status', ['Updated status']),
  spec('newDueDate', 'New due date', ['Revised due date', 'Revised target date', 'New target date', 'Revised deadline', 'New deadline']),
  spec('slippageReason', 'Reason for new due date', ['Reason for slippage', 'Slippage reason', 'Reason for delay', 'Why the date moved']),
  spec('droppedReason', 'Reason dropped', ['Why dropped', 'Reason for dropping']),
  spec('reportedBy', 'Reported by', ['Updated by', 'Update by']),
];
export const ACTION_FIELD_LABELS: Record<string, string> = Object.fromEntries(ACTION_IMPORT_FIELDS.map((f) => [f.field, f.label]));

/** The longest text each field takes (the limits of actionInputSchema and actionUpdateInputSchema). */
export const FIELD_MAX_LENGTH: Record<string, number> = {
  reference: 20,
  agency: 300,
  group: 120,
  cycle: 300,
  standard: 40,
  description: 4000,
  owner: 200,
  priority: 20,
  status: 40,
  dueDate: 40,
  rag: 20,
  progress: 8000,
  updateDate: 40,
  newRag: 20,
  newStatus: 40,
  newDueDate: 40,
  slippageReason: 2000,
  droppedReason: 2000,
  reportedBy: 200,
};

/** Labels, keys and the words plans use; matched ignoring case and punctuation. */
function lookup<T extends string>(values: readonly T[], labels: Record<T, string>, extra: Record<string, T>): (text: string) => T | null {
  const map = new Map<string, T>();
  for (const v of values) for (const k of [v, labels[v]]) map.set(nameKey(k.replace(/_/g, ' ')), v);
  for (const [k, v] of Object.entries(extra)) map.set(nameKey(k), v);
  return (text) => map.get(nameKey(text)) ?? null;
}

export const parseStatus = lookup<ActionStatus>(ACTION_STATUSES, ACTION_STATUS_LABELS, {
  'not yet started': 'not_started',
  'in progress': 'on_track',
  ongoing: 'on_track',
  completed: 'complete',
  done: 'complete',
  closed: 'complete',
  cancelled: 'dropped',
  withdrawn: 'dropped',
});
export const parsePriority = lookup<ActionPriority>(ACTION_PRIORITIES, ACTION_PRIORITY_LABELS, { h: 'high', m: 'medium', med: 'medium', l: 'low' });
export const parseRag = lookup<Rag>(RAGS, RAG_LABELS, { r: 'red', a: 'amber', g: 'green' });

export const STATUS_CHOICES = ACTION_STATUSES.map((s) => ACTION_STATUS_LABELS[s]);
export const PRIORITY_CHOICES = ACTION_PRIORITIES.map((p) => ACTION_PRIORITY_LABELS[p]);
export const RAG_CHOICES = RAGS.map((r) => RAG_LABELS[r]);

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');
/** Excel's day 0 is 30 December 1899 (its 1900 leap-year bug is before any date an action plan holds). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function calendar(y: number, m: number, d: number, text: string, dayFirst = false): { iso: string } | { error: string } {
  if (y < 2000 || y > 2100) return { error: `"${text}" is not a plausible date: the year should be between 2000 and 2100` };
  // 12/25/2026 is an American date: say so rather than merely "no month 25".
  if (m < 1 || m > 12) return { error: `"${text}" is not a date: there is no month ${m}${dayFirst && d <= 12 ? ' (dates are read day first, as dd/mm/yyyy)' : ''}` };
  const t = new Date(Date.UTC(y, m - 1, d));
  if (d < 1 || t.getUTCMonth() !== m - 1) return { error: `"${text}" is not a date on the calendar: ${MONTHS[m - 1]![0]!.toUpperCase()}${MONTHS[m - 1]!.slice(1)} ${y} has no day ${d}` };
  return { iso: `${y}-${pad(m)}-${pad(d)}` };
}

/**
 * A date cell as people write them: an Excel date (read as yyyy-mm-dd), an Excel day number, dd/mm/yyyy (or
 * with - or .), yyyy-mm-dd, or "31 March 2027". Two-digit years, month-only dates and impossible days are
 * refused with the reason, never guessed.
 */
export function parseImportDate(raw: string): { iso: string } | { error: string } {
  const text = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return calendar(Number(m[1]), Number(m[2]), Number(m[3]), text);
  if (/^\d+(\.\d+)?$/.test(text)) {
    const n = Math.floor(Number(text));
    if (n < 36526 || n > 73415) return { error: `"${text}" is a number, not a date: write the date as dd/mm/yyyy` };
    const iso = new Date(EXCEL_EPOCH + n * 86_400_000).toISOString().slice(0, 10);
    return { iso };
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) {
    if (m[3]!.length === 2) return { error: `"${text}" has a two-digit year, which could be read more than one way: write it in full, as dd/mm/yyyy` };
    return calendar(Number(m[3]), Number(m[2]), Number(m[1]), text, true);
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
  const month = m ? MONTHS.findIndex((name) => m![2]!.length >= 3 && name.startsWith(m![2]!.toLowerCase())) : -1;
  if (m && month >= 0) return calendar(Number(m[3]), month + 1, Number(m[1]), text);
  if (/^([a-z]+\.?\s+\d{4}|q[1-4]\s*\d{4}|\d{4}\s*q[1-4])$/i.test(text)) return { error: `"${text}" gives no day: write a whole date, such as 31/03/2027` };
  return { error: `"${text}" is not a date: write it as dd/mm/yyyy` };
}
