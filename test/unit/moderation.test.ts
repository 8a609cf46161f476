import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnDetail } from '../../shared/domain/cycle';
import type { HistoryEntry } from '../../shared/domain/settings';
import { rankOf, stepsBetter, type LoadedScale } from '../../electron/backend/services/rating-scale';
import { answerFlags } from '../../electron/backend/services/return-rules';
import { call, tempBackend } from '../helpers/backend';
import { agencies, frameworkByFamily, insertCycle, keysOf } from '../helpers/cycle-fixture';

let b: Awaited<ReturnType<typeof tempBackend>>;
let compact: Awaited<ReturnType<typeof frameworkByFamily>>;
let policy: Awaited<ReturnType<typeof frameworkByFamily>>;
let ids: number[];

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  compact = await frameworkByFamily(b, 'compact-audit', '2023');
  policy = await frameworkByFamily(b, 's11-policy');
  ids = (await agencies(b)).slice(0, 4).map((a) => a.id);
});
afterAll(() => b.close());

const flags = (d: ReturnDetail, key: string) => {
  const a = d.answers.find((x) => x.targetKey === key)!;
  return { self: a.self?.code ?? null, moderated: a.moderated?.code ?? null, over: a.overOptimistic, under: a.underscored, weak: a.weak };
};

describe('moderating on the RAG scale (Met / Partially met / Not met)', () => {
  it('flags over-optimistic, underscored and weak answers and counts them on the row', async () => {
    const { ca } = await insertCycle(b, { frameworkId: policy.id, agencyIds: [ids[0]!] });
    const id = ca.get(ids[0]!)!;
    const k = keysOf(policy);
    await call(b, 'returns.saveAnswers', {
      cycleAgencyId: id,
      answers: [
        { targetKey: k.i('1.1'), selfCode: 'G' },
        { targetKey: k.i('1.2'), selfCode: 'R' },
        { targetKey: k.i('1.3'), selfCode: 'G' },
        { targetKey: k.i('1.4'), selfCode: 'A' },
      ],
    });
    const d = await call<ReturnDetail>(b, 'returns.moderate', {
      cycleAgencyId: id,
      moderations: [
        { targetKey: k.i('1.1'), moderatedCode: 'A', note: 'Policy out of date' },
        { targetKey: k.i('1.2'), moderatedCode: 'a' },
        { targetKey: k.i('1.3'), moderatedCode: 'G' },
      ],
    });
    expect(flags(d, k.i('1.1'))).toEqual({ self: 'G', moderated: 'A', over: true, under: false, weak: true });
    expect(flags(d, k.i('1.2'))).toEqual({ self: 'R', moderated: 'A', over: false, under: true, weak: true });
    expect(flags(d, k.i('1.3'))).toEqual({ self: 'G', moderated: 'G', over: false, under: false, weak: false });
    // Not moderated: the self-rating decides weakness (amber is at the weak end of a RAG scale).
    expect(flags(d, k.i('1.4'))).toEqual({ self: 'A', moderated: null, over: false, under: false, weak: true });
    expect(d.row).toMatchObject({ overOptimistic: 1, underscored: 1, weak: 3 });
    const a = d.answers.find((x) => x.targetKey === k.i('1.1'))!;
    expect(a).toMatchObject({ moderationNote: 'Policy out of date', moderatedBy: 'tester', moderatedAt: '2026-11-22T10:00:00.000Z' });
  });
});

describe('moderating on the four-point scale', () => {
  it('flags by steps between levels and treats Requires improvement and Inadequate as weak', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[1]!] });
    const id = ca.get(ids[1]!)!;
    const k = keysOf(compact);
    await call(b, 'returns.saveAnswers', {
      cycleAgencyId: id,
      answers: ['O', 'I', 'G', 'RI'].map((code, i) => ({ targetKey: k.s(String(i + 1)), selfCode: code })),
    });
    const d = await call<ReturnDetail>(b, 'returns.moderate', {
      cycleAgencyId: id,
      moderations: [
        { targetKey: k.s('1'), moderatedCode: 'RI' },
        { targetKey: k.s('2'), moderatedCode: 'G' },
      ],
    });
    expect(flags(d, k.s('1'))).toEqual({ self: 'O', moderated: 'RI', over: true, under: false, weak: true });
    expect(flags(d, k.s('2'))).toEqual({ self: 'I', moderated: 'G', over: false, under: true, weak: false });
    expect(flags(d, k.s('3'))).toMatchObject({ over: false, under: false, weak: false });
    expect(flags(d, k.s('4'))).toMatchObject({ over: false, under: false, weak: true });
  });

  it('moderates a target the agency left unanswered, clears with a null code, and keeps history per target', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[2]!] });
    const id = ca.get(ids[2]!)!;
    const k = keysOf(compact);
    let d = await call<ReturnDetail>(b, 'returns.moderate', { cycleAgencyId: id, moderations: [{ targetKey: k.s('5'), moderatedCode: 'I', note: 'No return for this standard' }] });
    expect(d.answers).toHaveLength(1);
    expect(d.answers[0]).toMatchObject({ targetKey: k.s('5'), self: null, moderated: { code: 'I', label: 'Inadequate' }, source: 'typed', overOptimistic: false, underscored: false, weak: true });
    d = await call<ReturnDetail>(b, 'returns.moderate', { cycleAgencyId: id, moderations: [{ targetKey: k.s('5'), moderatedCode: null }] });
    expect(d.answers[0]).toMatchObject({ moderated: null, moderationNote: null, moderatedBy: null, moderatedAt: null, weak: false });

    const history = await call<HistoryEntry[]>(b, 'history.list', { entityType: 'return', entityId: id });
    expect(history.map((h) => [h.action, h.changes['standard 5']])).toEqual([
      ['moderate', ['I · No return for this standard', null]],
      ['moderate', [null, 'I · No return for this standard']],
    ]);
  });

  it('refuses an unknown code, naming the target, and changes nothing', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[3]!] });
    const id = ca.get(ids[3]!)!;
    const k = keysOf(compact);
    await call(b, 'returns.saveAnswers', { cycleAgencyId: id, answers: [{ targetKey: k.s('1'), selfCode: 'G' }] });
    const r = await b.dispatch('returns.moderate', {
      cycleAgencyId: id,
      moderations: [{ targetKey: k.s('1'), moderatedCode: 'RI' }, { targetKey: k.i('7.2'), moderatedCode: 'X' }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation', details: [{ field: 'item 7.2', message: expect.stringContaining('"X" is not a level of this scale') }] } });
    const d = await call<ReturnDetail>(b, 'returns.get', { cycleAgencyId: id });
    expect(d.answers.map((a) => a.moderated)).toEqual([null]);
  });

  it('refuses a moderated rating on a standard when only items are rated', async () => {
    const { ca } = await insertCycle(b, { frameworkId: policy.id, agencyIds: [ids[3]!] });
    const r = await b.dispatch('returns.moderate', { cycleAgencyId: ca.get(ids[3]!)!, moderations: [{ targetKey: keysOf(policy).s('2'), moderatedCode: 'R' }] });
    expect(r).toMatchObject({ ok: false, error: { details: [{ field: 'standard 2', message: 'is not rated in this framework (items are)' }] } });
  });
});

describe('the rating model (property)', () => {
  const scaleArb = fc
    .record({
      levels: fc.uniqueArray(fc.record({ code: fc.stringMatching(/^[A-Z]{1,3}$/), score: fc.integer({ min: -50, max: 50 }) }), {
        minLength: 2,
        maxLength: 7,
        selector: (l) => l.code,
      }),
      higherIsBetter: fc.boolean(),
    })
    .map(({ levels, higherIsBetter }): LoadedScale => ({
      kind: 'levels',
      higherIsBetter,
      allowsNa: true,
      naLabel: 'N/A',
      min: null,
      max: null,
      step: null,
      levels: [...levels].sort((a, b) => (higherIsBetter ? b.score - a.score : a.score - b.score)).map((l) => ({ ...l, label: l.code, colour: '#000000' })),
      bands: [],
    }));
  const withTwoCodes = scaleArb.chain((scale) =>
    fc.tuple(fc.constant(scale), fc.constantFrom(...scale.levels.map((l) => l.code)), fc.constantFrom(...scale.levels.map((l) => l.code))),
  );

  it('stepsBetter(a, b) = -stepsBetter(b, a), and an answer is never both over-optimistic and underscored', () => {
    fc.assert(
      fc.property(withTwoCodes, ([scale, a, b]) => {
        expect(stepsBetter(scale, a, b) + stepsBetter(scale, b, a)).toBe(0);
        const f = answerFlags(scale, { self_code: a, self_na: 0, moderated_code: b });
        expect(f.overOptimistic && f.underscored).toBe(false);
        expect(f.overOptimistic).toBe(rankOf(scale, a) < rankOf(scale, b));
        expect(f.underscored).toBe(rankOf(scale, a) > rankOf(scale, b));
      }),
      { numRuns: 300 },
    );
  });
});
