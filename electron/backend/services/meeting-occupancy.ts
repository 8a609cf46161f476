import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { LIVE_MEETING_STATUSES } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { chunks } from './cycle-scope';

// Who is already busy when: the live meetings and challenge events in a stretch of time, with the
// contacts in them. The scheduler and the clash warnings both read people's time from here.

export interface Occupied {
  kind: 'meeting' | 'challenge';
  id: number;
  cycleId: number;
  /** The meeting's agency; null for a challenge event. */
  agencyId: number | null;
  /** "the meeting with Alder Primary School", "the challenge event “Neglect”". */
  label: string;
  start: string;
  end: string;
  contactIds: number[];
  /** The meeting's agency, or the agencies invited to the event. */
  agencyIds: number[];
}

const live = [...LIVE_MEETING_STATUSES];

/** Live meetings and challenge events overlapping [from, to) (London local times), less `excludeIds` meetings. */
export async function occupiedBetween(db: Db, from: string, to: string, excludeIds: number[] = []): Promise<Occupied[]> {
  const exclude = new Set(excludeIds);
  const meetings = (
    await db
      .selectFrom('meetings as m')
      .innerJoin('agencies as a', 'a.id', 'm.agency_id')
      .select(['m.id', 'm.cycle_id', 'm.agency_id', 'a.name', 'm.start_at', 'm.end_at'])
      .where('m.status', 'in', live)
      .where('m.start_at', '<', to)
      .where('m.end_at', '>', from)
      .execute()
  ).filter((m) => !exclude.has(m.id));
  const people = await attendeesOf(db, 'meeting_attendees', meetings.map((m) => m.id));
  const events = (
    await db
      .selectFrom('challenge_events')
      .select(['id', 'cycle_id', 'title', 'event_date', 'start_time', 'end_time'])
      .where('event_date', '>=', from.slice(0, 10))
      .where('event_date', '<=', to.slice(0, 10))
      .execute()
  )
    .map((e) => ({ ...e, start: `${e.event_date}T${e.start_time}`, end: `${e.event_date}T${e.end_time}` }))
    .filter((e) => e.start < to && e.end > from);
  const eventPeople = await attendeesOf(db, 'challenge_attendees', events.map((e) => e.id));
  const invited = new Map<number, number[]>();
  for (const part of chunks(events.map((e) => e.id)))
    for (const r of await db.selectFrom('challenge_agencies').select(['event_id', 'agency_id']).where('event_id', 'in', part).where('invited', '=', 1).execute())
      invited.set(r.event_id, [...(invited.get(r.event_id) ?? []), r.agency_id]);
  return [
    ...meetings.map((m): Occupied => ({
      kind: 'meeting',
      id: m.id,
      cycleId: m.cycle_id,
      agencyId: m.agency_id,
      label: `the meeting with ${m.name}`,
      start: m.start_at,
      end: m.end_at,
      contactIds: people.get(m.id) ?? [],
      agencyIds: [m.agency_id],
    })),
    ...events.map((e): Occupied => ({
      kind: 'challenge',
      id: e.id,
      cycleId: e.cycle_id,
      agencyId: null,
      label: `the challenge event “${e.title}”`,
      start: e.start,
      end: e.end,
      contactIds: eventPeople.get(e.id) ?? [],
      agencyIds: invited.get(e.id) ?? [],
    })),
  ];
}

async function attendeesOf(db: Db, table: 'meeting_attendees' | 'challenge_attendees', ids: number[]) {
  const out = new Map<number, number[]>();
  for (const part of chunks(ids)) {
    const rows =
      table === 'meeting_attendees'
        ? await db.selectFrom('meeting_attendees').select(['meeting_id as owner', 'contact_id']).where('meeting_id', 'in', part).execute()
        : await db.selectFrom('challenge_attendees').select(['event_id as owner', 'contact_id']).where('event_id', 'in', part).execute();
    for (const r of rows) if (r.contact_id !== null) out.set(r.owner, [...(out.get(r.owner) ?? []), r.contact_id]);
  }
  return out;
}

export interface Person {
  id: number;
  name: string;
  email: string | null;
  active: boolean;
}

export async function contactsById(db: Db, ids: number[]): Promise<Map<number, Person>> {
  const out = new Map<number, Person>();
  for (const part of chunks([...new Set(ids)]))
    for (const c of await db.selectFrom('contacts').select(['id', 'full_name', 'email', 'active']).where('id', 'in', part).execute())
      out.set(c.id, { id: c.id, name: c.full_name, email: c.email, active: c.active === 1 });
  return out;
}

/** Each agency's safeguarding lead as the register shows it: the newest active link, one with an email first. */
export async function agencyLeads(db: Db, agencyIds: number[]): Promise<Map<number, Person>> {
  const all = new Map<number, Person[]>();
  for (const part of chunks([...new Set(agencyIds)]))
    for (const r of await db
      .selectFrom('agency_contacts as ac')
      .innerJoin('contacts as c', 'c.id', 'ac.contact_id')
      .select(['ac.agency_id', 'c.id', 'c.full_name', 'c.email'])
      .where('ac.agency_id', 'in', part)
      .where('ac.role', '=', 'safeguarding_lead')
      .where('c.active', '=', 1)
      .orderBy('ac.id', 'desc')
      .execute())
      all.set(r.agency_id, [...(all.get(r.agency_id) ?? []), { id: r.id, name: r.full_name, email: r.email, active: true }]);
  return new Map([...all].map(([a, leads]) => [a, leads.find((l) => l.email) ?? leads[0]!]));
}

const day = (local: string) => format(parseISO(local.slice(0, 10)), 'EEE d MMMM yyyy', { locale: enGB });

/** "Thu 3 December 2026, 10:00–10:45": the date part alone is parsed, so no clock change can shift it. */
export function whenText(start: string, end: string): string {
  return start.slice(0, 10) === end.slice(0, 10)
    ? `${day(start)}, ${start.slice(11)}–${end.slice(11)}`
    : `${day(start)}, ${start.slice(11)} to ${day(end)}, ${end.slice(11)}`;
}
