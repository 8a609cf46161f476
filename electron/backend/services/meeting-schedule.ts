import { LIVE_MEETING_STATUSES, type ScheduleProposal, type ScheduleRequestParsed, type UnplacedAgency } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { invalid, notFound } from '../errors';
import { agencyLeads, contactsById, occupiedBetween, whenText, type Occupied, type Person } from './meeting-occupancy';
import { buildSlots, solveSchedule, type Interval, type UnplacedCause } from './scheduler';

// Proposing a run of individual scrutiny meetings: the request and everyone's existing commitments become
// a ScheduleProblem for the solver, and its answer comes back in words. Nothing is saved.

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "A", "A and B", "A, B and C"; long lists end "and 3 others". */
export function listNames(names: string[], max = 4): string {
  const shown = names.length > max + 1 ? [...names.slice(0, max), plural(names.length - max, 'other')] : names;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

export async function proposeSchedule(db: Db, req: ScheduleRequestParsed): Promise<ScheduleProposal> {
  const cycle = await db.selectFrom('cycles').select(['id', 'name']).where('id', '=', req.cycleId).executeTakeFirst();
  if (!cycle) throw notFound('Cycle', req.cycleId);
  const scope = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .select(['a.id', 'a.name'])
    .where('ca.cycle_id', '=', cycle.id)
    .orderBy('a.name_key')
    .orderBy('a.id')
    .execute();
  const names = new Map(scope.map((a) => [a.id, a.name]));
  const booked = new Map<number, Interval>();
  for (const m of await db
    .selectFrom('meetings')
    .select(['agency_id', 'start_at', 'end_at'])
    .where('cycle_id', '=', cycle.id)
    .where('status', 'in', [...LIVE_MEETING_STATUSES])
    .orderBy('start_at', 'desc')
    .execute())
    booked.set(m.agency_id, { start: m.start_at, end: m.end_at });

  let wanted = scope.map((a) => a.id).filter((id) => !booked.has(id));
  if (req.agencyIds) {
    const asked = new Set(req.agencyIds);
    const outside = [...asked].filter((id) => !names.has(id));
    if (outside.length)
      throw invalid(`Agency ${outside.join(', ')} is not in the scope of ${cycle.name}.`, outside.map((id) => ({ field: 'agencyIds', message: `agency ${id} is not in this cycle` })));
    wanted = scope.map((a) => a.id).filter((id) => asked.has(id));
  }
  const twice = wanted.filter((id) => booked.has(id));
  const toPlace = wanted.filter((id) => !booked.has(id));

  const people = await contactsById(db, [req.scrutineerContactId, ...req.officerContactIds]);
  const problems = [req.scrutineerContactId, ...req.officerContactIds].flatMap((id, i) => {
    const field = i === 0 ? 'scrutineerContactId' : 'officerContactIds';
    const p = people.get(id);
    return !p ? [{ field, message: `contact ${id} does not exist` }] : !p.active ? [{ field, message: `${p.name} is no longer active` }] : [];
  });
  if (problems.length) throw invalid(`The people chosen cannot all be used: ${problems.map((p) => p.message).join('; ')}.`, problems);
  // The scrutineer is there anyway; an officer is someone else.
  const officerIds = [...new Set(req.officerContactIds)].filter((id) => id !== req.scrutineerContactId);
  if (!officerIds.length) throw invalid('Choose a business-unit officer other than the scrutineer.', [{ field: 'officerContactIds', message: 'only the scrutineer was chosen' }]);

  const slots = buildSlots(req.days, req.meetingMinutes, req.gapMinutes);
  const from = slots[0]?.start ?? '';
  const to = slots.reduce((m, s) => (s.end > m ? s.end : m), '');
  const occupied = slots.length ? await occupiedBetween(db, from, to) : [];
  const leads = await agencyLeads(db, toPlace);
  const busyOf = (pred: (o: Occupied) => boolean): Interval[] => occupied.filter(pred).map((o) => ({ start: o.start, end: o.end }));

  const solution = solveSchedule({
    slots,
    scrutineer: { days: req.scrutineerDays ?? null, busy: busyOf((o) => o.contactIds.includes(req.scrutineerContactId)) },
    officers: officerIds.map((id) => ({ id, unavailable: req.officerUnavailable.filter((x) => x.contactId === id).map((x) => x.date), busy: busyOf((o) => o.contactIds.includes(id)) })),
    agencies: toPlace.map((id) => {
      const lead = leads.get(id);
      return { id, unavailable: req.agencyUnavailable.filter((x) => x.agencyId === id).map((x) => x.date), busy: busyOf((o) => o.agencyIds.includes(id) || (lead !== undefined && o.contactIds.includes(lead.id))) };
    }),
  });

  const noSlots =
    !slots.length
      ? `no slot: no day offered is long enough for a ${req.meetingMinutes}-minute meeting`
      : req.scrutineerDays && !slots.some((s) => req.scrutineerDays!.includes(s.date))
        ? 'no slot: the scrutineer can do none of the days offered'
        : 'no slot: at every time offered the scrutineer, or every officer, is unavailable or in another meeting';
  const name = (id: number) => names.get(id)!;
  const reason = (id: number, cause: UnplacedCause): string => {
    switch (cause.kind) {
      case 'no-slots':
        return noSlots;
      case 'no-days':
        return cause.days === 1 ? 'cannot do the only day offered' : `cannot do any of the ${cause.days} days offered`;
      case 'busy': {
        const lead: Person | undefined = leads.get(id);
        const who = lead ? `its lead ${lead.name} is` : 'it is';
        const days = cause.unavailableDays ? `cannot do ${cause.unavailableDays} of the ${plural(cause.days, 'day')} offered, and on the others there is ` : '';
        return `${days}no free slot: ${who} in other meetings at those times`;
      }
      case 'contested': {
        const slotsText = cause.possible === 1 ? 'its only possible slot is' : `its ${cause.possible} possible slots are all`;
        const more = cause.group.length > cause.holders.length ? `; with the agencies they could move into, ${cause.group.length + 1} agencies need the same ${cause.groupSlots} slots` : '';
        return `${slotsText} needed by ${listNames(cause.holders.map(name))}${more}`;
      }
    }
  };
  const unplaced: UnplacedAgency[] = [
    ...twice.map((id) => ({ agencyId: id, agencyName: name(id), reason: `already has a meeting in ${cycle.name}: ${whenText(booked.get(id)!.start, booked.get(id)!.end)}` })),
    ...solution.unplaced.map((u) => ({ agencyId: u.agencyId, agencyName: name(u.agencyId), reason: reason(u.agencyId, u.cause) })),
  ].sort((a, b) => wanted.indexOf(a.agencyId) - wanted.indexOf(b.agencyId));
  return {
    placed: solution.placed.map((p) => ({
      agencyId: p.agencyId,
      agencyName: name(p.agencyId),
      start: p.slot.start,
      end: p.slot.end,
      officerContactId: p.officerId,
      officerName: people.get(p.officerId)!.name,
    })),
    unplaced,
    slotCount: solution.usable.length,
  };
}
