import { RETURN_STATUS_LABELS, type ReturnStatus } from '../../../shared/domain/cycle';
import type { CycleAgenciesTable, Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { formatLongDate } from '../reports/kit/dates';
import { recordChange } from './history';
import { todayOf, type WriteCtx } from './write-context';

// Moving one agency's return through its statuses, keeping the dates that the board's rates depend on.

type Dates = Pick<CycleAgenciesTable, 'issued_on' | 'returned_on' | 'sent_back_on' | 'sent_back_reason' | 'accepted_on'>;

const BEFORE_RETURN: readonly ReturnStatus[] = ['not_issued', 'issued', 'in_progress'];

/** The dates after a move to `status`; `date` is the date given or today, `explicit` whether one was given. */
function datesFor(status: ReturnStatus, from: ReturnStatus, row: Dates, date: string, explicit: boolean, reason: string | null): Dates {
  const old: Dates = { issued_on: row.issued_on, returned_on: row.returned_on, sent_back_on: row.sent_back_on, sent_back_reason: row.sent_back_reason, accepted_on: row.accepted_on };
  const cleared = { returned_on: null, sent_back_on: null, sent_back_reason: null, accepted_on: null };
  switch (status) {
    case 'not_issued':
      return { issued_on: null, ...cleared };
    case 'issued':
      return { ...cleared, issued_on: date };
    case 'in_progress':
      return { ...cleared, issued_on: old.issued_on };
    case 'returned':
      // A return re-sent after being sent back keeps its first date, so it does not turn "late" for the extra evidence.
      return { ...old, accepted_on: null, returned_on: from === 'sent_back' && old.returned_on && !explicit ? old.returned_on : date };
    case 'sent_back':
      return { ...old, accepted_on: null, sent_back_on: date, sent_back_reason: reason };
    case 'accepted':
      return { ...old, returned_on: old.returned_on ?? date, accepted_on: date };
  }
}

export async function setReturnStatus(
  db: Db,
  ctx: WriteCtx,
  cycleAgencyId: number,
  status: ReturnStatus,
  date?: string,
  reason?: string,
): Promise<void> {
  const today = todayOf(ctx);
  await inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('cycle_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .innerJoin('cycles as c', 'c.id', 'ca.cycle_id')
      .selectAll('ca')
      .select(['a.name as agency_name', 'c.name as cycle_name'])
      .where('ca.id', '=', cycleAgencyId)
      .executeTakeFirst();
    if (!row) throw notFound('Return', cycleAgencyId);
    if (date && date > today)
      throw invalid(`${formatLongDate(date)} is in the future; record the date it happened.`, [{ field: 'date', message: 'a date on or before today' }]);
    const why = reason?.trim() || null;
    if (status === 'sent_back' && !why)
      throw invalid(`Say what more evidence ${row.agency_name} needs to send.`, [{ field: 'reason', message: 'a reason is needed to send a return back' }]);
    const from = row.status as ReturnStatus;
    if (status === 'sent_back' && BEFORE_RETURN.includes(from))
      throw conflict(`${row.agency_name} has not returned its self-assessment yet, so it cannot be sent back.`, [{ field: 'status', message: 'not returned yet' }]);
    const next = datesFor(status, from, row, date ?? today, date !== undefined, why);
    await trx
      .updateTable('cycle_agencies')
      .set({ status, ...next, updated_at: ctx.now().toISOString() })
      .where('id', '=', cycleAgencyId)
      .execute();
    const shown = (s: ReturnStatus, d: Dates) => ({
      status: RETURN_STATUS_LABELS[s],
      issuedOn: d.issued_on,
      returnedOn: d.returned_on,
      sentBackOn: d.sent_back_on,
      sentBackReason: d.sent_back_reason,
      acceptedOn: d.accepted_on,
    });
    await recordChange(trx, ctx, {
      entityType: 'return',
      entityId: cycleAgencyId,
      action: 'update',
      summary: `${row.agency_name} (${row.cycle_name}): ${RETURN_STATUS_LABELS[from]} → ${RETURN_STATUS_LABELS[status]}`,
      before: shown(from, row),
      after: shown(status, next),
    });
  });
}
