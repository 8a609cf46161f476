import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingInput, MeetingRow, NextMeeting, ScheduleProposal, ScheduleRequest } from '../../shared/domain/scrutiny';
import { meetingInputSchema } from '../../shared/domain/scrutiny';
import { inTransaction } from '../../electron/backend/db/transaction';
import { createCycle } from '../../electron/backend/services/cycles';
import { listHistory } from '../../electron/backend/services/history';
import { setMeetingStatus, updateMeeting } from '../../electron/backend/services/meeting-changes';
import { checkClashes, createMeetings, deleteMeeting } from '../../electron/backend/services/meetings';
import { listMeetings, meetingRow } from '../../electron/backend/services/meetings-read';
import { call, FIXED_NOW } from '../helpers/backend';
import { scrutinyFixture } from '../helpers/scrutiny-fixture';
import { failure, trackerFixture } from '../helpers/tracker-fixtures';

// Scheduling, saving, moving and cancelling scrutiny meetings on a real database, and the common questions
// and next-meetings tile that go with them. "Today" is Sunday 22 November 2026.

type Fixture = Awaited<ReturnType<typeof trackerFixture>>;
let f: Fixture;
afterEach(async () => {
  await f?.b.close();
});

async function setup() {
  const s = await scrutinyFixture();
  f = s.f;
  const { ids, cycle, scrutineer, officer } = s;
  const lead = async (agencyId: number) =>
    (await f.ctx.db.selectFrom('agency_contacts').select('contact_id').where('agency_id', '=', agencyId).where('role', '=', 'safeguarding_lead').executeTakeFirstOrThrow()).contact_id;
  const request = (over: Partial<ScheduleRequest> = {}): ScheduleRequest => ({
    cycleId: cycle.id,
    days: [
      { date: '2026-12-01', start: '09:00', end: '11:00' },
      { date: '2026-12-02', start: '09:00', end: '11:00' },
    ],
    meetingMinutes: 45,
    gapMinutes: 15,
    scrutineerContactId: scrutineer.id,
    officerContactIds: [officer.id],
    ...over,
  });
  const meeting = (agencyId: number, start: string, end: string, over: Partial<MeetingInput> = {}) =>
    meetingInputSchema.parse({
      cycleId: cycle.id,
      agencyId,
      start,
      end,
      status: 'confirmed',
      attendees: [
        { contactId: scrutineer.id, role: 'scrutineer' },
        { contactId: officer.id, role: 'officer' },
      ],
      ...over,
    });
  const save = (...ms: ReturnType<typeof meeting>[]) => inTransaction(f.ctx.db, (trx) => createMeetings(trx, f.ctx, ms));
  return { ids, cycle, scrutineer, officer, lead, request, meeting, save };
}

describe('proposing a timetable', () => {
  it('places every agency that can come, without clashes, and says why the others cannot', async () => {
    const { ids, request } = await setup();
    const p = await call<ScheduleProposal>(f.b, 'meetings.propose', request({ agencyUnavailable: [{ agencyId: ids.damson, date: '2026-12-01' }, { agencyId: ids.damson, date: '2026-12-02' }] }));
    expect(p.slotCount).toBe(4);
    expect(p.placed.map((m) => [m.start, m.end, m.officerName])).toEqual([
      ['2026-12-01T09:00', '2026-12-01T09:45', 'Owen Officer'],
      ['2026-12-01T10:00', '2026-12-01T10:45', 'Owen Officer'],
      ['2026-12-02T09:00', '2026-12-02T09:45', 'Owen Officer'],
      ['2026-12-02T10:00', '2026-12-02T10:45', 'Owen Officer'],
    ]);
    expect(p.placed.map((m) => m.agencyName).sort()).toEqual(['Alder Primary School', 'Birch Health Trust', 'Cedar Police', 'Elm Nursery: Main/Annex site.']);
    expect(p.unplaced).toEqual([{ agencyId: ids.damson, agencyName: 'Damson Housing', reason: 'cannot do any of the 2 days offered' }]);
  });

  it('names the agencies that need the only slots, and a lead who is busy elsewhere', async () => {
    const { ids, request, lead, meeting, save, scrutineer, officer } = await setup();
    // Alder's lead is at another meeting on the morning of 1 December, and Alder cannot do the 2nd.
    const other = await createCycle(f.ctx.db, f.ctx, f.cycleInput({ name: 'Other audit' }), [ids.birch]);
    const [elsewhere] = await inTransaction(f.ctx.db, (trx) =>
      createMeetings(trx, f.ctx, [meetingInputSchema.parse({ cycleId: other.id, agencyId: ids.birch, start: '2026-12-01T08:30', end: '2026-12-01T11:00' })]),
    );
    await f.ctx.db.insertInto('meeting_attendees').values({ meeting_id: elsewhere!, contact_id: await lead(ids.alder), role: 'other', attended: null }).execute();
    const p = await call<ScheduleProposal>(
      f.b,
      'meetings.propose',
      request({
        agencyIds: [ids.alder, ids.cedar, ids.elm],
        days: [
          { date: '2026-12-01', start: '09:00', end: '09:45' },
          { date: '2026-12-02', start: '09:00', end: '09:45' },
        ],
        agencyUnavailable: [
          { agencyId: ids.alder, date: '2026-12-02' },
          { agencyId: ids.cedar, date: '2026-12-02' },
          { agencyId: ids.elm, date: '2026-12-02' },
        ],
      }),
    );
    expect(p.placed.map((m) => m.agencyName)).toEqual(['Cedar Police']);
    expect(p.unplaced).toEqual([
      { agencyId: ids.alder, agencyName: 'Alder Primary School', reason: 'cannot do 1 of the 2 days offered, and on the others there is no free slot: its lead Jane Hollins is in other meetings at those times' },
      { agencyId: ids.elm, agencyName: 'Elm Nursery: Main/Annex site.', reason: 'its only possible slot is needed by Cedar Police' },
    ]);
    // Saved meetings take the scrutineer's time: the same mornings are no longer free.
    await save(meeting(ids.cedar, '2026-12-01T09:00', '2026-12-01T09:45'), meeting(ids.elm, '2026-12-02T09:00', '2026-12-02T09:45'));
    const again = await call<ScheduleProposal>(f.b, 'meetings.propose', request({ agencyIds: [ids.birch], days: [{ date: '2026-12-01', start: '09:00', end: '09:45' }] }));
    expect(again).toMatchObject({ placed: [], slotCount: 0, unplaced: [{ reason: 'no slot: at every time offered the scrutineer, or every officer, is unavailable or in another meeting' }] });
    // By default only agencies without a meeting in the cycle are scheduled; asking for one again says why not.
    const days = ['2026-12-01', '2026-12-02', '2026-12-03'].map((date) => ({ date, start: '09:00', end: '11:00' }));
    const rest = await call<ScheduleProposal>(f.b, 'meetings.propose', request({ days, officerContactIds: [officer.id, scrutineer.id] }));
    expect(rest.placed.map((m) => m.agencyName).sort()).toEqual(['Alder Primary School', 'Birch Health Trust', 'Damson Housing']);
    const twice = await call<ScheduleProposal>(f.b, 'meetings.propose', request({ agencyIds: [ids.cedar] }));
    expect(twice.unplaced[0]!.reason).toBe('already has a meeting in S.11 Self-Assessment Audit 2026: Tue 1 December 2026, 09:00–09:45');
  });

  it('refuses agencies outside the cycle and a scrutineer who is the only officer', async () => {
    const { ids, request, scrutineer } = await setup();
    expect((await f.b.dispatch('meetings.propose', request({ agencyIds: [ids.closed] }))).ok).toBe(false);
    const r = await f.b.dispatch('meetings.propose', request({ officerContactIds: [scrutineer.id] }));
    expect(r.ok ? null : r.error.message).toBe('Choose a business-unit officer other than the scrutineer.');
  });
});

describe('saving and changing meetings', () => {
  it('saves a timetable with the agency leads added, and refuses it whole if anything clashes', async () => {
    const { ids, cycle, meeting, save, lead } = await setup();
    const made = await call<MeetingRow[]>(f.b, 'meetings.createMany', { meetings: [meeting(ids.alder, '2026-12-01T09:00', '2026-12-01T09:45'), meeting(ids.birch, '2026-12-01T10:00', '2026-12-01T10:45')] });
    expect(made.map((m) => [m.agencyName, m.scrutineer, m.officer, m.status, m.clashes])).toEqual([
      ['Alder Primary School', 'Iris Scrutineer', 'Owen Officer', 'confirmed', []],
      ['Birch Health Trust', 'Iris Scrutineer', 'Owen Officer', 'confirmed', []],
    ]);
    const people = await f.ctx.db.selectFrom('meeting_attendees').select(['contact_id', 'role']).where('meeting_id', '=', made[0]!.id).execute();
    expect(people).toContainEqual({ contact_id: await lead(ids.alder), role: 'agency' });
    const uids = await f.ctx.db.selectFrom('meetings').select('uid').execute();
    expect(new Set(uids.map((u) => u.uid)).size).toBe(2);
    expect(uids[0]!.uid).toMatch(/^meeting-[0-9a-f-]+@audit-desk$/);
    expect((await listHistory(f.ctx.db, 'meeting', made[0]!.id))[0]!.summary).toBe('Meeting with Alder Primary School on Tue 1 December 2026, 09:00–09:45 (confirmed)');

    const err = await failure(save(meeting(ids.cedar, '2026-12-01T09:30', '2026-12-01T10:15'), meeting(ids.elm, '2026-12-03T09:00', '2026-12-03T09:45')));
    expect(err.code).toBe('conflict');
    expect(err.details.map((d) => d.message)).toContain(
      'Cedar Police, Tue 1 December 2026, 09:30–10:15: Iris Scrutineer is also in the meeting with Alder Primary School, Tue 1 December 2026, 09:00–09:45',
    );
    expect(await listMeetings(f.ctx.db, { cycleId: cycle.id })).toHaveLength(2);
  });

  it('warns in words about people in two places, and an agency met twice in the cycle', async () => {
    const { ids, cycle, meeting, save, officer } = await setup();
    const [alder] = await save(meeting(ids.alder, '2026-12-01T09:00', '2026-12-01T09:45'));
    expect(await checkClashes(f.ctx.db, meeting(ids.alder, '2026-12-01T09:30', '2026-12-01T10:30', { attendees: [{ contactId: officer.id, role: 'officer' }] }))).toEqual([
      'Owen Officer is also in the meeting with Alder Primary School, Tue 1 December 2026, 09:00–09:45',
      'Jane Hollins is also in the meeting with Alder Primary School, Tue 1 December 2026, 09:00–09:45',
      'Alder Primary School already has a meeting in this cycle, Tue 1 December 2026, 09:00–09:45',
    ]);
    // Its own saved version does not count when a meeting is edited.
    expect(await checkClashes(f.ctx.db, meeting(ids.alder, '2026-12-01T09:30', '2026-12-01T10:30'), alder)).toEqual([]);
    expect(await checkClashes(f.ctx.db, meeting(ids.birch, '2026-12-01T09:45', '2026-12-01T10:30'))).toEqual([]);
    // Through the API, as the meeting page asks while a time is being edited.
    expect(await call(f.b, 'meetings.checkClashes', { meeting: { cycleId: cycle.id, agencyId: ids.birch, start: '2026-12-01T09:15', end: '2026-12-01T10:00', attendees: [{ contactId: officer.id, role: 'officer' }] } })).toEqual([
      'Owen Officer is also in the meeting with Alder Primary School, Tue 1 December 2026, 09:00–09:45',
    ]);
  });

  it('moves a meeting: same UID, higher SEQUENCE, rescheduled, the old time kept with the reason', async () => {
    const { ids, meeting, save } = await setup();
    const [id, proposed] = await save(meeting(ids.alder, '2026-12-01T09:00', '2026-12-01T09:45'), meeting(ids.birch, '2026-12-01T10:00', '2026-12-01T10:45', { status: 'proposed' }));
    const before = await f.ctx.db.selectFrom('meetings').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    await updateMeeting(f.ctx.db, f.ctx, id!, { start: '2026-12-03T14:00', end: '2026-12-03T14:45', location: 'Room 2' }, 'Lead on leave');
    const after = await f.ctx.db.selectFrom('meetings').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ uid: before.uid, sequence: before.sequence + 1, status: 'rescheduled', start_at: '2026-12-03T14:00', location: 'Room 2' });
    expect(await f.ctx.db.selectFrom('meeting_reschedules').select(['previous_start', 'previous_end', 'reason', 'by']).where('meeting_id', '=', id!).execute()).toEqual([
      { previous_start: '2026-12-01T09:00', previous_end: '2026-12-01T09:45', reason: 'Lead on leave', by: 'tester' },
    ]);
    expect((await listHistory(f.ctx.db, 'meeting', id!))[0]!.summary).toBe(
      'Meeting with Alder Primary School moved from Tue 1 December 2026, 09:00–09:45 to Thu 3 December 2026, 14:00–14:45: Lead on leave',
    );
    await updateMeeting(f.ctx.db, f.ctx, proposed!, { start: '2026-12-04T10:00', end: '2026-12-04T10:45' });
    expect((await meetingRow(f.ctx.db, proposed!)).status).toBe('proposed');

    // Onto the other meeting's time: refused, unless the user saves it anyway; then the row shows why.
    const err = await failure(updateMeeting(f.ctx.db, f.ctx, proposed!, { start: '2026-12-03T14:30', end: '2026-12-03T15:15' }));
    expect(err.message).toMatch(/^The meeting clashes: Iris Scrutineer is also in the meeting with Alder Primary School, Thu 3 December 2026, 14:00–14:45; /);
    await updateMeeting(f.ctx.db, f.ctx, proposed!, { start: '2026-12-03T14:30', end: '2026-12-03T15:15' }, undefined, true);
    expect((await meetingRow(f.ctx.db, proposed!)).clashes).toContain('Owen Officer is also in the meeting with Alder Primary School, Thu 3 December 2026, 14:00–14:45');
    expect((await meetingRow(f.ctx.db, id!)).clashes).toContain('Owen Officer is also in the meeting with Birch Health Trust, Thu 3 December 2026, 14:30–15:15');
  });

  it('cancels (raising SEQUENCE), refuses to bring back a clashing meeting, and deletes only what holds no record', async () => {
    const { ids, meeting, save } = await setup();
    const [a, b] = await save(meeting(ids.alder, '2026-12-01T09:00', '2026-12-01T09:45'), meeting(ids.birch, '2026-12-01T10:00', '2026-12-01T10:45'));
    await setMeetingStatus(f.ctx.db, f.ctx, a!, 'cancelled', 'School closed');
    expect(await f.ctx.db.selectFrom('meetings').select(['status', 'sequence']).where('id', '=', a!).executeTakeFirstOrThrow()).toEqual({ status: 'cancelled', sequence: 1 });
    expect((await listHistory(f.ctx.db, 'meeting', a!))[0]!.summary).toBe('Meeting with Alder Primary School on Tue 1 December 2026, 09:00–09:45: confirmed → cancelled (School closed)');
    await updateMeeting(f.ctx.db, f.ctx, b!, { start: '2026-12-01T09:00', end: '2026-12-01T09:45' });
    expect((await failure(setMeetingStatus(f.ctx.db, f.ctx, a!, 'confirmed'))).code).toBe('conflict');

    await setMeetingStatus(f.ctx.db, f.ctx, b!, 'held');
    expect((await failure(deleteMeeting(f.ctx.db, f.ctx, b!))).message).toBe('The meeting with Birch Health Trust was held, so it cannot be deleted; cancel it instead.');
    expect(await call(f.b, 'meetings.delete', { id: a })).toEqual({ deleted: true });
    expect(await f.ctx.db.selectFrom('meeting_attendees').select('id').where('meeting_id', '=', a!).execute()).toEqual([]);
    expect((await listHistory(f.ctx.db, 'meeting', a!))[0]!.action).toBe('delete');
  });

  it('lists by cycle, date range and status', async () => {
    const { ids, meeting, save } = await setup();
    await save(meeting(ids.alder, '2026-12-01T09:00', '2026-12-01T09:45'), meeting(ids.birch, '2026-12-02T23:00', '2026-12-02T23:45', { status: 'proposed' }));
    const names = async (filter: Parameters<typeof listMeetings>[1]) => (await listMeetings(f.ctx.db, filter)).map((m) => m.agencyName);
    expect(await names({ from: '2026-12-02', to: '2026-12-02' })).toEqual(['Birch Health Trust']);
    expect(await names({ to: '2026-12-01' })).toEqual(['Alder Primary School']);
    expect(await names({ statuses: ['proposed'] })).toEqual(['Birch Health Trust']);
    expect(await names({ agencyId: ids.alder })).toEqual(['Alder Primary School']);
  });
});

describe('common questions and next meetings', () => {
  it('keeps the list in order, rewords, and never drops an answered question', async () => {
    const { cycle, ids, meeting, save } = await setup();
    const first = await call<Array<{ id: number; text: string }>>(f.b, 'commonQuestions.set', {
      cycleId: cycle.id,
      questions: [{ text: 'How can the Partnership help your agency?' }, { text: 'What are your 3 priorities?' }],
    });
    const [help, priorities] = first;
    const second = await call<Array<{ id: number; text: string; sortOrder: number }>>(f.b, 'commonQuestions.set', {
      cycleId: cycle.id,
      questions: [{ id: priorities!.id, text: 'What are your 3 priorities for the next 6 months?' }, { id: help!.id, text: help!.text }],
    });
    expect(second.map((q) => [q.id, q.text, q.sortOrder])).toEqual([
      [priorities!.id, 'What are your 3 priorities for the next 6 months?', 1],
      [help!.id, 'How can the Partnership help your agency?', 2],
    ]);
    const [m] = await save(meeting(ids.alder, '2026-12-01T09:00', '2026-12-01T09:45'));
    await f.ctx.db.insertInto('meeting_answers').values({ meeting_id: m!, question_id: help!.id, answer: 'Training' }).execute();
    const r = await f.b.dispatch('commonQuestions.set', { cycleId: cycle.id, questions: [{ id: priorities!.id, text: 'x' }] });
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual(['conflict', '“How can the Partnership help your agency?” has answers from scrutiny meetings, so cannot be removed; reword it instead.']);
    expect(await call(f.b, 'commonQuestions.list', { cycleId: cycle.id })).toHaveLength(2);
  });

  it('shows live meetings and challenge events not yet over, soonest first', async () => {
    const { ids, cycle, meeting, save } = await setup();
    // Now is 10:00 GMT on 22 November 2026.
    const [past, now, later, cancelled] = await save(
      meeting(ids.alder, '2026-11-22T08:00', '2026-11-22T09:00'),
      meeting(ids.birch, '2026-11-22T09:30', '2026-11-22T10:30'),
      meeting(ids.cedar, '2026-12-05T09:00', '2026-12-05T10:00'),
      meeting(ids.elm, '2026-11-30T09:00', '2026-11-30T10:00'),
    );
    await setMeetingStatus(f.ctx.db, f.ctx, cancelled!, 'cancelled');
    const at = FIXED_NOW.toISOString();
    await f.ctx.db
      .insertInto('challenge_events')
      .values({ cycle_id: cycle.id, title: 'Neglect challenge event', event_date: '2026-12-01', start_time: '13:00', end_time: '16:00', venue: 'Town Hall', online_link: null, notes: null, uid: 'challenge-1@audit-desk', sequence: 0, created_at: at, updated_at: at })
      .execute();
    const next = await call<NextMeeting[]>(f.b, 'home.nextMeetings');
    expect(next.map((n) => [n.kind, n.title, n.start, n.status])).toEqual([
      ['meeting', 'Scrutiny meeting with Birch Health Trust', '2026-11-22T09:30', 'confirmed'],
      ['challenge', 'Neglect challenge event', '2026-12-01T13:00', null],
      ['meeting', 'Scrutiny meeting with Cedar Police', '2026-12-05T09:00', 'confirmed'],
    ]);
    expect(next.filter((n) => n.kind === 'meeting').map((n) => n.id)).not.toContain(past);
    expect(next[0]!.id).toBe(now);
    expect(next[2]!.id).toBe(later);
    expect(await call<NextMeeting[]>(f.b, 'home.nextMeetings', { limit: 1 })).toHaveLength(1);
  });
});
