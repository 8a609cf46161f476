import { ACTION_STATUS_LABELS, actionUpdateInputSchema, isClosedAction, type ActionStatus } from '../../../shared/domain/action';
import type { ActionUpdateParsed } from '../services/action-updates';
import { shortDate, type ActionCells } from './actions-import-cells';
import type { ExistingAction } from './actions-import-lookups';

// The progress update a row asks for: about an action already in Audit Desk, or the first update of a new
// one. Checked by the same rules appendUpdate applies, so the preview finds every problem the commit would.

/** Which schema field is reported against which column. */
const COLUMN_OF: Record<string, string> = { text: 'progress', date: 'updateDate', rag: 'newRag', slippageReason: 'slippageReason' };

export interface UpdateOptions {
  today: string;
  /**
   * An agency's own plan matched by description has no yellow columns: its Status, RAG and Due date cells
   * are its news. A workbook we sent out keeps those columns as a record, and only the yellow ones count.
   */
  inPlace: boolean;
  reportedBy: string | null;
}

/** The update, or null when the row says nothing new ("unchanged"); issues go on the row. */
export function updateForRow(c: ActionCells, action: ExistingAction, o: UpdateOptions): ActionUpdateParsed | null {
  const statusField = c.has('newStatus') || !o.inPlace ? 'newStatus' : 'status';
  const dueField = c.has('newDueDate') || !o.inPlace ? 'newDueDate' : 'dueDate';
  const ragField = c.has('newRag') || !o.inPlace ? 'newRag' : 'rag';
  const text = c.text('progress') || null;
  const date = c.has('updateDate') ? c.date('updateDate') : o.today;
  if (date === null) return null;
  let status = c.status(statusField);
  let newDue = c.date(dueField);
  let rag = c.rag(ragField);
  if (date === undefined || newDue === undefined) return null;

  // What the action already says is not news: the same status, the same due date, or an update already
  // recorded (importing the same file twice adds nothing).
  if (status === action.status) status = null;
  if (newDue === action.dueDate) newDue = null;
  const already = text !== null && text === action.lastUpdateText && date === action.lastUpdateOn;
  const news = already ? null : text;
  if (rag && rag === action.lastRag && !news && !status && !newDue) rag = null;
  if (!news && !rag && !status && !newDue) return null;

  if (date > o.today) c.issue('updateDate', `${shortDate(date)} is after today (${shortDate(o.today)}); an update reports what has happened`);
  else if (date < action.createdOn) c.issue('updateDate', `${shortDate(date)} is before ${action.reference} was made (${shortDate(action.createdOn)})`);
  const after = (status ?? action.status) as ActionStatus;
  if (action.status === 'dropped' && after === 'dropped')
    c.issue(statusField, `${action.reference} was dropped; to report progress on it, set New status to reopen it`);
  if (newDue && isClosedAction(after)) c.issue(dueField, `a ${ACTION_STATUS_LABELS[after].toLowerCase()} action has no due date to move`);

  const droppedReason = c.text('droppedReason') || (status === 'dropped' ? text : null);
  const parsed = actionUpdateInputSchema.safeParse({
    date,
    text: news,
    rag,
    status,
    newDueDate: newDue,
    slippageReason: newDue ? c.text('slippageReason') || null : null,
    droppedReason: status === 'dropped' ? droppedReason : null,
    reportedBy: c.text('reportedBy') || o.reportedBy,
  });
  if (parsed.success) return parsed.data;
  for (const i of parsed.error.issues) {
    const path = String(i.path[0] ?? 'text');
    const field =
      path === 'status' ? statusField : path === 'newDueDate' ? dueField : path === 'droppedReason' ? (c.r.mapping.droppedReason ? 'droppedReason' : 'progress') : (COLUMN_OF[path] ?? 'progress');
    c.issue(field, i.message);
  }
  return null;
}

/** The first update of a new action, when its row already reports progress: dated today, the day it is made. */
export function firstUpdate(c: ActionCells, today: string, reportedBy: string | null): ActionUpdateParsed | null {
  const statusField = c.has('newStatus') ? 'newStatus' : 'status';
  const status = c.status(statusField);
  const rag = c.rag(c.has('newRag') ? 'newRag' : 'rag');
  const text = c.text('progress') || null;
  const changes = status && status !== 'not_started' ? status : null;
  if (!changes && !rag && !text) return null;
  const parsed = actionUpdateInputSchema.safeParse({
    date: today,
    text,
    rag,
    status: changes,
    droppedReason: changes === 'dropped' ? c.text('droppedReason') || text : null,
    reportedBy: c.text('reportedBy') || reportedBy,
  });
  if (parsed.success) return parsed.data;
  for (const i of parsed.error.issues) c.issue(i.path[0] === 'status' || i.path[0] === 'droppedReason' ? statusField : 'progress', i.message);
  return null;
}
