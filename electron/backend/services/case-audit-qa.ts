import type { z } from 'zod';
import { CASE_RETURN_STATUS_LABELS, SEND_BACK_REASON_LABELS, type CaseReturnDetail, type CaseReturnStatus, type caseReturnStatusSchema } from '../../../shared/domain/case-audit';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid } from '../errors';
import { isCalendarDate } from './actions-validate';
import { listCaseReturns } from './case-audit-return-rows';
import { getCaseReturn } from './case-audit-returns';
import { refuseIdentifiers } from './case-audit-text';
import { chunks } from './cycle-scope';
import { recordChange } from './history';
import { todayOf, type WriteCtx } from './write-context';

// Quality assurance of returns (Halton: "quality assured by the Business Unit and returned to the agency lead if
// they are not sufficiently robust, or comprehensive"). The moves a return can make, and the dates each records.

/** The parsed input; `reason` may be left out by callers inside the backend. */
export type CaseReturnStatusFields = Omit<z.output<typeof caseReturnStatusSchema>, 'reason'> & { reason?: string | null };

/** From → the statuses it may move to. Accepting is reversible (reopen), so a late correction is possible. */
const MOVES: Record<CaseReturnStatus, readonly CaseReturnStatus[]> = {
  not_issued: ['issued', 'returned'],
  issued: ['not_issued', 'returned'],
  returned: ['sent_back', 'accepted'],
  sent_back: ['returned'],
  accepted: ['returned'],
};

export async function setCaseReturnStatus(db: Db, ctx: WriteCtx, s: CaseReturnStatusFields): Promise<CaseReturnDetail> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => {
    const before = await getCaseReturn(trx, s.returnId, today);
    const from = before.row.status;
    const who = `${before.row.agencyName}'s return for case ${before.row.caseReference}`;
    if (from === s.status) return before;
    if (!MOVES[from].includes(s.status))
      throw conflict(`${who} is ${CASE_RETURN_STATUS_LABELS[from].toLowerCase()}; it cannot be marked ${CASE_RETURN_STATUS_LABELS[s.status].toLowerCase()} from there.`, [
        { field: 'status', message: `not allowed from ${from}` },
      ]);
    const date = s.date ?? today;
    if (!isCalendarDate(date)) throw invalid(`${date} is not a date on the calendar.`, [{ field: 'date', message: 'not a date' }]);
    if (date > today) throw invalid('A status is recorded when it happens: the date is in the future.', [{ field: 'date', message: 'is in the future' }]);
    const set: Record<string, string | null> = {};
    if (s.status === 'issued') set.issued_on = date;
    if (s.status === 'not_issued') set.issued_on = null;
    if (s.status === 'returned') {
      set.returned_on = date;
      if (from === 'accepted') set.accepted_on = null;
    }
    if (s.status === 'sent_back') {
      if (s.dueDate! < date) throw invalid('The revised return cannot be due before the day it is sent back.', [{ field: 'dueDate', message: `is before ${date}` }]);
      await refuseIdentifiers(trx, { Reason: s.reason }, { strictDates: false, warnNames: false, what: 'The reason' });
      Object.assign(set, { sent_back_on: date, send_back_reason: s.sendBackReason!, send_back_note: s.reason ?? null, resubmit_by: s.dueDate! });
    }
    if (s.status === 'accepted') {
      const unrated = before.questions.filter((q) => !before.ratings.some((r) => r.questionId === q.id && (r.level || r.notApplicable)));
      if (unrated.length)
        throw conflict(`${who} cannot be accepted: ${unrated.map((q) => q.ref).join(', ')} ${unrated.length === 1 ? 'has' : 'have'} no rating. Send it back as not comprehensive, or rate ${unrated.length === 1 ? 'it' : 'them'}.`, [
          { field: 'status', message: `unrated: ${unrated.map((q) => q.ref).join(', ')}` },
        ]);
      set.accepted_on = date;
    }
    await trx
      .updateTable('case_audit_returns')
      .set({ ...set, status: s.status, updated_at: ctx.now().toISOString(), updated_by: ctx.userName })
      .where('id', '=', s.returnId)
      .execute();
    const after = await getCaseReturn(trx, s.returnId, today);
    const why = s.status === 'sent_back' ? ` as ${SEND_BACK_REASON_LABELS[s.sendBackReason!].toLowerCase()}, due again ${s.dueDate}` : '';
    await recordChange(trx, ctx, {
      entityType: 'case_return',
      entityId: s.returnId,
      action: 'status',
      summary: `${who}: ${CASE_RETURN_STATUS_LABELS[s.status].toLowerCase()}${why}`,
      before: { status: from, sentBackReason: before.row.sendBackReason, sentBackNote: before.row.sendBackNote, resubmitBy: before.row.resubmitBy },
      after: { status: s.status, sentBackReason: after.row.sendBackReason, sentBackNote: after.row.sendBackNote, resubmitBy: after.row.resubmitBy },
    });
    return after;
  });
}

/** Records the first issue of each return (files written or downloaded); re-issuing keeps the first date. */
export async function markIssued(trx: Db, ctx: WriteCtx, returnIds: number[], fileNames: Map<number, string[]>): Promise<void> {
  const today = todayOf(ctx);
  for (const part of chunks(returnIds)) {
    const rows = await listCaseReturns(trx, { returnIds: part, statuses: ['not_issued'] }, today);
    if (!rows.length) continue;
    await trx
      .updateTable('case_audit_returns')
      .set({ status: 'issued', issued_on: today, updated_at: ctx.now().toISOString(), updated_by: ctx.userName })
      .where('id', 'in', rows.map((r) => r.id))
      .execute();
    for (const r of rows)
      await recordChange(trx, ctx, {
        entityType: 'case_return',
        entityId: r.id,
        action: 'status',
        summary: `${r.agencyName}: case audit return for ${r.caseReference} issued (${(fileNames.get(r.id) ?? []).join(', ')})`,
        before: { status: 'not_issued', issuedOn: null },
        after: { status: 'issued', issuedOn: today },
      });
  }
}
