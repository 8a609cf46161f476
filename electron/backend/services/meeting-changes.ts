import type { AttendeeRole, MeetingStatus } from '../../../shared/domain/scrutiny';
import { LIVE_MEETING_STATUSES } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { recordChange } from './history';
import { icsStatusOf } from './meeting-calendar';
import { clashesFor } from './meeting-clashes';
import { whenText } from './meeting-occupancy';
import { requireContacts } from './meetings';
import type { WriteCtx } from './write-context';

// Moving and editing a meeting by hand, and changing its status. The UID never changes; SEQUENCE rises
// whenever what a calendar shows changes, so a re-sent .ics replaces the old entry instead of adding one.

export interface MeetingPatch {
  start?: string;
  end?: string;
  location?: string | null;
  onlineLink?: string | null;
  /** The whole list; when it names no 'agency' attendee, the agency's attendees are kept as they are. */
  attendees?: Array<{ contactId: number; role: AttendeeRole }>;
}

async function load(trx: Db, id: number) {
  const m = await trx
    .selectFrom('meetings as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .selectAll('m')
    .select('a.name as agency_name')
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!m) throw notFound('Meeting', id);
  const attendees = await trx
    .selectFrom('meeting_attendees as t')
    .leftJoin('contacts as c', 'c.id', 't.contact_id')
    .select(['t.id', 't.contact_id', 't.role', 't.attended', 'c.full_name'])
    .where('t.meeting_id', '=', id)
    .orderBy('t.id')
    .execute();
  return { m, attendees };
}

const people = (list: Array<{ contact_id: number | null; role: string; full_name: string | null }>) =>
  list.map((a) => `${a.full_name ?? 'unknown'} (${a.role})`).join('; ');

const refuseClashes = (warnings: string[], what: string) => {
  if (warnings.length)
    throw conflict(`${what} clashes: ${warnings.join('; ')}. Nothing was saved.`, warnings.map((message) => ({ field: 'patch', message })));
};

export async function updateMeeting(db: Db, ctx: WriteCtx, id: number, patch: MeetingPatch, reason?: string, allowClashes = false): Promise<void> {
  await inTransaction(db, async (trx) => {
    const { m, attendees } = await load(trx, id);
    const start = patch.start ?? m.start_at;
    const end = patch.end ?? m.end_at;
    if (end <= start) throw invalid('The meeting ends before it starts.', [{ field: 'patch.end', message: 'the meeting ends before it starts' }]);
    const moved = start !== m.start_at || end !== m.end_at;
    // A confirmed meeting that moves is rescheduled; a proposal is still a proposal, and a held one a record.
    const status: MeetingStatus = moved && !['proposed', 'held'].includes(m.status) ? 'rescheduled' : (m.status as MeetingStatus);

    let next = attendees.flatMap((a) => (a.contact_id === null ? [] : [{ contactId: a.contact_id, role: a.role as AttendeeRole }]));
    if (patch.attendees) {
      const keepAgency = !patch.attendees.some((a) => a.role === 'agency');
      const wanted = [...patch.attendees, ...(keepAgency ? next.filter((a) => a.role === 'agency') : [])];
      next = wanted.filter((a, i) => wanted.findIndex((b) => b.contactId === a.contactId) === i);
      await requireContacts(trx, [next], 'patch');
    }
    const key = (a: { contactId: number | null; role: string }) => `${a.contactId}:${a.role}`;
    const before = new Set(attendees.map((a) => key({ contactId: a.contact_id, role: a.role })));
    const after = new Set(next.map(key));
    const attendeesChanged = before.size !== after.size || [...after].some((k) => !before.has(k));

    if (!allowClashes)
      refuseClashes(
        (await clashesFor(trx, [{ id, cycleId: m.cycle_id, agencyId: m.agency_id, start, end, status, contactIds: next.map((a) => a.contactId) }]))[0]!,
        'The meeting',
      );

    const location = patch.location === undefined ? m.location : patch.location;
    const onlineLink = patch.onlineLink === undefined ? m.online_link : patch.onlineLink;
    const changed = moved || location !== m.location || onlineLink !== m.online_link || attendeesChanged || status !== m.status;
    if (!changed) return;
    const now = ctx.now().toISOString();
    await trx
      .updateTable('meetings')
      .set({ start_at: start, end_at: end, location, online_link: onlineLink, status, sequence: m.sequence + 1, updated_at: now })
      .where('id', '=', id)
      .execute();
    if (attendeesChanged) {
      const gone = attendees.filter((a) => !after.has(key({ contactId: a.contact_id, role: a.role }))).map((a) => a.id);
      if (gone.length) await trx.deleteFrom('meeting_attendees').where('id', 'in', gone).execute();
      const added = next.filter((a) => !before.has(key(a)));
      if (added.length) await trx.insertInto('meeting_attendees').values(added.map((a) => ({ meeting_id: id, contact_id: a.contactId, role: a.role, attended: null }))).execute();
    }
    if (moved)
      await trx
        .insertInto('meeting_reschedules')
        .values({ meeting_id: id, previous_start: m.start_at, previous_end: m.end_at, reason: reason?.trim() || null, at: now, by: ctx.userName })
        .execute();
    const nowAttending = attendeesChanged ? (await load(trx, id)).attendees : attendees;
    await recordChange(trx, ctx, {
      entityType: 'meeting',
      entityId: id,
      action: 'update',
      summary: moved
        ? `Meeting with ${m.agency_name} moved from ${whenText(m.start_at, m.end_at)} to ${whenText(start, end)}${reason?.trim() ? `: ${reason.trim()}` : ''}`
        : `Meeting with ${m.agency_name} on ${whenText(start, end)} changed`,
      before: { start: m.start_at, end: m.end_at, location: m.location, onlineLink: m.online_link, status: m.status, attendees: people(attendees) },
      after: { start, end, location, onlineLink, status, attendees: people(nowAttending) },
    });
  });
}

export async function setMeetingStatus(db: Db, ctx: WriteCtx, id: number, status: MeetingStatus, reason?: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const { m, attendees } = await load(trx, id);
    const from = m.status as MeetingStatus;
    if (from === status) return;
    // A cancelled meeting brought back takes people's time again.
    if (!LIVE_MEETING_STATUSES.includes(from) && LIVE_MEETING_STATUSES.includes(status)) {
      const contactIds = attendees.flatMap((a) => (a.contact_id === null ? [] : [a.contact_id]));
      refuseClashes((await clashesFor(trx, [{ id, cycleId: m.cycle_id, agencyId: m.agency_id, start: m.start_at, end: m.end_at, status, contactIds }]))[0]!, 'Bringing the meeting back');
    }
    const sequence = icsStatusOf(from) !== icsStatusOf(status) ? m.sequence + 1 : m.sequence;
    await trx.updateTable('meetings').set({ status, sequence, updated_at: ctx.now().toISOString() }).where('id', '=', id).execute();
    await recordChange(trx, ctx, {
      entityType: 'meeting',
      entityId: id,
      action: 'update',
      summary: `Meeting with ${m.agency_name} on ${whenText(m.start_at, m.end_at)}: ${from} → ${status}${reason?.trim() ? ` (${reason.trim()})` : ''}`,
      before: { status: from },
      after: { status, ...(reason?.trim() ? { reason: reason.trim() } : {}) },
    });
  });
}
