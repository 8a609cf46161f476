import type { ReturnRow, ReturnStatus } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { leadNameOf } from './agency-rows';
import { loadTargets, type FrameworkTargets } from './answers-write';
import { daysOverdue, displayStatus } from './return-rules';

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

/**
 * Every return in the cycle, or only `only.cycleAgencyId`, in one query whatever the size of the cycle: the
 * agencies with lead and chaser count as subqueries, and progress and flags from the derived return_progress
 * (worked out by the rules in return-rules.ts when the answers were written).
 */
export async function listReturns(db: Db, cycleId: number, today: string, only: { cycleAgencyId?: number; framework?: FrameworkTargets } = {}): Promise<ReturnRow[]> {
  const one = only.cycleAgencyId;
  const cycle = await loadCycleDates(db, cycleId);
  // A caller holding the cycle's (frozen) framework passes it: the import does, 2,000 times in a row.
  const targets = only.framework ?? (await loadTargets(db, cycle.framework_id));
  const expected = targets.targets.filter((t) => t.ratable).length;
  const rows = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    // Progress and flags are derived when answers are written (return-summaries.ts); none yet means none.
    .leftJoin('return_progress as rp', 'rp.cycle_agency_id', 'ca.id')
    .selectAll('ca')
    .select((eb) => [
      'rp.answered',
      'rp.over_optimistic',
      'rp.underscored',
      'rp.weak',
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
  return rows.map((r) => {
    const status = r.status as ReturnStatus;
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
      answered: r.answered ?? 0,
      expected,
      overOptimistic: r.over_optimistic ?? 0,
      underscored: r.underscored ?? 0,
      weak: r.weak ?? 0,
      carriedForward: r.carried_forward === 1,
    };
  });
}

/** One agency's tracker row: the cycle's list narrowed to that return. */
export async function returnRowFor(db: Db, cycleAgencyId: number, today: string, framework?: FrameworkTargets): Promise<ReturnRow> {
  const ca = await db.selectFrom('cycle_agencies').select('cycle_id').where('id', '=', cycleAgencyId).executeTakeFirst();
  const [row] = ca ? await listReturns(db, ca.cycle_id, today, { cycleAgencyId, framework }) : [];
  if (!row) throw notFound('Return', cycleAgencyId);
  return row;
}
