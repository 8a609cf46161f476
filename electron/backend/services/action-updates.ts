import type { z } from 'zod';
import { ACTION_STATUS_LABELS, RAG_LABELS, isClosedAction, type ActionDetail, type ActionStatus, type actionUpdateInputSchema } from '../../../shared/domain/action';
import type { ApiErrorDetail } from '../../../shared/result';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { actionReference, getAction } from './actions-read';
import { isCalendarDate } from './actions-validate';
import { recordChange } from './history';
import { todayOf, type WriteCtx } from './write-context';

// Progress updates: dated, appended, never edited. An update may report progress, set a RAG, change the
// status or move the due date with the reason it slipped; the action keeps a copy of its latest update so
// the board's "no update for 90 days" needs no join.

export type ActionUpdateParsed = z.output<typeof actionUpdateInputSchema>;

type UpdateWords = { text: string | null; status: string | null; rag: string | null; new_due_date: string | null; slippage_reason: string | null };

/** An update's text, or what it did when it has none ("Complete", "Due date moved to 2027-01-31: …"). */
export function updateInWords(u: UpdateWords): string {
  if (u.text) return u.text;
  return [
    u.status ? ACTION_STATUS_LABELS[u.status as ActionStatus] : null,
    u.new_due_date ? `Due date moved to ${u.new_due_date}${u.slippage_reason ? `: ${u.slippage_reason}` : ''}` : null,
    u.rag ? `RAG ${RAG_LABELS[u.rag as keyof typeof RAG_LABELS].toLowerCase()}` : null,
  ]
    .filter(Boolean)
    .join('. ');
}

/** Appends one update inside the caller's transaction, moving the action on and recording history. */
export async function appendUpdate(trx: Db, ctx: WriteCtx, actionId: number, update: ActionUpdateParsed, today: string): Promise<void> {
  const a = await trx.selectFrom('actions').selectAll().where('id', '=', actionId).executeTakeFirst();
  const ref = actionReference(actionId);
  if (!a) throw notFound('Action', ref);
  const date = update.date ?? today;
  const problems: ApiErrorDetail[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!isCalendarDate(date)) add('date', `${date} is not a date on the calendar`);
  else if (date > today) add('date', `${date} is after today (${today}); an update reports what has happened`);
  else if (date < a.created_on) add('date', `${date} is before ${ref} was made (${a.created_on})`);
  if (update.newDueDate && !isCalendarDate(update.newDueDate)) add('newDueDate', `${update.newDueDate} is not a date on the calendar`);
  else if (update.newDueDate === a.due_date) add('newDueDate', `${ref} is already due on ${a.due_date}`);

  const status = (update.status ?? a.status) as ActionStatus;
  const changesStatus = status !== a.status;
  if (!changesStatus && !update.text && !update.rag && !update.newDueDate) add('status', `${ref} is already ${ACTION_STATUS_LABELS[status].toLowerCase()}`);
  if (update.newDueDate && isClosedAction(status)) add('newDueDate', `a ${ACTION_STATUS_LABELS[status].toLowerCase()} action has no due date to move`);
  if (problems.length)
    throw invalid(`The update was not saved: ${problems.length === 1 ? `${problems[0]!.field}: ${problems[0]!.message}` : `${problems.length} problems`}.`, problems);
  if (a.status === 'dropped' && status === 'dropped')
    throw conflict(`${ref} was dropped (${a.dropped_reason ?? 'no reason given'}); reopen it by giving it a status before adding progress.`, [
      { field: 'status', message: 'the action is dropped' },
    ]);

  const now = ctx.now().toISOString();
  await trx
    .insertInto('action_updates')
    .values({
      action_id: actionId,
      update_date: date,
      text: update.text,
      rag: update.rag,
      status: changesStatus ? status : null,
      previous_due_date: update.newDueDate ? a.due_date : null,
      new_due_date: update.newDueDate,
      slippage_reason: update.newDueDate ? update.slippageReason : null,
      reported_by: update.reportedBy ?? ctx.userName,
      created_at: now,
      created_by: ctx.userName,
    })
    .execute();

  // The latest update by date (then entry order) is what the tracker shows; a back-dated update may not be it.
  // The RAG shown is the latest one given: an update that reports only progress does not clear it.
  const latest = await trx.selectFrom('action_updates').selectAll().where('action_id', '=', actionId).orderBy('update_date', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
  const lastRag = await trx.selectFrom('action_updates').select('rag').where('action_id', '=', actionId).where('rag', 'is not', null).orderBy('update_date', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();

  const next = {
    status,
    due_date: update.newDueDate ?? a.due_date,
    due_date_moves: a.due_date_moves + (update.newDueDate ? 1 : 0),
    // Only a complete action has a completion date: reopening or dropping it clears the date.
    completed_on: status === 'complete' ? (changesStatus ? date : a.completed_on) : null,
    dropped_reason: status === 'dropped' ? (changesStatus ? update.droppedReason : a.dropped_reason) : null,
    last_update_on: latest.update_date,
    last_update_text: updateInWords(latest),
    last_rag: lastRag?.rag ?? null,
  };
  await trx.updateTable('actions').set({ ...next, updated_at: now }).where('id', '=', actionId).execute();

  const said = [
    changesStatus ? ACTION_STATUS_LABELS[status] : null,
    update.rag ? RAG_LABELS[update.rag] : null,
    update.newDueDate ? `due ${update.newDueDate}` : null,
  ].filter(Boolean);
  await recordChange(trx, ctx, {
    entityType: 'action',
    entityId: actionId,
    action: 'progress',
    summary: `${ref}: update of ${date}${said.length ? ` (${said.join(', ')})` : ''}${update.text ? `: ${update.text.slice(0, 120)}` : ''}`,
    before: { status: a.status, dueDate: a.due_date, droppedReason: a.dropped_reason, lastUpdateOn: a.last_update_on, lastRag: a.last_rag },
    after: { status: next.status, dueDate: next.due_date, droppedReason: next.dropped_reason, lastUpdateOn: next.last_update_on, lastRag: next.last_rag },
  });
}

export async function addUpdate(db: Db, ctx: WriteCtx, actionId: number, update: ActionUpdateParsed): Promise<ActionDetail> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => {
    await appendUpdate(trx, ctx, actionId, update, today);
    return getAction(trx, actionId, today);
  });
}
