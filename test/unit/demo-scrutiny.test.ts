import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysIso } from '../../shared/domain/dates';
import type { ChallengeEvent, ChallengeEventSummary, CommonQuestion, MeetingDetail, MeetingRow } from '../../shared/domain/scrutiny';
import { seedDemoScrutiny, workingDay } from '../../electron/backend/demo/demo-scrutiny';
import { todayOf } from '../../electron/backend/services/write-context';
import { call, tempBackend } from '../helpers/backend';

// The demo partnership's scrutiny: common questions, a challenge event a few weeks ago, and a run of meetings
// in every state, all relative to today and the same on every run.

type B = Awaited<ReturnType<typeof tempBackend>>;

async function seeded(now?: () => Date): Promise<{ b: B; cycleId: number; today: string }> {
  const b = await tempBackend({ seedDemo: true, ...(now ? { now } : {}) });
  const today = todayOf(b.ctx);
  // The demo seed may already call it; either way it runs once.
  await seedDemoScrutiny(b.ctx.db, b.ctx, today);
  const cycle = await b.ctx.db.selectFrom('cycles').select('id').where('status', '=', 'open').orderBy('id', 'desc').executeTakeFirstOrThrow();
  return { b, cycleId: cycle.id, today };
}

describe('workingDay', () => {
  it('counts working days either way, skipping weekends', () => {
    // 2026-11-20 is a Friday.
    expect(workingDay('2026-11-20', 1)).toBe('2026-11-23');
    expect(workingDay('2026-11-23', -1)).toBe('2026-11-20');
    expect(workingDay('2026-11-22', 0)).toBe('2026-11-23');
    expect(workingDay('2026-11-18', 0)).toBe('2026-11-18');
    expect(workingDay('2026-11-20', 6)).toBe('2026-11-30');
  });
});

describe('seedDemoScrutiny', () => {
  let s: Awaited<ReturnType<typeof seeded>>;
  let meetings: MeetingRow[];
  beforeAll(async () => {
    s = await seeded();
    meetings = await call<MeetingRow[]>(s.b, 'meetings.list', { cycleId: s.cycleId });
  }, 120_000);
  afterAll(() => s?.b.close());

  it('sets the partnership\'s common questions', async () => {
    const qs = await call<CommonQuestion[]>(s.b, 'commonQuestions.list', { cycleId: s.cycleId });
    expect(qs.map((q) => q.text)).toEqual([
      'How can the Partnership help your agency?',
      'What are your 3 priorities for safeguarding children in the next 6 months?',
      'What has been the impact of your safeguarding work on children and families?',
    ]);
  });

  it('holds a challenge event two to three weeks ago around three sampled items, with evidence, attendees and outcomes', async () => {
    const [summary, ...more] = await call<ChallengeEventSummary[]>(s.b, 'challenge.list', { cycleId: s.cycleId });
    expect(more).toEqual([]);
    expect(summary!.date >= addDaysIso(s.today, -21) && summary!.date <= addDaysIso(s.today, -14)).toBe(true);
    const e = await call<ChallengeEvent>(s.b, 'challenge.get', { id: summary!.id });
    expect(e.questions.map((q) => q.number)).toEqual(['2.5', '4.2', '3.4']);
    for (const q of e.questions) {
      expect(q.bring).toBeTruthy();
      expect([q.discussion, q.goodPractice, q.recommendations].every(Boolean)).toBe(true);
    }
    expect(e.invitedCount).toBeGreaterThan(10);
    const brought = e.agencies.filter((a) => a.broughtEvidence);
    expect(brought.length).toBeGreaterThan(0);
    expect(brought.length).toBeLessThan(e.agencies.length);
    expect(new Set(brought.map((a) => a.evidenceKind))).toEqual(new Set(['Case study', 'Single-agency audit']));
    expect(e.attendedAgencies).toBeGreaterThan(0);
    expect(e.attendedAgencies).toBeLessThan(e.invitedCount);
    expect(e.attendees.some((a) => a.agencyId === null && a.attended)).toBe(true);
  });

  it('runs about fifteen meetings in every state, without clashes', () => {
    expect(meetings).toHaveLength(15);
    const count = (status: string) => meetings.filter((m) => m.status === status).length;
    expect([count('held'), count('cancelled'), count('rescheduled')]).toEqual([6, 1, 1]);
    expect(count('confirmed') + count('proposed')).toBe(7);
    for (const m of meetings) {
      expect(m.clashes).toEqual([]);
      if (m.status === 'held') expect(m.start.slice(0, 10) < s.today).toBe(true);
      if (m.status === 'confirmed' || m.status === 'proposed' || m.status === 'rescheduled') expect(m.start.slice(0, 10) > s.today).toBe(true);
      expect([m.scrutineer, m.officer].every(Boolean)).toBe(true);
    }
    expect(new Set(meetings.map((m) => m.agencyId)).size).toBe(15);
  });

  it('records the held meetings: attendance, answers, notes, agreed ratings and an action', async () => {
    const held = meetings.filter((m) => m.status === 'held');
    const details = await Promise.all(held.map((m) => call<MeetingDetail>(s.b, 'meetings.get', { id: m.id })));
    for (const d of details) {
      expect(d.attendees.every((a) => a.attended !== null)).toBe(true);
      expect(d.answers.every((a) => a.answer)).toBe(true);
      expect(d.notes.length).toBeGreaterThan(0);
    }
    expect(details.some((d) => d.attendees.some((a) => a.attended === false))).toBe(true);
    const actions = details.flatMap((d) => d.meetingActions);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ source: 'meeting', kind: 'agency', cycleId: s.cycleId });
    const moderated = await s.b.ctx.db
      .selectFrom('answers as a')
      .innerJoin('cycle_agencies as ca', 'ca.id', 'a.cycle_agency_id')
      .select(['ca.agency_id', 'a.moderated_at', 'a.moderated_by'])
      .where('a.moderation_note', 'like', 'Agreed at the scrutiny meeting:%')
      .execute();
    expect(moderated.length).toBeGreaterThanOrEqual(1);
    expect(moderated.length).toBeLessThanOrEqual(3);
    // Moderated on the day of the meeting, by the user.
    for (const r of moderated) {
      const m = held.find((x) => x.agencyId === r.agency_id)!;
      expect(r.moderated_at?.slice(0, 10)).toBe(m.start.slice(0, 10));
      expect(r.moderated_by).toBe('tester');
    }
  });

  it('keeps the moved meeting\'s history and cancels one', async () => {
    const moved = meetings.find((m) => m.status === 'rescheduled')!;
    const d = await call<MeetingDetail>(s.b, 'meetings.get', { id: moved.id });
    expect(d.reschedules).toHaveLength(1);
    expect(d.reschedules[0]!.previousStart < d.start).toBe(true);
    expect(d.reschedules[0]!.reason).toBeTruthy();
    expect(d.sequence).toBeGreaterThan(0);
    const cancelled = await call<MeetingDetail>(s.b, 'meetings.get', { id: meetings.find((m) => m.status === 'cancelled')!.id });
    expect(cancelled.sequence).toBeGreaterThan(0);
  });

  it('runs once: a second call adds nothing', async () => {
    await seedDemoScrutiny(s.b.ctx.db, s.b.ctx, s.today);
    expect(await call<MeetingRow[]>(s.b, 'meetings.list', { cycleId: s.cycleId })).toHaveLength(15);
    expect(await call<ChallengeEventSummary[]>(s.b, 'challenge.list', { cycleId: s.cycleId })).toHaveLength(1);
  });

  it('is the same on every run, and moves with today (here a summer date)', async () => {
    const again = await seeded();
    const shape = (list: MeetingRow[]) => list.map((m) => [m.agencyName, m.start, m.end, m.status]);
    expect(shape(await call<MeetingRow[]>(again.b, 'meetings.list', { cycleId: again.cycleId }))).toEqual(shape(meetings));
    await again.b.close();
    const summer = await seeded(() => new Date('2026-06-17T09:00:00Z'));
    const list = await call<MeetingRow[]>(summer.b, 'meetings.list', { cycleId: summer.cycleId });
    expect(list).toHaveLength(15);
    expect(list.filter((m) => m.status === 'held').every((m) => m.start.slice(0, 10) < '2026-06-17')).toBe(true);
    expect(list.every((m) => m.clashes.length === 0)).toBe(true);
    await summer.b.close();
  }, 120_000);
});
