import type { z } from 'zod';
import { DISSEMINATION_CHANNEL_LABELS, type DisseminationChannel, type DisseminationEntry, type disseminationInputSchema } from '../../../shared/domain/case-audit';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { refuseIdentifiers } from './case-audit-text';
import { recordChange } from './history';
import { todayOf, type WriteCtx } from './write-context';

// How an audit's findings reached staff: partnership briefings, the newsletter, training, 7-minute briefings, the
// website. The log is what the partnership shows when asked whether learning was shared.

export type DisseminationFields = z.output<typeof disseminationInputSchema>;

export async function listDisseminations(db: Db, auditId: number): Promise<DisseminationEntry[]> {
  const rows = await db.selectFrom('case_audit_disseminations').selectAll().where('audit_id', '=', auditId).orderBy('event_date').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, date: r.event_date, channel: r.channel as DisseminationChannel, audience: r.audience, notes: r.notes, createdBy: r.created_by }));
}

const describe = (e: DisseminationFields | DisseminationEntry) => ({ date: e.date, channel: DISSEMINATION_CHANNEL_LABELS[e.channel], audience: e.audience, notes: e.notes });

export async function addDissemination(db: Db, ctx: WriteCtx, auditId: number, entry: DisseminationFields): Promise<number> {
  return inTransaction(db, async (trx) => {
    const a = await trx.selectFrom('case_audits').select('title').where('id', '=', auditId).executeTakeFirst();
    if (!a) throw notFound('Case-file audit', auditId);
    if (entry.date > todayOf(ctx)) throw invalid('Record dissemination once it has happened: the date is in the future.', [{ field: 'date', message: 'is in the future' }]);
    await refuseIdentifiers(trx, { Audience: entry.audience, Notes: entry.notes }, { strictDates: false, warnNames: false, what: 'The dissemination entry' });
    const { id } = await trx
      .insertInto('case_audit_disseminations')
      .values({ audit_id: auditId, event_date: entry.date, channel: entry.channel, audience: entry.audience, notes: entry.notes, created_at: ctx.now().toISOString(), created_by: ctx.userName })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx, ctx, { entityType: 'case_audit', entityId: auditId, action: 'create', summary: `${a.title}: findings shared by ${DISSEMINATION_CHANNEL_LABELS[entry.channel]} (${entry.audience})`, before: null, after: describe(entry) });
    return id;
  });
}

/** Removes an entry made in error; returns the audit it belonged to. */
export async function removeDissemination(db: Db, ctx: WriteCtx, id: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('case_audit_disseminations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Dissemination entry', id);
    await trx.deleteFrom('case_audit_disseminations').where('id', '=', id).execute();
    const entry: DisseminationEntry = { id, date: row.event_date, channel: row.channel as DisseminationChannel, audience: row.audience, notes: row.notes, createdBy: row.created_by };
    await recordChange(trx, ctx, { entityType: 'case_audit', entityId: row.audit_id, action: 'delete', summary: `Dissemination entry of ${row.event_date} removed`, before: describe(entry), after: null });
    return row.audit_id;
  });
}
