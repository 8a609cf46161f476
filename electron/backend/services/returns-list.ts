import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { ExpressionBuilder } from 'kysely';
import { RETURNED_STATUSES, type ReturnDisplayStatus, type ReturnRow, type ReturnStatus } from '../../../shared/domain/cycle';
import type { DB, Db } from '../db/schema';
import { notFound } from '../errors';
import { loadTargets } from './answers-write';
import { isWeak, loadScaleForFramework, rankOf, stepsBetter, type LoadedScale } from './rating-scale';

// The returns tracker: one row per agency in scope, with progress and moderation flags.

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

/** Whole days from one ISO date to another, on calendar dates: a clock change or month end makes no difference. */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));

export const isReturned = (status: string): boolean => RETURNED_STATUSES.includes(status as ReturnStatus);

/** "Returned late" is worked out, not stored: returned after the initial deadline. */
export function displayStatus(status: ReturnStatus, returnedOn: string | null, initialDeadline: string | null): ReturnDisplayStatus {
  return status === 'returned' && returnedOn && initialDeadline && returnedOn > initialDeadline ? 'returned_late' : status;
}

/**
 * Whole days past the initial deadline for a return not yet in; null when it is in, the deadline is not past
 * or there is none. Counting from the initial deadline keeps the number growing steadily; the final deadline
 * is a last call, not a new start. (services/return-row.ts shows the same for one return.)
 */
export function daysOverdue(status: string, initialDeadline: string | null, today: string): number | null {
  if (!initialDeadline || isReturned(status)) return null;
  const days = daysBetween(initialDeadline, today);
  return days > 0 ? days : null;
}

interface Flags {
  answered: number;
  overOptimistic: number;
  underscored: number;
  weak: number;
}

/**
 * Moderation flags of one answer, from the shared scale model: self better (over-optimistic) or worse
 * (underscored) than moderated; weak when the rating in force (moderated, else self unless N/A) is at the weak end.
 */
export function answerFlags(scale: LoadedScale, selfCode: string | null, notApplicable: boolean, moderatedCode: string | null) {
  const self = notApplicable ? null : selfCode;
  const compared = Boolean(self && moderatedCode && rankOf(scale, self) >= 0 && rankOf(scale, moderatedCode) >= 0);
  const steps = compared ? stepsBetter(scale, self!, moderatedCode!) : 0;
  return { overOptimistic: steps > 0, underscored: steps < 0, weak: isWeak(scale, moderatedCode ?? self) };
}

/**
 * Every return in the cycle. Two queries whatever the size of the cycle: the agencies with lead and chaser
 * count as subqueries, and the answers counted per agency and rating pair; flags are then worked out here.
 * The definitions agree with services/return-row.ts, which computes one row on its own.
 */
export async function listReturns(db: Db, cycleId: number, today: string): Promise<ReturnRow[]> {
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
      eb
        .selectFrom('agency_contacts as ac')
        .innerJoin('contacts as c', 'c.id', 'ac.contact_id')
        .select('c.full_name')
        .whereRef('ac.agency_id', '=', 'a.id')
        .where('ac.role', '=', 'safeguarding_lead')
        .where('c.active', '=', 1)
        .orderBy('ac.id', 'desc')
        .limit(1)
        .as('lead_name'),
      eb
        .selectFrom('chasers as ch')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('ch.cycle_agency_id', '=', 'ca.id')
        .as('chaser_count'),
    ])
    .where('ca.cycle_id', '=', cycleId)
    .orderBy('a.name_key')
    .orderBy('a.id')
    .execute();
  const isStandard = (eb: ExpressionBuilder<DB & { an: DB['answers'] }, 'an'>) => eb.case().when('an.item_id', 'is', null).then(1).else(0).end();
  const counts = await db
    .selectFrom('answers as an')
    .innerJoin('cycle_agencies as ca', 'ca.id', 'an.cycle_agency_id')
    .select((eb) => ['an.cycle_agency_id', 'an.self_code', 'an.self_na', 'an.moderated_code', isStandard(eb).as('is_standard'), eb.fn.countAll<number>().as('n')])
    .where('ca.cycle_id', '=', cycleId)
    .groupBy((eb) => ['an.cycle_agency_id', 'an.self_code', 'an.self_na', 'an.moderated_code', isStandard(eb)])
    .execute();
  // Progress counts only what the framework rates (items, standards or both).
  const ratable = (standard: boolean) => targets.ratingTarget === 'both' || (targets.ratingTarget === 'standards') === standard;
  const flags = new Map<number, Flags>();
  for (const c of counts) {
    const f = flags.get(c.cycle_agency_id) ?? { answered: 0, overOptimistic: 0, underscored: 0, weak: 0 };
    const n = Number(c.n);
    const a = answerFlags(scale, c.self_code, c.self_na === 1, c.moderated_code);
    if ((c.self_code || c.self_na === 1) && ratable(Number(c.is_standard) === 1)) f.answered += n;
    if (a.overOptimistic) f.overOptimistic += n;
    if (a.underscored) f.underscored += n;
    if (a.weak) f.weak += n;
    flags.set(c.cycle_agency_id, f);
  }
  return rows.map((r) => {
    const status = r.status as ReturnStatus;
    const f = flags.get(r.id) ?? { answered: 0, overOptimistic: 0, underscored: 0, weak: 0 };
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
