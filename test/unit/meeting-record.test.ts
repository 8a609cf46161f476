import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnDetail } from '../../shared/domain/cycle';
import type { CommonQuestion, MeetingDetail } from '../../shared/domain/scrutiny';
import type { HistoryEntry } from '../../shared/domain/settings';
import { call } from '../helpers/backend';
import { returnFixture, type ReturnFixture } from '../helpers/return-fixture';

// Recording a scrutiny meeting: status, attendance, answers, notes and agreed ratings saved together, in one
// transaction, with the moderated ratings written to the agency's return with who and when.

let f: ReturnFixture;
let questions: CommonQuestion[];
let people: { scrutineer: number; officer: number; extra: number };
const key = (n: string) => f.fw.itemByNumber.get(n)!.key;

async function fail(method: string, input: unknown) {
  const r = await f.b.dispatch(method, input);
  if (r.ok) throw new Error(`${method} succeeded`);
  return r.error;
}

let slot = 0;
/** A meeting with the scrutineer and officer for the fixture's agency `i`, on its own day (in August 2026, before "today" and clear of the demo meetings). */
async function meeting(i: number, day?: string): Promise<MeetingDetail> {
  slot += 1;
  const date = day ?? `2026-08-${String(slot).padStart(2, '0')}`;
  return call<MeetingDetail>(f.b, 'meetings.create', {
    cycleId: f.cycleId,
    agencyId: f.scope[i]!.agencyId,
    start: `${date}T10:00`,
    end: `${date}T10:45`,
    status: 'confirmed',
    attendees: [
      { contactId: people.scrutineer, role: 'scrutineer' },
      { contactId: people.officer, role: 'officer' },
    ],
  });
}

beforeAll(async () => {
  f = await returnFixture({ count: 6 });
  const db = f.b.ctx.db;
  const scrutineer = await db.selectFrom('contacts').select('id').where('is_scrutineer', '=', 1).executeTakeFirstOrThrow();
  const officers = await db.selectFrom('contacts').select('id').where('is_business_unit', '=', 1).orderBy('id').execute();
  people = { scrutineer: scrutineer.id, officer: officers[0]!.id, extra: officers[1]!.id };
  questions = await call<CommonQuestion[]>(f.b, 'commonQuestions.set', {
    cycleId: f.cycleId,
    questions: [{ text: 'How can the Partnership help your agency?' }, { text: 'What are your 3 priorities for the next 6 months?' }],
  });
  await call(f.b, 'returns.saveAnswers', {
    cycleAgencyId: f.scope[0]!.cycleAgencyId,
    answers: [
      { targetKey: key('1.1'), selfCode: 'O' },
      { targetKey: key('1.2'), selfCode: 'RI' },
    ],
  });
  await call(f.b, 'returns.saveAnswers', { cycleAgencyId: f.scope[3]!.cycleAgencyId, answers: [{ targetKey: key('1.2'), selfCode: 'RI' }] });
}, 120_000);
afterAll(() => f?.close());

describe('meetings.record', () => {
  it('saves status, attendance, added attendees, answers, notes and moderated ratings together', async () => {
    const m = await meeting(0);
    const [scrutineer, officer] = m.attendees;
    expect([scrutineer!.role, officer!.role]).toEqual(['scrutineer', 'officer']);
    const saved = await call<MeetingDetail>(f.b, 'meetings.record', {
      id: m.id,
      status: 'held',
      attendance: [
        { attendeeId: scrutineer!.id, attended: true },
        { attendeeId: officer!.id, attended: false },
      ],
      addAttendees: [{ contactId: people.extra, role: 'other' }],
      answers: [{ questionId: questions[0]!.id, answer: 'Share good practice.' }],
      notes: [
        { itemKey: `optimistic:${key('1.1')}`, note: 'Evidence is for one team only.' },
        { itemKey: 'other', note: 'Template requested.' },
      ],
      moderations: [{ targetKey: key('1.1'), moderatedCode: 'G', note: 'Agreed at the meeting.' }],
    });
    expect(saved.status).toBe('held');
    expect(saved.attendees.map((a) => [a.role, a.attended])).toEqual([
      ['scrutineer', true],
      ['officer', false],
      ['agency', null],
      ['other', true],
    ]);
    expect(saved.answers).toEqual([
      { questionId: questions[0]!.id, question: questions[0]!.text, answer: 'Share good practice.' },
      { questionId: questions[1]!.id, question: questions[1]!.text, answer: null },
    ]);
    expect(saved.notes).toEqual([
      { itemKey: `optimistic:${key('1.1')}`, note: 'Evidence is for one team only.' },
      { itemKey: 'other', note: 'Template requested.' },
    ]);
    // Written to the return, with who and when; and now on the agenda as over-optimistic.
    const ret = await call<ReturnDetail>(f.b, 'returns.get', { cycleAgencyId: f.scope[0]!.cycleAgencyId });
    const answer = ret.answers.find((a) => a.targetKey === key('1.1'))!;
    expect([answer.moderated?.code, answer.moderationNote, answer.moderatedBy, answer.moderatedAt]).toEqual(['G', 'Agreed at the meeting.', 'tester', '2026-11-22T10:00:00.000Z']);
    expect(saved.agenda.find((a) => a.key === `optimistic:${key('1.1')}`)?.detail).toBe('Self-assessed Outstanding; moderated Good (1 step lower).');
    const history = await call<HistoryEntry[]>(f.b, 'history.list', { entityType: 'meeting', entityId: m.id });
    const record = history.find((h) => h.action === 'record')!;
    expect(record.summary).toMatch(/: meeting of 2026-08-01 recorded \(held; 6 changes; 1 moderated rating\)$/);
    expect(record.changes['Note other']).toEqual([null, 'Template requested.']);
  });

  it('updates answers and notes in place, and an empty note or answer removes it', async () => {
    const m = await meeting(1);
    await call(f.b, 'meetings.record', {
      id: m.id,
      answers: [
        { questionId: questions[0]!.id, answer: 'First answer' },
        { questionId: questions[1]!.id, answer: 'Priorities' },
      ],
      notes: [
        { itemKey: 'other', note: 'First note' },
        { itemKey: `question:${questions[0]!.id}`, note: 'Follow up' },
      ],
    });
    const next = await call<MeetingDetail>(f.b, 'meetings.record', {
      id: m.id,
      answers: [
        { questionId: questions[0]!.id, answer: 'Second answer' },
        { questionId: questions[1]!.id, answer: '' },
      ],
      notes: [
        { itemKey: 'other', note: '  ' },
        { itemKey: `question:${questions[0]!.id}`, note: 'Follow up in March' },
      ],
    });
    expect(next.answers.map((a) => a.answer)).toEqual(['Second answer', null]);
    expect(next.notes).toEqual([{ itemKey: `question:${questions[0]!.id}`, note: 'Follow up in March' }]);
    expect(next.status).toBe('confirmed');
    const rows = await f.b.ctx.db.selectFrom('meeting_answers').select('id').where('meeting_id', '=', m.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('saves nothing when any part is wrong, naming each problem', async () => {
    const m = await meeting(3);
    const err = await fail('meetings.record', {
      id: m.id,
      status: 'held',
      attendance: [{ attendeeId: 999999, attended: true }],
      answers: [{ questionId: 999999, answer: 'x' }],
      notes: [
        { itemKey: 'agenda:1', note: 'x' },
        { itemKey: 'other', note: 'kept?' },
      ],
    });
    expect(err.code).toBe('validation');
    expect(err.details?.map((d) => d.field)).toEqual(['attendance.0.attendeeId', 'answers.0.questionId', 'notes.0.itemKey']);
    // A moderation the scale refuses rolls back everything else in the record.
    const bad = await fail('meetings.record', {
      id: m.id,
      status: 'held',
      notes: [{ itemKey: 'other', note: 'Should not stay' }],
      moderations: [{ targetKey: key('1.2'), moderatedCode: 'Excellent' }],
    });
    expect(bad.code).toBe('validation');
    const after = await call<MeetingDetail>(f.b, 'meetings.get', { id: m.id });
    expect([after.status, after.notes]).toEqual(['confirmed', []]);
    const ret = await call<ReturnDetail>(f.b, 'returns.get', { cycleAgencyId: f.scope[3]!.cycleAgencyId });
    expect(ret.answers.find((a) => a.targetKey === key('1.2'))!.moderated).toBeNull();
  });

  it('refuses to mark a meeting held before its day', async () => {
    const m = await meeting(2, '2027-03-15');
    const err = await fail('meetings.record', { id: m.id, status: 'held' });
    expect(err.details?.[0]).toMatchObject({ field: 'status' });
    expect((await call<MeetingDetail>(f.b, 'meetings.record', { id: m.id, status: 'cancelled' })).status).toBe('cancelled');
  });

  it('adding someone already on the list records that they came instead of listing them twice', async () => {
    const m = await meeting(4);
    const saved = await call<MeetingDetail>(f.b, 'meetings.record', { id: m.id, addAttendees: [{ contactId: people.officer, role: 'other' }] });
    expect(saved.attendees.filter((a) => a.contactId === people.officer).map((a) => [a.role, a.attended])).toEqual([['officer', true]]);
  });

  it('lists actions made at the meeting, and the agency\'s open actions', async () => {
    const m = await meeting(5);
    const made = await call(f.b, 'actions.create', {
      kind: 'agency',
      agencyId: f.scope[5]!.agencyId,
      cycleId: f.cycleId,
      description: 'Re-audit ten case files for the voice of the child.',
      dueDate: '2027-02-01',
      source: 'meeting',
      sourceRef: String(m.id),
    });
    const elsewhere = await call(f.b, 'actions.create', { kind: 'agency', agencyId: f.scope[5]!.agencyId, description: 'Refresh training.', dueDate: '2027-03-01' });
    const detail = await call<MeetingDetail>(f.b, 'meetings.get', { id: m.id });
    expect(detail.meetingActions.map((a) => a.id)).toEqual([made.id]);
    expect(detail.openActions.map((a) => a.id)).toEqual(expect.arrayContaining([made.id, elsewhere.id]));
    expect(detail.agenda.filter((a) => a.section === 'actions').map((a) => a.key)).toEqual(expect.arrayContaining([`action:${made.id}`, `action:${elsewhere.id}`]));
  });
});
