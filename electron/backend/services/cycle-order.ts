import type { Db } from '../db/schema';
import { notFound } from '../errors';

// Where a cycle stands in time, and which cycle came before it. One rule for listing cycles, for recording
// a new cycle's previous one, and for choosing what the comparison compares with.

type Dated = { launch_date: string | null; initial_deadline: string | null; final_deadline: string | null; created_at: string };

/** The date a cycle is placed by in time: launch, else its deadlines, else when it was entered. */
export const cycleSortDate = (c: Dated): string => c.launch_date ?? c.initial_deadline ?? c.final_deadline ?? c.created_at.slice(0, 10);

/**
 * The latest earlier cycle of the same type, whatever is recorded; null if none. For the partnership's own
 * audits ('custom') the type label must match too (ignoring case). Earlier is by sort date, and on the
 * same date by the order the cycles were entered.
 */
export async function latestEarlierCycle(db: Db, cycleId: number): Promise<number | null> {
  const c = await db.selectFrom('cycles').selectAll().where('id', '=', cycleId).executeTakeFirst();
  if (!c) throw notFound('Cycle', cycleId);
  const mine = cycleSortDate(c);
  const others = await db
    .selectFrom('cycles')
    .select(['id', 'type_label', 'launch_date', 'initial_deadline', 'final_deadline', 'created_at'])
    .where('cycle_type', '=', c.cycle_type)
    .where('id', '!=', cycleId)
    .execute();
  const label = (l: string | null) => (l ?? '').toLowerCase();
  let best: { id: number; date: string } | null = null;
  for (const o of others) {
    if (c.cycle_type === 'custom' && label(o.type_label) !== label(c.type_label)) continue;
    const date = cycleSortDate(o);
    const earlier = date < mine || (date === mine && o.id < cycleId);
    if (earlier && (!best || date > best.date || (date === best.date && o.id > best.id))) best = { id: o.id, date };
  }
  return best?.id ?? null;
}

/** The cycle's recorded previous cycle, else the latest earlier cycle of the same type; null if none. */
export async function previousCycleOf(db: Db, cycleId: number): Promise<number | null> {
  const c = await db.selectFrom('cycles').select('previous_cycle_id').where('id', '=', cycleId).executeTakeFirst();
  if (!c) throw notFound('Cycle', cycleId);
  return c.previous_cycle_id ?? (await latestEarlierCycle(db, cycleId));
}
