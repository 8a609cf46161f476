import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../shared/domain/scrutiny';
import type { GeneratedFile } from '../../shared/domain/settings';
import { buildCalendar, type CalendarEvent } from '../../electron/backend/io/ics';
import { createCycle } from '../../electron/backend/services/cycles';
import { call, FIXED_NOW } from '../helpers/backend';
import { trackerFixture } from '../helpers/tracker-fixtures';

// Calendar files parsed back with ical.js, a real RFC 5545 parser: the instants are right in summer and
// winter time, and a re-export after a change keeps the UID and raises the SEQUENCE.

interface Parsed {
  method: string | null;
  events: Array<{ uid: string; sequence: number; summary: string; start: string; end: string; location: string | null; status: string | null; organizer: string | null; attendees: string[]; url: string | null }>;
}

function parse(text: string): Parsed {
  const cal = new ICAL.Component(ICAL.parse(text));
  return {
    method: (cal.getFirstPropertyValue('method') as string | null) ?? null,
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        sequence: e.sequence,
        summary: e.summary,
        start: e.startDate.toJSDate().toISOString(),
        end: e.endDate.toJSDate().toISOString(),
        location: e.location ?? null,
        status: (v.getFirstPropertyValue('status') as string | null) ?? null,
        organizer: (v.getFirstPropertyValue('organizer') as string | null)?.toLowerCase() ?? null,
        attendees: v.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase()),
        url: (v.getFirstPropertyValue('url') as string | null) ?? null,
      };
    }),
  };
}

const event = (over: Partial<CalendarEvent>): CalendarEvent => ({
  uid: 'meeting-1@audit-desk',
  sequence: 0,
  title: 'NSCP scrutiny meeting: Alder Primary School',
  start: '2026-12-01T10:00',
  end: '2026-12-01T10:45',
  attendees: [],
  ...over,
});

describe('buildCalendar', () => {
  it('writes London times as the right instants in GMT and BST, with organiser, attendees and location', () => {
    const text = buildCalendar(
      [
        event({
          location: 'Room 4, Town Hall; first floor',
          url: 'https://teams.example/meet/abc',
          organizer: { name: 'Pat Officer', email: 'pat@scp.example' },
          attendees: [
            { name: 'Hollins, Jane', email: 'jane@alder.example' },
            { name: 'Iris Scrutineer', email: 'iris@scrutiny.example', role: 'OPT-PARTICIPANT' },
          ],
          status: 'CONFIRMED',
        }),
        event({ uid: 'meeting-2@audit-desk', sequence: 3, start: '2026-07-01T10:00', end: '2026-07-01T11:30', status: 'CANCELLED' }),
        // The Monday after the clocks went forward, and the Monday after they went back.
        event({ uid: 'meeting-3@audit-desk', start: '2026-03-30T09:00', end: '2026-03-30T09:45' }),
        event({ uid: 'meeting-4@audit-desk', start: '2026-10-26T09:00', end: '2026-10-26T09:45' }),
      ],
      { method: 'REQUEST', stamp: FIXED_NOW },
    );
    expect(text).toContain('\r\n');
    const p = parse(text);
    expect(p.method).toBe('REQUEST');
    expect(p.events.map((e) => [e.uid, e.sequence, e.start, e.end, e.status])).toEqual([
      ['meeting-1@audit-desk', 0, '2026-12-01T10:00:00.000Z', '2026-12-01T10:45:00.000Z', 'CONFIRMED'],
      ['meeting-2@audit-desk', 3, '2026-07-01T09:00:00.000Z', '2026-07-01T10:30:00.000Z', 'CANCELLED'],
      ['meeting-3@audit-desk', 0, '2026-03-30T08:00:00.000Z', '2026-03-30T08:45:00.000Z', null],
      ['meeting-4@audit-desk', 0, '2026-10-26T09:00:00.000Z', '2026-10-26T09:45:00.000Z', null],
    ]);
    expect(p.events[0]).toMatchObject({
      summary: 'NSCP scrutiny meeting: Alder Primary School',
      location: 'Room 4, Town Hall; first floor',
      organizer: 'mailto:pat@scp.example',
      attendees: ['mailto:jane@alder.example', 'mailto:iris@scrutiny.example'],
      url: 'https://teams.example/meet/abc',
    });
    expect(buildCalendar([event({})], { stamp: FIXED_NOW })).toContain('DTSTAMP:20261122T100000Z');
    expect(parse(buildCalendar([event({})])).method).toBe('PUBLISH');
  });
});

describe('meetings.ics', () => {
  let f: Awaited<ReturnType<typeof trackerFixture>>;
  afterEach(async () => {
    await f?.b.close();
  });

  it('exports a cycle’s meetings and challenge event; a moved meeting keeps its UID with a higher SEQUENCE; a cancelled one says so', async () => {
    f = await trackerFixture(FIXED_NOW);
    const cycle = await createCycle(f.ctx.db, f.ctx, f.cycleInput(), [f.ids.alder, f.ids.birch]);
    const iris = await f.person('Iris Scrutineer', 'iris@scrutiny.example');
    const owen = await f.person('Owen Officer', null);
    const made = await call<MeetingDetail>(f.b, 'meetings.create', {
      cycleId: cycle.id,
      agencyId: f.ids.alder,
      start: '2026-12-01T10:00',
      end: '2026-12-01T10:45',
      location: 'Room 4, Town Hall',
      status: 'confirmed',
      attendees: [
        { contactId: iris.id, role: 'scrutineer' },
        { contactId: owen.id, role: 'officer' },
      ],
    });
    const at = FIXED_NOW.toISOString();
    await f.ctx.db
      .insertInto('challenge_events')
      .values({ cycle_id: cycle.id, title: 'Neglect challenge event', event_date: '2026-11-30', start_time: '13:00', end_time: '16:00', venue: 'Town Hall', online_link: null, notes: null, uid: 'challenge-7@audit-desk', sequence: 2, created_at: at, updated_at: at })
      .execute();
    const exported = async () => {
      const file = await call<GeneratedFile>(f.b, 'meetings.ics', { cycleId: cycle.id });
      expect(file).toMatchObject({ fileName: 'S.11 Self-Assessment Audit 2026 - scrutiny meetings.ics', mimeType: 'text/calendar' });
      return parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'));
    };
    const first = await exported();
    expect(first.method).toBe('PUBLISH');
    expect(first.events.map((e) => [e.uid, e.sequence, e.summary, e.start])).toEqual([
      ['challenge-7@audit-desk', 2, 'Neglect challenge event', '2026-11-30T13:00:00.000Z'],
      [made.uid, 0, 'NSCP scrutiny meeting: Alder Primary School', '2026-12-01T10:00:00.000Z'],
    ]);
    // The organiser is the business-unit contact; people without an email address are left out.
    expect(first.events[1]).toMatchObject({
      organizer: 'mailto:pat.officer@northmoor-scp.example',
      attendees: ['mailto:iris@scrutiny.example', 'mailto:jane.hollins@alder.example'],
      location: 'Room 4, Town Hall',
      status: 'CONFIRMED',
    });

    const moved = await call<MeetingDetail>(f.b, 'meetings.update', { id: made.id, patch: { start: '2027-04-06T14:00', end: '2027-04-06T14:45' }, reason: 'Scrutineer unwell' });
    expect(moved).toMatchObject({ uid: made.uid, sequence: 1, status: 'rescheduled' });
    expect(moved.reschedules).toMatchObject([{ previousStart: '2026-12-01T10:00', previousEnd: '2026-12-01T10:45', reason: 'Scrutineer unwell', by: 'tester' }]);
    const second = (await exported()).events.find((e) => e.uid === made.uid)!;
    // Same UID, higher SEQUENCE: a calendar updates the entry; 14:00 in April is 13:00 UTC.
    expect(second).toMatchObject({ sequence: 1, start: '2027-04-06T13:00:00.000Z', end: '2027-04-06T13:45:00.000Z' });

    await call(f.b, 'meetings.setStatus', { id: made.id, status: 'cancelled', reason: 'Agency closed' });
    const third = (await exported()).events.find((e) => e.uid === made.uid)!;
    expect(third).toMatchObject({ sequence: 2, status: 'CANCELLED' });
    expect(third.sequence).toBeGreaterThan(second.sequence);

    const one = await call<GeneratedFile>(f.b, 'meetings.ics', { meetingIds: [made.id] });
    expect(one.fileName).toBe('Scrutiny meeting - Alder Primary School.ics');
    expect(parse(Buffer.from(one.contentBase64, 'base64').toString('utf8')).events.map((e) => e.uid)).toEqual([made.uid]);
    const none = await f.b.dispatch('meetings.ics', { meetingIds: [999] });
    expect(none.ok ? null : none.error.code).toBe('not_found');
  });
});
