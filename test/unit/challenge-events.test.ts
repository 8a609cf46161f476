import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChallengeEvent, ChallengeEventSummary } from '../../shared/domain/scrutiny';
import type { GeneratedFile, HistoryEntry } from '../../shared/domain/settings';
import { call } from '../helpers/backend';
import { returnFixture, type ReturnFixture } from '../helpers/return-fixture';

// The challenge event: its questions checked against the cycle's framework, agencies against its scope,
// attendees tied to their agencies, and an invite whose UID stays while its SEQUENCE rises when it moves.

let f: ReturnFixture;
let leads: Map<number, { id: number; email: string | null }>;
const itemKey = (n: string) => f.fw.itemByNumber.get(n)!.key;
const standardKey = (n: string) => f.fw.standardByNumber.get(n)!.key;

async function fail(method: string, input: unknown) {
  const r = await f.b.dispatch(method, input);
  if (r.ok) throw new Error(`${method} succeeded`);
  return r.error;
}

const newEvent = (over: Record<string, unknown> = {}) =>
  call<ChallengeEvent>(f.b, 'challenge.create', { cycleId: f.cycleId, title: 'Section 11 challenge event', date: '2026-12-03', startTime: '09:30', endTime: '12:30', venue: 'Town Hall', ...over });

function parseIcs(file: GeneratedFile) {
  const cal = new ICAL.Component(ICAL.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')));
  const v = cal.getFirstSubcomponent('vevent')!;
  const e = new ICAL.Event(v);
  return {
    uid: e.uid,
    sequence: e.sequence,
    summary: e.summary,
    start: e.startDate.toJSDate().toISOString(),
    location: e.location,
    description: e.description,
    attendees: v.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase()),
  };
}

beforeAll(async () => {
  f = await returnFixture({ count: 4 });
  const rows = await f.b.ctx.db
    .selectFrom('agency_contacts as l')
    .innerJoin('contacts as c', 'c.id', 'l.contact_id')
    .select(['l.agency_id', 'c.id', 'c.email'])
    .where('l.role', '=', 'safeguarding_lead')
    .execute();
  leads = new Map(rows.map((r) => [r.agency_id, { id: r.id, email: r.email }]));
}, 120_000);
afterAll(() => f?.close());

describe('challenge events', () => {
  it('creates an event with a stable uid and lists it with its counts', async () => {
    const e = await newEvent({ onlineLink: 'https://meet.example/challenge' });
    expect(e.uid).toMatch(/^challenge-[0-9a-f-]{36}@audit-desk$/);
    expect(e).toMatchObject({ sequence: 0, date: '2026-12-03', venue: 'Town Hall', onlineLink: 'https://meet.example/challenge', questionCount: 0, invitedCount: 0, attendedAgencies: 0 });
    const list = await call<ChallengeEventSummary[]>(f.b, 'challenge.list', { cycleId: f.cycleId });
    expect(list.map((x) => x.id)).toContain(e.id);
    const history = await call<HistoryEntry[]>(f.b, 'history.list', { entityType: 'challenge_event', entityId: e.id });
    expect(history.map((h) => h.action)).toEqual(['create']);
  });

  it('refuses an event that ends before it starts, or for a cycle that does not exist', async () => {
    expect((await fail('challenge.create', { cycleId: f.cycleId, title: 'x', date: '2026-12-03', startTime: '12:00', endTime: '11:00' })).code).toBe('validation');
    const e = await fail('challenge.create', { cycleId: 9999, title: 'x', date: '2026-12-03', startTime: '09:00', endTime: '11:00' });
    expect(e.details?.[0]?.field).toBe('cycleId');
  });

  it('samples questions from the framework with number, title and what to bring; a kept question keeps its id', async () => {
    const e = await newEvent();
    const set = await call<ChallengeEvent>(f.b, 'challenge.setQuestions', {
      id: e.id,
      questions: [
        { targetKey: itemKey('2.5'), bring: 'A case study' },
        { targetKey: standardKey('6') },
        { targetKey: itemKey('4.2'), bring: 'Supporting material', discussion: 'Views are recorded well.' },
      ],
    });
    expect(set.questions.map((q) => [q.number, q.bring])).toEqual([
      ['2.5', 'A case study'],
      ['6', null],
      ['4.2', 'Supporting material'],
    ]);
    expect(set.questions[0]!.title).toBe(f.fw.itemByNumber.get('2.5')!.text);
    expect(set.questions[1]!.title).toBe(f.fw.standardByNumber.get('6')!.text);
    expect(set.questionCount).toBe(3);
    const again = await call<ChallengeEvent>(f.b, 'challenge.setQuestions', {
      id: e.id,
      questions: [{ targetKey: itemKey('4.2'), goodPractice: 'The "three houses" tool' }, { targetKey: itemKey('3.4') }],
    });
    expect(again.questions.map((q) => q.number)).toEqual(['4.2', '3.4']);
    expect(again.questions[0]!.id).toBe(set.questions[2]!.id);
    expect(again.questions[0]).toMatchObject({ goodPractice: 'The "three houses" tool', discussion: null });
  });

  it('refuses targets outside the cycle framework and questions sampled twice, naming the row', async () => {
    const e = await newEvent();
    const other = await f.b.ctx.db
      .selectFrom('framework_items as i')
      .innerJoin('framework_standards as s', 's.id', 'i.standard_id')
      .select('i.id')
      .where('s.framework_id', '!=', f.frameworkId)
      .executeTakeFirstOrThrow();
    const err = await fail('challenge.setQuestions', { id: e.id, questions: [{ targetKey: itemKey('2.5') }, { targetKey: `i:${other.id}` }, { targetKey: itemKey('2.5') }] });
    expect(err.code).toBe('validation');
    expect(err.details?.map((d) => d.field)).toEqual(['questions.1.targetKey', 'questions.2.targetKey']);
    expect(err.details?.[1]?.message).toBe('item 2.5 is sampled twice');
    expect((await call<ChallengeEvent>(f.b, 'challenge.get', { id: e.id })).questions).toEqual([]);
  });

  it('invites agencies in scope only, with the evidence each brought', async () => {
    const e = await newEvent();
    const [a, b2, c] = f.scope;
    const outside = await f.b.ctx.db.selectFrom('agencies').select('id').where('id', 'not in', f.scope.map((s) => s.agencyId)).executeTakeFirstOrThrow();
    const err = await fail('challenge.setAgencies', { id: e.id, agencies: [{ agencyId: a!.agencyId }, { agencyId: outside.id }] });
    expect(err.details).toEqual([{ field: 'agencies.1.agencyId', message: `agency ${outside.id} is not in this cycle's scope` }]);
    const set = await call<ChallengeEvent>(f.b, 'challenge.setAgencies', {
      id: e.id,
      agencies: [
        { agencyId: a!.agencyId, broughtEvidence: true, evidenceKind: 'Case study' },
        { agencyId: b2!.agencyId, broughtEvidence: false, notes: 'Promised by Friday' },
        { agencyId: c!.agencyId, invited: false },
      ],
    });
    expect(set.invitedCount).toBe(2);
    const byId = new Map(set.agencies.map((x) => [x.agencyId, x]));
    expect(byId.get(a!.agencyId)).toMatchObject({ invited: true, broughtEvidence: true, evidenceKind: 'Case study', agencyName: a!.agencyName });
    expect(byId.get(b2!.agencyId)).toMatchObject({ broughtEvidence: false, notes: 'Promised by Friday' });
    expect(byId.get(c!.agencyId)).toMatchObject({ invited: false, broughtEvidence: null });
  });

  it('ties attendees to their agency and counts the agencies that came', async () => {
    const e = await newEvent();
    const [a, b2] = f.scope;
    await call(f.b, 'challenge.setAgencies', { id: e.id, agencies: [{ agencyId: a!.agencyId }, { agencyId: b2!.agencyId }] });
    const set = await call<ChallengeEvent>(f.b, 'challenge.setAttendees', {
      id: e.id,
      attendees: [
        { contactId: leads.get(a!.agencyId)!.id, attended: true },
        { contactId: leads.get(b2!.agencyId)!.id, agencyId: b2!.agencyId, attended: false },
      ],
    });
    expect(set.attendees.map((t) => [t.agencyName, t.attended])).toEqual([
      [a!.agencyName, true],
      [b2!.agencyName, false],
    ]);
    expect(set.attendedAgencies).toBe(1);
    const dup = await fail('challenge.setAttendees', { id: e.id, attendees: [{ contactId: leads.get(a!.agencyId)!.id }, { contactId: leads.get(a!.agencyId)!.id }] });
    expect(dup.details?.[0]?.field).toBe('attendees.1.contactId');
    expect((await fail('challenge.setAttendees', { id: e.id, attendees: [{ contactId: 99999 }] })).details?.[0]?.message).toBe('contact 99999 does not exist');
  });

  it('raises the sequence when the time or place moves, not for notes; the uid never changes', async () => {
    const e = await newEvent();
    const noted = await call<ChallengeEvent>(f.b, 'challenge.update', { id: e.id, patch: { notes: 'Bring laptops' } });
    expect([noted.sequence, noted.notes]).toEqual([0, 'Bring laptops']);
    const moved = await call<ChallengeEvent>(f.b, 'challenge.update', { id: e.id, patch: { date: '2026-12-04', startTime: '10:00' } });
    expect([moved.uid, moved.sequence, moved.date, moved.startTime, moved.endTime]).toEqual([e.uid, 1, '2026-12-04', '10:00', '12:30']);
    const venue = await call<ChallengeEvent>(f.b, 'challenge.update', { id: e.id, patch: { venue: null, onlineLink: 'https://meet.example/x' } });
    expect([venue.sequence, venue.venue]).toEqual([2, null]);
    expect((await fail('challenge.update', { id: e.id, patch: { endTime: '09:00' } })).details?.[0]?.field).toBe('endTime');
    const history = await call<HistoryEntry[]>(f.b, 'history.list', { entityType: 'challenge_event', entityId: e.id });
    expect(history[0]!.changes).toMatchObject({ venue: ['Town Hall', null] });
  });

  it('exports an invite that a calendar parser reads, updated in place after a move', async () => {
    const e = await newEvent({ date: '2026-06-10' });
    const [a] = f.scope;
    await call(f.b, 'challenge.setQuestions', { id: e.id, questions: [{ targetKey: itemKey('2.5'), bring: 'A case study' }] });
    await call(f.b, 'challenge.setAgencies', { id: e.id, agencies: [{ agencyId: a!.agencyId }] });
    const first = parseIcs(await call<GeneratedFile>(f.b, 'challenge.ics', { id: e.id }));
    expect(first).toMatchObject({ uid: e.uid, sequence: 0, summary: 'Section 11 challenge event', location: 'Town Hall' });
    // 09:30 in London in June is 08:30 UTC.
    expect(first.start).toBe('2026-06-10T08:30:00.000Z');
    expect(first.description).toContain('Please bring: A case study');
    // Nobody named yet: the invited agency's safeguarding lead is invited.
    expect(first.attendees).toEqual([`mailto:${leads.get(a!.agencyId)!.email}`]);
    await call(f.b, 'challenge.update', { id: e.id, patch: { date: '2026-12-10' } });
    const second = parseIcs(await call<GeneratedFile>(f.b, 'challenge.ics', { id: e.id }));
    expect(second.uid).toBe(first.uid);
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(second.start).toBe('2026-12-10T09:30:00.000Z');
  });

  it('deletes an event with its parts', async () => {
    const e = await newEvent();
    await call(f.b, 'challenge.setQuestions', { id: e.id, questions: [{ targetKey: itemKey('2.5') }] });
    await call(f.b, 'challenge.setAgencies', { id: e.id, agencies: [{ agencyId: f.scope[0]!.agencyId }] });
    expect(await call(f.b, 'challenge.delete', { id: e.id })).toEqual({ deleted: true });
    expect((await fail('challenge.get', { id: e.id })).code).toBe('not_found');
    const left = await f.b.ctx.db.selectFrom('challenge_questions').select('id').where('event_id', '=', e.id).execute();
    expect(left).toEqual([]);
  });
});
