import type { ExpressionBuilder } from 'kysely';
import type { ReturnRow, ReturnStatus } from '../../../shared/domain/cycle';
import type { DB, Db } from '../db/schema';
import { notFound } from '../errors';
import { leadNameOf } from './agency-rows';
import { loadTargets } from './answers-write';
import { loadScaleForFramework } from './rating-scale';
import { answerFlags, daysOverdue, displayStatus, isAnswered } from './return-rules';

// The returns tracker: one row per agency in scope, with progress and moderation flags. One return's row
// (returnRowFor) is the same query narrowed to that return, so the tracker and the detail screen always agree.

export interface CycleDates {
  id: number;
  name: string;
  framework_id: number;
  initial_deadline: string | null;
  final_deadline: string | null;
}

export async function loadCycleDates(db: Db, cycleId: number): Promise<CycleDates> {
  const c = await db.selectFrom('cycles').select(['id', 'name', 'framework_id', 'initial_deadline', 'final_deadline']).where('id', '=', cycleId).executeTakeFirst();
  if (!c) throw notFound('Cycle', cycleId);
  return c;
}

interface Flags {
  answered: number;
  overOptimistic: number;
  underscored: number;
  weak: number;
}
const noFlags = (): Flags => ({ answered: 0, overOptimistic: 0, underscored: 0, weak: 0 });

/**
 * Every return in the cycle, or only `only.cycleAgencyId`. Two queries whatever the size of the cycle: the
 * agencies with lead and chaser count as subqueries, and the answers counted per agency and rating pair;
 * flags are then worked out by the rules in return-rules.ts.
 */
export async function listReturns(db: Db, cycleId: number, today: string, only: { cycleAgencyId?: number } = {}): Promise<ReturnRow[]> {
  const one = only.cycleAgencyId;
  const cycle = await loadCycleDates(db, cycleId);
  const [targets, scale] = await Promise.all([loadTargets(db, cycle.framework_id), loadScaleForFramework(db, cycle.framework_id)]);
  const expected = targets.targets.filter((t) => t.ratable).length;
  const rows = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .selectAll('ca')
    .select((eb) => [
      'a.name as agency_name',
      'a.sector_id',
      's.name as sector_name',
      leadNameOf(eb),
      eb
        .selectFrom('chasers as ch')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('ch.cycle_agency_id', '=', 'ca.id')
        .as('chaser_count'),
    ])
    .where('ca.cycle_id', '=', cycleId)
    .$if(one !== undefined, (q) => q.where('ca.id', '=', one!))
    .orderBy('a.name_key')
    .orderBy('a.id')
    .execute();
  const isStandard = (eb: ExpressionBuilder<DB & { an: DB['answers'] }, 'an'>) => eb.case().when('an.item_id', 'is', null).then(1).else(0).end();
  const counts = await db
    .selectFrom('answers as an')
    .innerJoin('cycle_agencies as ca', 'ca.id', 'an.cycle_agency_id')
    .select((eb) => ['an.cycle_agency_id', 'an.self_code', 'an.self_na', 'an.moderated_code', isStandard(eb).as('is_standard'), eb.fn.countAll<number>().as('n')])
    .where('ca.cycle_id', '=', cycleId)
    .$if(one !== undefined, (q) => q.where('ca.id', '=', one!))
    .groupBy((eb) => ['an.cycle_agency_id', 'an.self_code', 'an.self_na', 'an.moderated_code', isStandard(eb)])
    .execute();
  // Progress counts only what the framework rates (items, standards or both).
  const ratable = (standard: boolean) => targets.ratingTarget === 'both' || (targets.ratingTarget === 'standards') === standard;
  const flags = new Map<number, Flags>();
  for (const c of counts) {
    const f = flags.get(c.cycle_agency_id) ?? noFlags();
    const n = Number(c.n);
    const a = answerFlags(scale, c);
    if (isAnswered(c) && ratable(Number(c.is_standard) === 1)) f.answered += n;
    if (a.overOptimistic) f.overOptimistic += n;
    if (a.underscored) f.underscored += n;
    if (a.weak) f.weak += n;
    flags.set(c.cycle_agency_id, f);
  }
  return rows.map((r) => {
    const status = r.status as ReturnStatus;
    const f = flags.get(r.id) ?? noFlags();
    return {
      cycleAgencyId: r.id,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      sectorId: r.sector_id,
      sectorName: r.sector_name,
      status,
      displayStatus: displayStatus(status, r.returned_on, cycle.initial_deadline),
      issuedOn: r.issued_on,
      returnedOn: r.returned_on,
      sentBackOn: r.sent_back_on,
      acceptedOn: r.accepted_on,
      lastChasedOn: r.last_chased_on,
      chaserCount: Number(r.chaser_count ?? 0),
      daysOverdue: daysOverdue(status, cycle.initial_deadline, today),
      safeguardingLead: r.lead_name ?? null,
      answered: f.answered,
      expected,
      overOptimistic: f.overOptimistic,
      underscored: f.underscored,
      weak: f.weak,
      carriedForward: r.carried_forward === 1,
    };
  });
}

/** One agency's tracker row: the cycle's list narrowed to that return. */
export async function returnRowFor(db: Db, cycleAgencyId: number, today: string): Promise<ReturnRow> {
  const ca = await db.selectFrom('cycle_agencies').select('cycle_id').where('id', '=', cycleAgencyId).executeTakeFirst();
  const [row] = ca ? await listReturns(db, ca.cycle_id, today, { cycleAgencyId }) : [];
  if (!row) throw notFound('Return', cycleAgencyId);
  return row;
}
