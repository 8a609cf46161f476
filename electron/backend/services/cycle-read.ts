import { RETURNED_STATUSES, type CycleDetail, type CycleStatus, type CycleSummary, type CycleType } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { cycleSortDate } from './cycle-order';

// Read side of cycles: summaries for lists (with scope and return counts), and one cycle in detail.

export async function listCycles(db: Db, onlyId?: number): Promise<CycleSummary[]> {
  let q = db
    .selectFrom('cycles as c')
    .innerJoin('frameworks as f', 'f.id', 'c.framework_id')
    .selectAll('c')
    .select((eb) => [
      'f.name as framework_name',
      'f.version_label as framework_version',
      eb
        .selectFrom('cycle_agencies as ca')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('ca.cycle_id', '=', 'c.id')
        .as('in_scope'),
      eb
        .selectFrom('cycle_agencies as cr')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('cr.cycle_id', '=', 'c.id')
        .where('cr.status', 'in', [...RETURNED_STATUSES])
        .as('returned'),
    ]);
  if (onlyId !== undefined) q = q.where('c.id', '=', onlyId);
  const rows = await q.execute();
  // Newest first; sorted here because NULL ordering differs between SQLite and PostgreSQL.
  rows.sort((a, b) => cycleSortDate(b).localeCompare(cycleSortDate(a)) || b.id - a.id);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    cycleType: r.cycle_type as CycleType,
    typeLabel: r.type_label,
    frameworkId: r.framework_id,
    frameworkName: r.framework_name,
    frameworkVersion: r.framework_version,
    periodLabel: r.period_label,
    launchDate: r.launch_date,
    initialDeadline: r.initial_deadline,
    finalDeadline: r.final_deadline,
    status: r.status as CycleStatus,
    historical: r.historical === 1,
    previousCycleId: r.previous_cycle_id,
    inScope: Number(r.in_scope ?? 0),
    returned: Number(r.returned ?? 0),
  }));
}

/** Agencies in scope per sector, in the sectors' display order. */
export async function scopeBySector(db: Db, cycleId: number): Promise<CycleDetail['scopeBySector']> {
  const rows = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .select((eb) => ['s.id', 's.name', 's.sort_order', eb.fn.countAll<number>().as('n')])
    .where('ca.cycle_id', '=', cycleId)
    .groupBy(['s.id', 's.name', 's.sort_order'])
    .orderBy('s.sort_order')
    .orderBy('s.id')
    .execute();
  return rows.map((r) => ({ sectorId: r.id, sectorName: r.name, count: Number(r.n) }));
}

/** One cycle's summary: the list's row for it, so the two never differ. */
export async function cycleSummary(db: Db, id: number): Promise<CycleSummary> {
  const [summary] = await listCycles(db, id);
  if (!summary) throw notFound('Cycle', id);
  return summary;
}

export async function getCycle(db: Db, id: number): Promise<CycleDetail> {
  const summary = await cycleSummary(db, id);
  const row = await db.selectFrom('cycles').select(['notes', 'chaser_subject', 'chaser_body']).where('id', '=', id).executeTakeFirstOrThrow();
  return {
    ...summary,
    notes: row.notes,
    chaserTemplate: { subject: row.chaser_subject, body: row.chaser_body },
    scopeBySector: await scopeBySector(db, id),
  };
}

/** What history shows of a cycle. */
export const cycleSnapshot = (c: CycleDetail): Record<string, unknown> => ({
  name: c.name,
  cycleType: c.cycleType,
  typeLabel: c.typeLabel,
  framework: `${c.frameworkName} (${c.frameworkVersion})`,
  periodLabel: c.periodLabel,
  launchDate: c.launchDate,
  initialDeadline: c.initialDeadline,
  finalDeadline: c.finalDeadline,
  status: c.status,
  notes: c.notes,
  chaserSubject: c.chaserTemplate.subject,
  chaserBody: c.chaserTemplate.body,
  previousCycleId: c.previousCycleId,
  inScope: c.inScope,
});
