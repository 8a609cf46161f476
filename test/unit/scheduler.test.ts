import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSlots, overlaps, solveSchedule, type Interval, type ScheduleProblem, type Slot } from '../../electron/backend/services/scheduler';

// The scheduling solver on its own: properties over random small partnerships, checked against an
// exhaustive search, and hand-made cases where not everyone fits.

const DATES = ['2026-12-01', '2026-12-02', '2026-12-03'];
const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;

const interval = fc
  .record({ date: fc.constantFrom(...DATES), from: fc.integer({ min: 32, max: 70 }), length: fc.integer({ min: 1, max: 8 }) })
  .map(({ date, from, length }): Interval => ({ start: `${date}T${hhmm(from * 15)}`, end: `${date}T${hhmm((from + length) * 15)}` }));
const availability = fc.record({ unavailable: fc.subarray(DATES), busy: fc.array(interval, { maxLength: 3 }) });

const problemArb = fc
  .record({
    days: fc.array(
      fc.record({ date: fc.constantFrom(...DATES), from: fc.integer({ min: 36, max: 44 }), length: fc.integer({ min: 2, max: 14 }) }).map((d) => ({
        date: d.date,
        start: hhmm(d.from * 15),
        end: hhmm((d.from + d.length) * 15),
      })),
      { minLength: 1, maxLength: 4 },
    ),
    meetingMinutes: fc.constantFrom(30, 45, 60),
    gapMinutes: fc.constantFrom(0, 15),
    scrutineerDays: fc.option(fc.subarray(DATES), { nil: null }),
    scrutineerBusy: fc.array(interval, { maxLength: 2 }),
    officers: fc.array(availability, { minLength: 1, maxLength: 2 }),
    agencies: fc.array(availability, { minLength: 1, maxLength: 7 }),
  })
  .map((r) => ({
    ...r,
    problem: {
      slots: buildSlots(r.days, r.meetingMinutes, r.gapMinutes),
      scrutineer: { days: r.scrutineerDays, busy: r.scrutineerBusy },
      officers: r.officers.map((o, i) => ({ id: 100 + i, ...o })),
      agencies: r.agencies.map((a, i) => ({ id: i + 1, ...a })),
    } satisfies ScheduleProblem,
  }));

// Written out again from the rules, not from the solver, so the two can disagree.
const free = (p: { unavailable: string[]; busy: Interval[] }, s: Slot) => !p.unavailable.includes(s.date) && p.busy.every((b) => !(b.start < s.end && s.start < b.end));
const slotUsable = (p: ScheduleProblem, s: Slot) =>
  (p.scrutineer.days === null || p.scrutineer.days.includes(s.date)) && p.scrutineer.busy.every((b) => !overlaps(b, s)) && p.officers.some((o) => free(o, s));

/** The most agencies that can be placed, by trying every assignment (memoised on slot and agencies used). */
function bruteForceMaximum(p: ScheduleProblem): number {
  const ok = p.slots.map((s) => p.agencies.map((a) => slotUsable(p, s) && free(a, s)));
  const memo = new Map<string, number>();
  const best = (s: number, used: number): number => {
    if (s === p.slots.length) return 0;
    const key = `${s}:${used}`;
    if (memo.has(key)) return memo.get(key)!;
    let b = best(s + 1, used);
    p.agencies.forEach((_, a) => {
      if (!(used & (1 << a)) && ok[s]![a]) b = Math.max(b, 1 + best(s + 1, used | (1 << a)));
    });
    memo.set(key, b);
    return b;
  };
  return best(0, 0);
}

describe('slots', () => {
  it('cuts each window into meetings with gaps, never overlapping, never outside the window', () => {
    fc.assert(
      fc.property(problemArb, ({ days, meetingMinutes, gapMinutes, problem }) => {
        const slots = problem.slots;
        for (const [i, s] of slots.entries()) {
          const minutes = (t: string) => Number(t.slice(11, 13)) * 60 + Number(t.slice(14, 16));
          expect(minutes(s.end) - minutes(s.start)).toBe(meetingMinutes);
          expect(days.some((d) => d.date === s.date && `${d.date}T${d.start}` <= s.start && s.end <= `${d.date}T${d.end}`)).toBe(true);
          const next = slots[i + 1];
          if (next) {
            expect(next.start >= s.start).toBe(true);
            if (next.date === s.date) expect(minutes(next.start) - minutes(s.end)).toBeGreaterThanOrEqual(gapMinutes);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives a plain day the expected slots', () => {
    expect(buildSlots([{ date: '2026-12-01', start: '09:00', end: '12:00' }], 45, 15).map((s) => s.start.slice(11))).toEqual(['09:00', '10:00', '11:00']);
    expect(buildSlots([{ date: '2026-12-01', start: '09:00', end: '09:30' }], 45, 15)).toEqual([]);
  });
});

describe('the solver', () => {
  it('never overlaps, respects everyone’s days and commitments, places no agency twice, and places as many as possible', () => {
    fc.assert(
      fc.property(problemArb, ({ problem }) => {
        const { placed, unplaced, usable } = solveSchedule(problem);
        // Every agency exactly once, placed or not.
        expect([...placed.map((p) => p.agencyId), ...unplaced.map((u) => u.agencyId)].sort((a, b) => a - b)).toEqual(problem.agencies.map((a) => a.id));
        for (const [i, p] of placed.entries()) {
          for (const q of placed.slice(i + 1)) expect(overlaps(p.slot, q.slot)).toBe(false);
          expect(problem.slots).toContainEqual(p.slot);
          expect(slotUsable(problem, p.slot)).toBe(true);
          expect(free(problem.officers.find((o) => o.id === p.officerId)!, p.slot)).toBe(true);
          expect(free(problem.agencies.find((a) => a.id === p.agencyId)!, p.slot)).toBe(true);
        }
        expect(placed.length).toBe(bruteForceMaximum(problem));
        expect(usable).toEqual(problem.slots.filter((s) => slotUsable(problem, s)));
        for (const u of unplaced) {
          const a = problem.agencies.find((x) => x.id === u.agencyId)!;
          const possible = usable.filter((s) => free(a, s));
          if (u.cause.kind === 'no-slots') expect(usable).toEqual([]);
          if (u.cause.kind === 'no-days') expect(new Set(usable.map((s) => s.date)).size === u.cause.days && usable.every((s) => a.unavailable.includes(s.date))).toBe(true);
          if (u.cause.kind === 'busy') expect(possible).toEqual([]);
          if (u.cause.kind === 'contested') {
            expect(u.cause.possible).toBe(possible.length);
            // Hall's witness: the agency and the group it competes with need more slots than they have.
            expect(u.cause.groupSlots).toBe(u.cause.group.length);
            expect(u.cause.holders.every((h) => u.cause.kind === 'contested' && u.cause.group.includes(h))).toBe(true);
            for (const s of possible) expect(placed.some((p) => p.slot.start === s.start)).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('fills the earliest slots first and shares meetings among the officers', () => {
    const slots = buildSlots([{ date: '2026-12-01', start: '09:00', end: '17:00' }], 45, 15);
    const { placed } = solveSchedule({
      slots,
      scrutineer: { days: null, busy: [] },
      officers: [{ id: 1, unavailable: [], busy: [] }, { id: 2, unavailable: [], busy: [] }],
      agencies: [1, 2, 3, 4].map((id) => ({ id, unavailable: [], busy: [] })),
    });
    expect(placed.map((p) => p.slot.start.slice(11))).toEqual(['09:00', '10:00', '11:00', '12:00']);
    expect(placed.map((p) => p.officerId)).toEqual([1, 2, 1, 2]);
  });

  it('places 150 agencies over 20 days with each agency unable to do some days', () => {
    const dates = Array.from({ length: 20 }, (_, i) => `2027-01-${pad(i + 4)}`);
    const slots = buildSlots(dates.map((date) => ({ date, start: '09:00', end: '17:00' })), 45, 15);
    const agencies = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, unavailable: dates.filter((_, d) => (d * 7 + i) % 3 === 0), busy: [] }));
    const { placed, unplaced } = solveSchedule({ slots, scrutineer: { days: null, busy: [] }, officers: [{ id: 1, unavailable: [], busy: [] }], agencies });
    expect(slots).toHaveLength(160);
    expect(unplaced).toEqual([]);
    expect(new Set(placed.map((p) => p.slot.start)).size).toBe(150);
    for (const p of placed) expect(agencies[p.agencyId - 1]!.unavailable).not.toContain(p.slot.date);
  });
});

describe('agencies that cannot be placed', () => {
  const one = (date: string, start: string, end: string) => ({ date, start, end });
  const base = (agencies: ScheduleProblem['agencies'], slots = buildSlots([one('2026-12-01', '09:00', '09:45'), one('2026-12-02', '09:00', '09:45')], 45, 15)): ScheduleProblem => ({
    slots,
    scrutineer: { days: null, busy: [] },
    officers: [{ id: 9, unavailable: [], busy: [] }],
    agencies,
  });

  it('names the agencies holding the only slots, and the wider group competing for them', () => {
    // A can only do day 1, C only day 2, B either: two slots for three agencies.
    const { placed, unplaced } = solveSchedule(
      base([
        { id: 1, unavailable: ['2026-12-02'], busy: [] },
        { id: 2, unavailable: [], busy: [] },
        { id: 3, unavailable: ['2026-12-01'], busy: [] },
      ]),
    );
    expect(placed).toHaveLength(2);
    expect(unplaced).toHaveLength(1);
    const u = unplaced[0]!;
    expect(u.cause).toMatchObject({ kind: 'contested', possible: 1 });
    if (u.cause.kind !== 'contested') throw new Error('expected a contested agency');
    expect(u.cause.group).toHaveLength(2);
    expect(u.cause.groupSlots).toBe(2);
    expect(u.cause.holders).toHaveLength(1);
  });

  it('says when an agency cannot do any of the days, or is busy at every free time, or there is no slot at all', () => {
    const { unplaced } = solveSchedule(
      base([
        { id: 1, unavailable: ['2026-12-01', '2026-12-02'], busy: [] },
        { id: 2, unavailable: ['2026-12-01'], busy: [{ start: '2026-12-02T08:30', end: '2026-12-02T09:15' }] },
        { id: 3, unavailable: [], busy: [] },
      ]),
    );
    expect(unplaced).toEqual([
      { agencyId: 1, cause: { kind: 'no-days', days: 2 } },
      { agencyId: 2, cause: { kind: 'busy', days: 2, unavailableDays: 1 } },
    ]);
    const none = solveSchedule({ ...base([{ id: 1, unavailable: [], busy: [] }]), scrutineer: { days: ['2026-12-05'], busy: [] } });
    expect(none).toMatchObject({ placed: [], usable: [], unplaced: [{ agencyId: 1, cause: { kind: 'no-slots' } }] });
  });

  it('leaves out slots where the scrutineer, or every officer, is already busy', () => {
    const p = base([{ id: 1, unavailable: [], busy: [] }]);
    p.scrutineer.busy = [{ start: '2026-12-01T09:30', end: '2026-12-01T10:30' }];
    p.officers.push({ id: 10, unavailable: ['2026-12-02'], busy: [] });
    p.officers[0]!.busy = [{ start: '2026-12-02T09:00', end: '2026-12-02T09:45' }];
    expect(solveSchedule(p)).toMatchObject({ placed: [], usable: [], unplaced: [{ cause: { kind: 'no-slots' } }] });
    p.officers[1]!.unavailable = [];
    expect(solveSchedule(p).placed).toEqual([{ agencyId: 1, officerId: 10, slot: { date: '2026-12-02', start: '2026-12-02T09:00', end: '2026-12-02T09:45' } }]);
  });
});
