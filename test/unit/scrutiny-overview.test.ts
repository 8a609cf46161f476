import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommonQuestion, MeetingDetail, MeetingStatus, ScrutinyOverview } from '../../shared/domain/scrutiny';
import { describeOverview } from '../../electron/backend/reports/scrutiny-overview';
import { call } from '../helpers/backend';
import { returnFixture, type ReturnFixture } from '../helpers/return-fixture';

// Where a cycle's scrutiny stands: who has been scrutinised, what is still to come, who has no meeting,
// and each common question's answers across the agencies.

let f: ReturnFixture;
let questions: CommonQuestion[];

beforeAll(async () => {
  f = await returnFixture({ count: 6 });
  questions = await call<CommonQuestion[]>(f.b, 'commonQuestions.set', {
    cycleId: f.cycleId,
    questions: [{ text: 'How can the Partnership help your agency?' }, { text: 'What are your 3 priorities?' }],
  });
  const plan: Array<[number, string, MeetingStatus, string | null]> = [
    [0, '2026-11-16', 'held', 'Practice forums, please.'],
    [1, '2026-11-17', 'held', '  '],
    [2, '2026-11-30', 'confirmed', 'A single front door guide.'],
    [3, '2026-11-18', 'cancelled', null],
    [4, '2026-12-01', 'proposed', null],
  ];
  for (const [i, day, status, answer] of plan) {
    const m = await call<MeetingDetail>(f.b, 'meetings.create', { cycleId: f.cycleId, agencyId: f.scope[i]!.agencyId, start: `${day}T10:00`, end: `${day}T10:45`, status: status === 'proposed' ? 'proposed' : 'confirmed' });
    await call(f.b, 'meetings.record', { id: m.id, ...(status === 'held' || status === 'cancelled' ? { status } : {}), answers: answer ? [{ questionId: questions[0]!.id, answer }] : [] });
  }
}, 120_000);
afterAll(() => f?.close());

describe('scrutiny.overview', () => {
  it('counts scrutinised, outstanding and unscheduled agencies and meetings by status', async () => {
    const o = await call<ScrutinyOverview>(f.b, 'scrutiny.overview', { cycleId: f.cycleId });
    expect(o).toMatchObject({ cycleId: f.cycleId, inScope: 6, scrutinised: 2, outstanding: 2 });
    expect(o.byStatus).toEqual({ proposed: 1, confirmed: 1, held: 2, cancelled: 1, rescheduled: 0 });
    // A cancelled meeting leaves its agency unscheduled.
    expect(o.notScheduled.map((a) => a.agencyId).sort()).toEqual([f.scope[3]!.agencyId, f.scope[5]!.agencyId].sort());
  });

  it('reads each common question across the agencies, leaving out blank answers', async () => {
    const o = await call<ScrutinyOverview>(f.b, 'scrutiny.overview', { cycleId: f.cycleId });
    expect(o.themes.map((t) => t.question)).toEqual(questions.map((q) => q.text));
    const names = new Map(f.scope.map((s) => [s.agencyId, s.agencyName]));
    expect(o.themes[0]!.answers).toEqual(
      [
        { agencyName: names.get(f.scope[0]!.agencyId)!, answer: 'Practice forums, please.' },
        { agencyName: names.get(f.scope[2]!.agencyId)!, answer: 'A single front door guide.' },
      ].sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'en-GB', { sensitivity: 'base', numeric: true })),
    );
    expect(o.themes[1]!.answers).toEqual([]);
  });

  it('rescheduling keeps an agency outstanding, not unscheduled', async () => {
    const m = (await call<MeetingDetail[]>(f.b, 'meetings.list', { cycleId: f.cycleId, statuses: ['proposed'] }))[0]!;
    await call(f.b, 'meetings.setStatus', { id: m.id, status: 'confirmed' });
    await call(f.b, 'meetings.update', { id: m.id, patch: { start: '2026-12-02T11:00', end: '2026-12-02T11:45' }, reason: 'Lead on leave' });
    const o = await call<ScrutinyOverview>(f.b, 'scrutiny.overview', { cycleId: f.cycleId });
    expect(o.byStatus.rescheduled).toBe(1);
    expect(o.outstanding).toBe(2);
    expect(o.notScheduled.map((a) => a.agencyId)).not.toContain(m.agencyId);
  });

  it('refuses a cycle that does not exist', async () => {
    const r = await f.b.dispatch('scrutiny.overview', { cycleId: 99999 });
    expect(r.ok ? null : r.error.code).toBe('not_found');
  });
});

describe('describeOverview', () => {
  const base: ScrutinyOverview = { cycleId: 1, inScope: 12, scrutinised: 9, outstanding: 2, notScheduled: [{ agencyId: 1, agencyName: 'A' }], themes: [], byStatus: { proposed: 0, confirmed: 2, held: 9, cancelled: 0, rescheduled: 0 } };
  it('writes counts as a person would', () => {
    expect(describeOverview(base)).toBe('9 of the 12 agencies in scope have been scrutinised. 2 meetings are still to be held. 1 agency has no meeting scheduled.');
    expect(describeOverview({ ...base, scrutinised: 1, outstanding: 1, notScheduled: [] })).toBe(
      '1 of the 12 agencies in scope has been scrutinised. 1 meeting is still to be held. Every agency in scope has a meeting.',
    );
    expect(describeOverview({ ...base, scrutinised: 12, outstanding: 0, notScheduled: [] })).toBe('All 12 agencies in scope have been scrutinised. No meetings are still to be held. Every agency in scope has a meeting.');
    expect(describeOverview({ ...base, scrutinised: 0 })).toMatch(/^None of the 12 agencies in scope has been scrutinised yet\./);
    expect(describeOverview({ ...base, inScope: 0 })).toBe('No agencies are in the scope of this cycle.');
  });
});
