import { differenceInCalendarDays, parseISO } from 'date-fns';
import {
  RETURNED_STATUSES,
  type CycleStatus,
  type CycleSummary,
  type CycleType,
  type ReturnRow,
  type ReturnStatus,
} from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { loadTargets } from './answers-write';
import { isWeak, loadScaleForFramework, rankOf, stepsBetter, type LoadedScale } from './rating-scale';

// One agency's tracker row and its cycle's summary, for the return detail screen. The returns list
// (services/returns-list.ts) computes the same fields for a whole cycle; the definitions must agree:
// - displayStatus is 'returned_late' when status is 'returned' and returned_on is after the initial deadline;
// - daysOverdue counts whole days from the initial deadline to today for returns not yet in
//   (status not returned/sent_back/accepted), null when the deadline is not past or not set;
// - answered counts ratable targets with a rating or N/A; expected counts ratable targets.

export async function cycleSummaryFor(db: Db, cycleId: number): Promise<CycleSummary> {
  const c = await db
    .selectFrom('cycles as c')
    .innerJoin('frameworks as f', 'f.id', 'c.framework_id')
    .selectAll('c')
    .select(['f.name as framework_name', 'f.version_label'])
    .where('c.id', '=', cycleId)
    .executeTakeFirst();
  if (!c) throw notFound('Cycle', cycleId);
  const statuses = await db.selectFrom('cycle_agencies').select('status').where('cycle_id', '=', cycleId).execute();
  return {
    id: c.id,
    name: c.name,
    cycleType: c.cycle_type as CycleType,
    typeLabel: c.type_label,
    frameworkId: c.framework_id,
    frameworkName: c.framework_name,
    frameworkVersion: c.version_label,
    periodLabel: c.period_label,
    launchDate: c.launch_date,
    initialDeadline: c.initial_deadline,
    finalDeadline: c.final_deadline,
    status: c.status as CycleStatus,
    historical: c.historical === 1,
    previousCycleId: c.previous_cycle_id,
    inScope: statuses.length,
    returned: statuses.filter((s) => RETURNED_STATUSES.includes(s.status as ReturnStatus)).length,
  };
}

/** Whole days past the initial deadline for a return not yet in; null when not overdue. */
export function daysOverdue(status: ReturnStatus, initialDeadline: string | null, today: string): number | null {
  if (!initialDeadline || RETURNED_STATUSES.includes(status)) return null;
  const days = differenceInCalendarDays(parseISO(today), parseISO(initialDeadline));
  return days > 0 ? days : null;
}

interface FlagSource {
  self_code: string | null;
  self_na: number;
  moderated_code: string | null;
}

/** Over-optimistic / underscored / weak for one stored answer, from the shared rating model. */
export function answerFlags(scale: LoadedScale, a: FlagSource): { overOptimistic: boolean; underscored: boolean; weak: boolean } {
  const self = a.self_na === 1 ? null : a.self_code;
  // A code no longer on the scale compares with nothing rather than as the worst level.
  const known = (c: string | null): c is string => Boolean(c) && rankOf(scale, c!) >= 0;
  const steps = known(self) && known(a.moderated_code) ? stepsBetter(scale, self, a.moderated_code) : 0;
  return { overOptimistic: steps > 0, underscored: steps < 0, weak: isWeak(scale, a.moderated_code ?? self) };
}

/** The tracker row of one agency's return, computed on its own. */
export async function returnRowFor(db: Db, cycleAgencyId: number, today: string): Promise<ReturnRow> {
  const r = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('cycles as c', 'c.id', 'ca.cycle_id')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .selectAll('ca')
    .select(['c.framework_id', 'c.initial_deadline', 'a.name as agency_name', 'a.sector_id', 's.name as sector_name'])
    .select((eb) => [
      eb
        .selectFrom('agency_contacts as ac')
        .innerJoin('contacts as ct', 'ct.id', 'ac.contact_id')
        .select('ct.full_name')
        .whereRef('ac.agency_id', '=', 'ca.agency_id')
        .where('ac.role', '=', 'safeguarding_lead')
        .where('ct.active', '=', 1)
        // The newest link wins, as in the register.
        .orderBy('ac.id', 'desc')
        .limit(1)
        .as('lead_name'),
      eb.selectFrom('chasers as ch').select((e) => e.fn.countAll<number>().as('n')).whereRef('ch.cycle_agency_id', '=', 'ca.id').as('chaser_count'),
    ])
    .where('ca.id', '=', cycleAgencyId)
    .executeTakeFirst();
  if (!r) throw notFound('Return', cycleAgencyId);
  const scale = await loadScaleForFramework(db, r.framework_id);
  const fw = await loadTargets(db, r.framework_id);
  const answers = await db
    .selectFrom('answers')
    .select(['target_key', 'self_code', 'self_na', 'moderated_code'])
    .where('cycle_agency_id', '=', cycleAgencyId)
    .execute();
  const ratable = new Set(fw.targets.filter((t) => t.ratable).map((t) => t.key as string));
  const status = r.status as ReturnStatus;
  const late = status === 'returned' && Boolean(r.returned_on && r.initial_deadline && r.returned_on > r.initial_deadline);
  const flags = answers.map((a) => answerFlags(scale, a));
  return {
    cycleAgencyId: r.id,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    sectorId: r.sector_id,
    sectorName: r.sector_name,
    status,
    displayStatus: late ? 'returned_late' : status,
    issuedOn: r.issued_on,
    returnedOn: r.returned_on,
    sentBackOn: r.sent_back_on,
    acceptedOn: r.accepted_on,
    lastChasedOn: r.last_chased_on,
    chaserCount: Number(r.chaser_count ?? 0),
    daysOverdue: daysOverdue(status, r.initial_deadline, today),
    safeguardingLead: r.lead_name ?? null,
    answered: answers.filter((a) => ratable.has(a.target_key) && (a.self_code !== null || a.self_na === 1)).length,
    expected: ratable.size,
    overOptimistic: flags.filter((f) => f.overOptimistic).length,
    underscored: flags.filter((f) => f.underscored).length,
    weak: flags.filter((f) => f.weak).length,
    carriedForward: r.carried_forward === 1,
  };
}
