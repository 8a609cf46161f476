import type { Transaction } from 'kysely';
import type { CycleDetail } from '../../../shared/domain/cycle';
import type { DB, Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { getCycle } from './cycle-read';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

// Which agencies a cycle covers. Adding checks the register; removing never throws away a return.

/** Rows per multi-row INSERT or IN list: well under SQLite's and PostgreSQL's parameter limits. */
export const CHUNK = 500;
export const chunks = <T>(xs: T[], size = CHUNK): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, i * size + size));

const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name);

/** Agency id → name, refusing ids that do not exist or agencies no longer active. */
export async function requireActiveAgencies(db: Db, ids: number[]): Promise<Map<number, string>> {
  const found = new Map<number, { name: string; active: number }>();
  for (const part of chunks(ids))
    for (const a of await db.selectFrom('agencies').select(['id', 'name', 'active']).where('id', 'in', part).execute()) found.set(a.id, a);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length)
    throw invalid(`No agency has the id ${missing.join(', ')}.`, missing.map((id) => ({ field: 'agencyIds', message: `agency ${id} does not exist` })));
  const inactive = ids.map((id) => found.get(id)!).filter((a) => a.active !== 1);
  if (inactive.length)
    throw invalid(
      `${names(inactive).join(', ')} ${inactive.length === 1 ? 'is' : 'are'} no longer active in the register, so cannot be put in scope. Reactivate ${inactive.length === 1 ? 'it' : 'them'} first or leave ${inactive.length === 1 ? 'it' : 'them'} out.`,
      inactive.map((a) => ({ field: 'agencyIds', message: `${a.name} is inactive` })),
    );
  return new Map([...found].map(([id, a]) => [id, a.name]));
}

export async function insertScope(trx: Transaction<DB>, cycleId: number, agencyIds: number[], now: string): Promise<void> {
  for (const part of chunks(agencyIds))
    await trx
      .insertInto('cycle_agencies')
      .values(part.map((agency_id) => ({ cycle_id: cycleId, agency_id, status: 'not_issued', carried_forward: 0, created_at: now, updated_at: now })))
      .execute();
}

/** Adds and removes agencies in one transaction; an agency whose return has begun is never removed. */
export async function setScope(db: Db, ctx: WriteCtx, cycleId: number, add: number[], remove: number[]): Promise<CycleDetail> {
  return inTransaction(db, async (trx) => {
    const cycle = await trx.selectFrom('cycles').select(['id', 'name']).where('id', '=', cycleId).executeTakeFirst();
    if (!cycle) throw notFound('Cycle', cycleId);
    const both = add.filter((id) => remove.includes(id));
    if (both.length) throw invalid(`Agency ${both.join(', ')} is both added and removed; choose one.`, [{ field: 'add', message: 'also in remove' }]);
    const current = await trx
      .selectFrom('cycle_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .select(['ca.id', 'ca.agency_id', 'a.name'])
      .where('ca.cycle_id', '=', cycleId)
      .execute();
    const inScope = new Map(current.map((c) => [c.agency_id, c]));
    const toAdd = [...new Set(add)].filter((id) => !inScope.has(id));
    const addedNames = toAdd.length ? await requireActiveAgencies(trx, toAdd) : new Map<number, string>();
    const toRemove = [...new Set(remove)].map((id) => inScope.get(id)).filter((c) => c !== undefined);
    await refuseStartedReturns(trx, cycle.name, toRemove);
    for (const part of chunks(toRemove.map((r) => r.id))) await trx.deleteFrom('cycle_agencies').where('id', 'in', part).execute();
    await insertScope(trx, cycleId, toAdd, ctx.now().toISOString());
    if (toAdd.length || toRemove.length) {
      await trx.updateTable('cycles').set({ updated_at: ctx.now().toISOString() }).where('id', '=', cycleId).execute();
      await recordChange(trx, ctx, {
        entityType: 'cycle',
        entityId: cycleId,
        action: 'update',
        summary: `Scope of ${cycle.name}: ${toAdd.length} added, ${toRemove.length} removed`,
        before: { inScope: current.length, removed: toRemove.length ? names(toRemove) : null },
        after: { inScope: current.length + toAdd.length - toRemove.length, added: toAdd.length ? toAdd.map((id) => addedNames.get(id)) : null },
      });
    }
    return getCycle(trx, cycleId);
  });
}

/** Answers, evidence or an imported file mean work would be lost: the whole change is refused, naming them. */
async function refuseStartedReturns(trx: Transaction<DB>, cycleName: string, rows: Array<{ id: number; name: string }>) {
  if (!rows.length) return;
  const started = new Set<number>();
  for (const part of chunks(rows.map((r) => r.id))) {
    for (const table of ['answers', 'evidence_files', 'return_files'] as const) {
      const hits = await trx.selectFrom(table).select('cycle_agency_id').distinct().where('cycle_agency_id', 'in', part).execute();
      hits.forEach((h) => started.add(h.cycle_agency_id));
    }
  }
  const blocked = rows.filter((r) => started.has(r.id));
  if (blocked.length)
    throw conflict(
      `${names(blocked).join(', ')} already ${blocked.length === 1 ? 'has' : 'have'} answers in ${cycleName}, so ${blocked.length === 1 ? 'it' : 'they'} cannot be taken out of scope. Nothing was changed.`,
      blocked.map((b) => ({ field: 'remove', message: `${b.name} has answers in this cycle` })),
    );
}
