import { addDaysIso } from '../../../shared/domain/dates';
import type { MeetingRow, MeetingStatus } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { chunks } from './cycle-scope';
import { clashesFor } from './meeting-clashes';

// Meetings as the list, the calendar and other services read them: names resolved, clashes in words.

export interface MeetingFilter {
  cycleId?: number;
  agencyId?: number;
  /** Dates (yyyy-mm-dd) the meeting starts on or after / on or before. */
  from?: string;
  to?: string;
  statuses?: MeetingStatus[];
}

function baseQuery(db: Db) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('cycles as c', 'c.id', 'm.cycle_id')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select(['m.id', 'm.cycle_id', 'c.name as cycle_name', 'm.agency_id', 'a.name as agency_name', 'a.name_key', 'm.start_at', 'm.end_at', 'm.location', 'm.online_link', 'm.status']);
}
type Raw = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

export async function listMeetings(db: Db, filter: MeetingFilter = {}): Promise<MeetingRow[]> {
  let q = baseQuery(db);
  if (filter.cycleId !== undefined) q = q.where('m.cycle_id', '=', filter.cycleId);
  if (filter.agencyId !== undefined) q = q.where('m.agency_id', '=', filter.agencyId);
  if (filter.from) q = q.where('m.start_at', '>=', filter.from);
  // 'yyyy-mm-dd' of the next day sorts after every time on `to`.
  if (filter.to) q = q.where('m.start_at', '<', addDaysIso(filter.to, 1));
  if (filter.statuses) {
    if (!filter.statuses.length) return [];
    q = q.where('m.status', 'in', filter.statuses);
  }
  return toRows(db, await q.orderBy('m.start_at').orderBy('a.name_key').orderBy('m.id').execute());
}

/** The rows of these meetings, in time order. */
export async function meetingRows(db: Db, ids: number[]): Promise<MeetingRow[]> {
  const raw: Raw[] = [];
  for (const part of chunks([...new Set(ids)])) raw.push(...(await baseQuery(db).where('m.id', 'in', part).execute()));
  raw.sort((a, b) => (a.start_at < b.start_at ? -1 : a.start_at > b.start_at ? 1 : a.name_key.localeCompare(b.name_key) || a.id - b.id));
  return toRows(db, raw);
}

export async function meetingRow(db: Db, id: number): Promise<MeetingRow> {
  const [row] = await meetingRows(db, [id]);
  if (!row) throw notFound('Meeting', id);
  return row;
}

async function toRows(db: Db, raw: Raw[]): Promise<MeetingRow[]> {
  const people = new Map<number, Array<{ contactId: number | null; role: string; name: string | null }>>();
  for (const part of chunks(raw.map((r) => r.id)))
    for (const p of await db
      .selectFrom('meeting_attendees as t')
      .leftJoin('contacts as c', 'c.id', 't.contact_id')
      .select(['t.meeting_id', 't.contact_id', 't.role', 'c.full_name'])
      .where('t.meeting_id', 'in', part)
      .orderBy('t.id')
      .execute())
      people.set(p.meeting_id, [...(people.get(p.meeting_id) ?? []), { contactId: p.contact_id, role: p.role, name: p.full_name }]);
  const clashes = await clashesFor(
    db,
    raw.map((r) => ({
      id: r.id,
      cycleId: r.cycle_id,
      agencyId: r.agency_id,
      start: r.start_at,
      end: r.end_at,
      status: r.status as MeetingStatus,
      contactIds: (people.get(r.id) ?? []).flatMap((p) => (p.contactId === null ? [] : [p.contactId])),
    })),
  );
  const names = (id: number, role: string) => (people.get(id) ?? []).filter((p) => p.role === role && p.name).map((p) => p.name!).join(', ') || null;
  return raw.map((r, i) => ({
    id: r.id,
    cycleId: r.cycle_id,
    cycleName: r.cycle_name,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    start: r.start_at,
    end: r.end_at,
    location: r.location,
    onlineLink: r.online_link,
    status: r.status as MeetingStatus,
    scrutineer: names(r.id, 'scrutineer'),
    officer: names(r.id, 'officer'),
    clashes: clashes[i]!,
  }));
}
