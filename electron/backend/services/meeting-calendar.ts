import type { AttendeeRole, MeetingStatus } from '../../../shared/domain/scrutiny';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { Db } from '../db/schema';
import { invalid, notFound } from '../errors';
import { buildCalendar, ICS_MIME, type CalendarEvent } from '../io/ics';
import { windowsFileName } from '../io/windows-file-name';
import { challengeCalendarEvent } from './challenge-ics';
import { chunks } from './cycle-scope';
import { whenText } from './meeting-occupancy';
import { getSettings } from './settings';
import type { WriteCtx } from './write-context';

// Meetings and challenge events as calendar entries: the organiser is the business-unit contact from the
// settings, attendees are everyone at the meeting with an email address.

/** What a calendar shows for a meeting's status; a change here is a change the SEQUENCE must announce. */
export const icsStatusOf = (s: MeetingStatus): NonNullable<CalendarEvent['status']> =>
  s === 'proposed' ? 'TENTATIVE' : s === 'cancelled' ? 'CANCELLED' : 'CONFIRMED';

export interface CalendarMeeting {
  id: number;
  cycleName: string;
  agencyName: string;
  start: string;
  end: string;
  status: MeetingStatus;
  location: string | null;
  onlineLink: string | null;
  uid: string;
  sequence: number;
  attendees: Array<{ name: string; email: string | null; role: AttendeeRole }>;
}

/** The meetings with their attendees, in time order; every id must exist. */
export async function calendarMeetings(db: Db, ids: number[]): Promise<CalendarMeeting[]> {
  const out: CalendarMeeting[] = [];
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db
      .selectFrom('meetings as m')
      .innerJoin('agencies as a', 'a.id', 'm.agency_id')
      .innerJoin('cycles as c', 'c.id', 'm.cycle_id')
      .select(['m.id', 'c.name as cycle_name', 'a.name as agency_name', 'm.start_at', 'm.end_at', 'm.status', 'm.location', 'm.online_link', 'm.uid', 'm.sequence'])
      .where('m.id', 'in', part)
      .execute();
    const people = await db
      .selectFrom('meeting_attendees as t')
      .innerJoin('contacts as c', 'c.id', 't.contact_id')
      .select(['t.meeting_id', 'c.full_name', 'c.email', 't.role'])
      .where('t.meeting_id', 'in', part)
      .orderBy('t.id')
      .execute();
    for (const r of rows)
      out.push({
        id: r.id,
        cycleName: r.cycle_name,
        agencyName: r.agency_name,
        start: r.start_at,
        end: r.end_at,
        status: r.status as MeetingStatus,
        location: r.location,
        onlineLink: r.online_link,
        uid: r.uid,
        sequence: r.sequence,
        attendees: people.filter((p) => p.meeting_id === r.id).map((p) => ({ name: p.full_name, email: p.email, role: p.role as AttendeeRole })),
      });
  }
  const missing = [...new Set(ids)].filter((id) => !out.some((m) => m.id === id));
  if (missing.length) throw notFound('Meeting', missing.join(', '));
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id));
}

/** The business-unit contact, when it has an email address. */
export async function organiser(db: Db): Promise<{ name: string; email: string; shortName: string; partnership: string }> {
  const settings = await getSettings(db);
  const c = settings.businessUnitContactId
    ? await db.selectFrom('contacts').select(['full_name', 'email', 'active']).where('id', '=', settings.businessUnitContactId).executeTakeFirst()
    : undefined;
  return { name: c?.active === 1 && c.email ? c.full_name : '', email: c?.active === 1 && c.email ? c.email : '', shortName: settings.partnershipShortName, partnership: settings.partnershipName };
}

const names = (m: CalendarMeeting, role: AttendeeRole) => m.attendees.filter((a) => a.role === role).map((a) => a.name).join(', ');

export function meetingEvent(m: CalendarMeeting, org: Awaited<ReturnType<typeof organiser>>): CalendarEvent {
  const lines = [
    `Individual scrutiny meeting with ${m.agencyName} for ${m.cycleName}.`,
    `When: ${whenText(m.start, m.end)} (UK time)`,
    m.location ? `Where: ${m.location}` : null,
    m.onlineLink ? `Join online: ${m.onlineLink}` : null,
    names(m, 'scrutineer') ? `Independent scrutineer: ${names(m, 'scrutineer')}` : null,
    names(m, 'officer') ? `Business unit: ${names(m, 'officer')}` : null,
    names(m, 'agency') ? `For ${m.agencyName}: ${names(m, 'agency')}` : null,
    m.status === 'cancelled' ? 'This meeting has been cancelled.' : null,
  ];
  return {
    uid: m.uid,
    sequence: m.sequence,
    title: `${org.shortName} scrutiny meeting: ${m.agencyName}`,
    start: m.start,
    end: m.end,
    location: m.location ?? (m.onlineLink ? 'Online' : null),
    url: m.onlineLink,
    description: lines.filter(Boolean).join('\n'),
    organizer: org.email ? { name: org.name, email: org.email } : null,
    attendees: m.attendees.flatMap((a) => (a.email && a.email !== org.email ? [{ name: a.name, email: a.email, role: a.role === 'other' ? ('OPT-PARTICIPANT' as const) : ('REQ-PARTICIPANT' as const) }] : [])),
    status: icsStatusOf(m.status),
  };
}

/** A cycle's meetings and challenge events, or chosen meetings, as one .ics file to import. */
export async function meetingsIcs(db: Db, ctx: WriteCtx, input: { cycleId?: number; meetingIds?: number[] }): Promise<GeneratedFile> {
  if (!input.cycleId && !input.meetingIds?.length) throw invalid('Choose a cycle or some meetings to export.', [{ field: 'cycleId', message: 'give a cycle or meetings' }]);
  const org = await organiser(db);
  let cycleName: string | null = null;
  let ids = input.meetingIds ?? [];
  let extra: CalendarEvent[] = [];
  if (!input.meetingIds?.length) {
    const cycle = await db.selectFrom('cycles').select(['id', 'name']).where('id', '=', input.cycleId!).executeTakeFirst();
    if (!cycle) throw notFound('Cycle', input.cycleId!);
    cycleName = cycle.name;
    ids = (await db.selectFrom('meetings').select('id').where('cycle_id', '=', cycle.id).execute()).map((m) => m.id);
    const events = await db.selectFrom('challenge_events').select('id').where('cycle_id', '=', cycle.id).orderBy('event_date').orderBy('id').execute();
    extra = await Promise.all(events.map((e) => challengeCalendarEvent(db, e.id)));
  }
  const meetings = await calendarMeetings(db, ids);
  const events = [...extra, ...meetings.map((m) => meetingEvent(m, org))].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  if (!events.length) throw invalid(`${cycleName ?? 'The selection'} has no meetings or challenge events to export.`, [{ field: 'cycleId', message: 'nothing to export' }]);
  const name = cycleName ? `${cycleName} - scrutiny meetings` : meetings.length === 1 ? `Scrutiny meeting - ${meetings[0]!.agencyName}` : 'Scrutiny meetings';
  const text = buildCalendar(events, { stamp: ctx.now(), name: cycleName ?? undefined });
  return { fileName: windowsFileName(name, '.ics'), mimeType: ICS_MIME, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}
