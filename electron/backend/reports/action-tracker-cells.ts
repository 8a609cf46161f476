import type { Table } from 'docx';
import {
  ACTION_PRIORITY_LABELS,
  ACTION_STATUS_LABELS,
  DUE_SOON_DAYS,
  RAG_COLOURS,
  RAG_LABELS,
  STALE_AFTER_DAYS,
  isClosedAction,
  type ActionRow,
  type ActionStatus,
} from '../../../shared/domain/action';
import { addDaysIso } from '../../../shared/domain/dates';
import { dataTable, formatLongDate, formatShortDate, scaleKeyTable, type Cell, type CellSpec, type Column } from './kit';

// The pieces of an action plan tracker: each action's cells, the sentences that sum a list up, and the key.
// Every coloured cell also says what it means in words, for readers who cannot tell red from green and
// for greyscale printing.

/** Fills for statuses when no RAG is reported (and always for closed actions). */
export const STATUS_FILLS: Record<ActionStatus, string> = {
  not_started: '#D9D9D9',
  on_track: RAG_COLOURS.green,
  at_risk: RAG_COLOURS.amber,
  complete: '#BDD7EE',
  dropped: '#EDEDED',
};

const num = new Intl.NumberFormat('en-GB');
const plural = (n: number, one: string, many: string) => `${num.format(n)} ${n === 1 ? one : many}`;
const clip = (s: string, n = 400) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** "a, b and c". */
export const listInWords = (parts: string[]): string => (parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

export function statusCell(r: ActionRow): CellSpec {
  const closed = isClosedAction(r.status);
  const fill = !closed && r.lastRag ? RAG_COLOURS[r.lastRag] : STATUS_FILLS[r.status];
  const lines = [ACTION_STATUS_LABELS[r.status]];
  if (!closed && r.lastRag) lines.push(`RAG: ${RAG_LABELS[r.lastRag]}`);
  if (r.status === 'complete' && r.completedOn) lines.push(formatShortDate(r.completedOn));
  return { text: lines.join('\n'), fill, bold: true, align: 'center' };
}

export function dueCell(r: ActionRow): Cell {
  const lines = [formatShortDate(r.dueDate)];
  if (r.dueDateMoves > 0) lines.push(`(originally ${formatShortDate(r.originalDueDate)}${r.slipping ? `; moved ${r.dueDateMoves} times` : ''})`);
  if (r.overdue && r.daysOverdue !== null) lines.push(`Overdue by ${plural(r.daysOverdue, 'day', 'days')}`);
  return r.overdue ? { text: lines.join('\n'), bold: true } : lines.join('\n');
}

export function lastUpdateCell(r: ActionRow): Cell {
  if (!r.lastUpdateOn) return { text: 'No update yet', italics: true };
  return `${formatShortDate(r.lastUpdateOn)}: ${clip(r.lastUpdateText ?? '')}`;
}

export function standardCell(r: ActionRow): Cell {
  if (r.standardNumber) return `${r.standardNumber} ${r.standardTitle ?? ''}`.trim();
  return r.theme ?? '';
}

export const TRACKER_COLUMNS: Column[] = [
  // Owner and due date wide enough that "Independent" and "21/01/2027" do not break mid-word.
  { header: 'Ref', width: 10 },
  { header: 'Standard', width: 12 },
  { header: 'Action', width: 23 },
  { header: 'Owner', width: 14 },
  { header: 'Due date', width: 14 },
  { header: 'Last update', width: 17 },
  { header: 'Status', width: 10, align: 'center' },
];

export function actionCells(r: ActionRow): Cell[] {
  const action = r.priority === 'high' ? `${clip(r.description, 1200)}\n${ACTION_PRIORITY_LABELS.high} priority` : clip(r.description, 1200);
  return [r.reference, standardCell(r), action, r.owner ?? { text: 'Not recorded', italics: true }, dueCell(r), lastUpdateCell(r), statusCell(r)];
}

/** The actions as a table whose header row repeats on every page. */
export function actionsTable(rows: readonly ActionRow[], brandColour: string): Table {
  return dataTable({ brandColour, columns: TRACKER_COLUMNS, rows: rows.map(actionCells), emptyText: 'No actions are listed.' });
}

/** Overdue first, then the rest by status: each action counted once. */
function partition(rows: readonly ActionRow[]): Array<[string, number]> {
  const open = rows.filter((r) => !isClosedAction(r.status));
  const current = (s: ActionStatus) => open.filter((r) => !r.overdue && r.status === s).length;
  return [
    ['overdue', open.filter((r) => r.overdue).length],
    ['at risk', current('at_risk')],
    ['on track', current('on_track')],
    ['not started', current('not_started')],
    ['complete', rows.filter((r) => r.status === 'complete').length],
    ['dropped', rows.filter((r) => r.status === 'dropped').length],
  ];
}

/** "6 actions: 2 overdue, 1 at risk, 2 on track and 1 complete. Of the open actions, 1 is due in the next 30 days." */
export function describeActions(rows: readonly ActionRow[], today: string, closedSince: string | null): string {
  if (!rows.length) return 'No actions are listed.';
  const parts = partition(rows).filter(([, n]) => n > 0).map(([what, n]) => `${num.format(n)} ${what}`);
  const sentences = [`${plural(rows.length, 'action', 'actions')}: ${listInWords(parts)}.`];
  const open = rows.filter((r) => !isClosedAction(r.status));
  const soonBy = addDaysIso(today, DUE_SOON_DAYS);
  const soon = open.filter((r) => !r.overdue && r.dueDate <= soonBy).length;
  const stale = open.filter((r) => r.stale).length;
  const slipping = open.filter((r) => r.slipping).length;
  const notes = [
    soon ? `${num.format(soon)} ${soon === 1 ? 'is' : 'are'} due in the next ${DUE_SOON_DAYS} days` : null,
    stale ? `${num.format(stale)} ${stale === 1 ? 'has' : 'have'} had no update for ${STALE_AFTER_DAYS} days or more` : null,
    slipping ? `${num.format(slipping)} ${slipping === 1 ? 'has had its' : 'have had their'} due date moved twice or more` : null,
  ].filter((s): s is string => s !== null);
  if (notes.length) sentences.push(`Of the open actions, ${listInWords(notes)}.`);
  if (closedSince && rows.length > open.length) sentences.push(`Complete and dropped actions are those closed on or after ${formatLongDate(closedSince)}.`);
  return sentences.join(' ');
}

/** What the fills mean: RAG as reported by the owner, and the status colours used when there is no RAG. */
export function colourKeyTable(brandColour: string): Table {
  return scaleKeyTable(
    [
      { label: 'Red', colour: RAG_COLOURS.red, description: 'RAG red: the owner reports the action is off track' },
      { label: 'Amber', colour: RAG_COLOURS.amber, description: 'RAG amber, or status At risk with no RAG given: the due date is at risk' },
      { label: 'Green', colour: RAG_COLOURS.green, description: 'RAG green, or status On track with no RAG given' },
      { label: 'Not started', colour: STATUS_FILLS.not_started, description: 'Not started, with no RAG given' },
      { label: 'Complete', colour: STATUS_FILLS.complete, description: 'Complete, with the date it was completed' },
      { label: 'Dropped', colour: STATUS_FILLS.dropped, description: 'Dropped, with the reason recorded in Audit Desk' },
    ],
    ['Colour', 'What it means'],
    { brandColour },
  );
}
