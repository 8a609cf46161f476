import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReturnDetail } from '../../shared/domain/cycle';
import type { HistoryEntry } from '../../shared/domain/settings';
import { returnRowFor } from '../../electron/backend/services/returns-list';
import { call, tempBackend } from '../helpers/backend';
import { agencies, editedVersion, frameworkByFamily, insertCycle, keysOf } from '../helpers/cycle-fixture';

let b: Awaited<ReturnType<typeof tempBackend>>;
let compact: Awaited<ReturnType<typeof frameworkByFamily>>;
let policy: Awaited<ReturnType<typeof frameworkByFamily>>;
let noNa: Awaited<ReturnType<typeof frameworkByFamily>>;
let ids: number[];

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  compact = await frameworkByFamily(b, 'compact-audit', '2023');
  policy = await frameworkByFamily(b, 's11-policy');
  noNa = await editedVersion(b, 'compact-audit', 'no N/A', (doc) => {
    doc.scale.allowsNa = false;
  });
  ids = (await agencies(b)).slice(0, 6).map((a) => a.id);
});
afterAll(() => b.close());

const failure = async (method: string, input: unknown) => {
  const r = await b.dispatch(method, input);
  if (r.ok) throw new Error(`${method} succeeded but should have failed`);
  return r.error;
};

describe('typing answers', () => {
  it('saves ratings by code or label, N/A with a reason and narrative, in framework order, and starts the return', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[0]!] });
    const k = keysOf(compact);
    const id = ca.get(ids[0]!)!;
    const detail = await call<ReturnDetail>(b, 'returns.saveAnswers', {
      cycleAgencyId: id,
      answers: [
        { targetKey: k.s('2'), selfCode: 'ri', evidence: 'Training records 2025' },
        { targetKey: k.s('1'), selfCode: 'good', improvement: 'Refresh the board report' },
        { targetKey: k.s('3'), notApplicable: true, naReason: 'We employ no staff directly' },
        { targetKey: k.i('1.1'), evidence: 'Safeguarding policy, March 2026' },
      ],
    });
    expect(detail.answers.map((a) => a.targetKey)).toEqual([k.s('1'), k.i('1.1'), k.s('2'), k.s('3')]);
    expect(detail.answers[0]).toMatchObject({ self: { code: 'G', label: 'Good', colour: '#85B84F', score: 3 }, improvement: 'Refresh the board report', source: 'typed', weak: false });
    expect(detail.answers[2]).toMatchObject({ self: { code: 'RI' }, evidence: 'Training records 2025', weak: true });
    expect(detail.answers[3]).toMatchObject({ self: null, notApplicable: true, naReason: 'We employ no staff directly' });
    // Three of the 12 standards and 63 items answered with a rating or N/A; the item has narrative only.
    expect(detail.row).toMatchObject({ status: 'in_progress', displayStatus: 'in_progress', answered: 3, weak: 1 });
    expect(detail.row.expected).toBe(12 + compact.itemCount);
    expect(detail.cycle).toMatchObject({ frameworkId: compact.id, frameworkName: compact.name, frameworkVersion: '2023', inScope: 1, returned: 0 });

    const history = await call<HistoryEntry[]>(b, 'history.list', { entityType: 'return', entityId: id });
    expect(history.map((h) => h.action).sort()).toEqual(['status', 'update']);
    expect(history.find((h) => h.action === 'update')!.changes['standard 2']).toEqual([null, 'RI · Training records 2025']);
  });

  it('keeps answers left out of a later save, and their moderation', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[1]!], returnStatus: { [ids[1]!]: { status: 'returned', returnedOn: '2026-10-20' } } });
    const k = keysOf(compact);
    const id = ca.get(ids[1]!)!;
    await call(b, 'returns.saveAnswers', { cycleAgencyId: id, answers: [{ targetKey: k.s('1'), selfCode: 'O' }, { targetKey: k.s('2'), selfCode: 'G' }] });
    await call(b, 'returns.moderate', { cycleAgencyId: id, moderations: [{ targetKey: k.s('1'), moderatedCode: 'G', note: 'No board minutes seen' }] });
    const d = await call<ReturnDetail>(b, 'returns.saveAnswers', { cycleAgencyId: id, answers: [{ targetKey: k.s('2'), selfCode: 'I' }] });
    expect(d.answers.map((a) => [a.self?.code, a.moderated?.code ?? null])).toEqual([['O', 'G'], ['I', null]]);
    // A returned return stays returned when corrected.
    expect(d.row.status).toBe('returned');
  });

  it('refuses an unknown rating, naming the target, and saves nothing', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[2]!] });
    const k = keysOf(compact);
    const id = ca.get(ids[2]!)!;
    const e = await failure('returns.saveAnswers', {
      cycleAgencyId: id,
      answers: [{ targetKey: k.s('1'), selfCode: 'G' }, { targetKey: k.s('6'), selfCode: 'Excellent' }],
    });
    expect(e.code).toBe('validation');
    expect(e.details).toEqual([{ field: 'standard 6', message: expect.stringContaining('"Excellent" is not a rating on this scale') }]);
    const d = await call<ReturnDetail>(b, 'returns.get', { cycleAgencyId: id });
    expect(d.answers).toEqual([]);
    expect(d.row.status).toBe('issued');
  });

  it('refuses N/A without a reason', async () => {
    const { ca } = await insertCycle(b, { frameworkId: compact.id, agencyIds: [ids[3]!] });
    const e = await failure('returns.saveAnswers', { cycleAgencyId: ca.get(ids[3]!)!, answers: [{ targetKey: keysOf(compact).i('9.3'), notApplicable: true }] });
    expect(e.details).toEqual([{ field: 'item 9.3', message: 'give a reason for "Not applicable"' }]);
  });

  it('refuses N/A on a scale without N/A', async () => {
    const { ca } = await insertCycle(b, { frameworkId: noNa.id, agencyIds: [ids[3]!] });
    const e = await failure('returns.saveAnswers', {
      cycleAgencyId: ca.get(ids[3]!)!,
      answers: [{ targetKey: keysOf(noNa).s('4'), notApplicable: true, naReason: 'Not relevant' }],
    });
    expect(e).toMatchObject({ code: 'validation', details: [{ field: 'standard 4', message: '"Not applicable" is not allowed on this scale' }] });
  });

  it('refuses a rating on a standard when the framework rates items only', async () => {
    const { ca } = await insertCycle(b, { frameworkId: policy.id, agencyIds: [ids[4]!] });
    const k = keysOf(policy);
    const e = await failure('returns.saveAnswers', {
      cycleAgencyId: ca.get(ids[4]!)!,
      answers: [{ targetKey: k.i('1.1'), selfCode: 'Met' }, { targetKey: k.s('1'), selfCode: 'Met' }],
    });
    expect(e.details).toEqual([{ field: 'standard 1', message: 'is not rated in this framework (items are)' }]);
  });

  it('refuses a target from another framework version', async () => {
    const { ca } = await insertCycle(b, { frameworkId: policy.id, agencyIds: [ids[5]!] });
    const e = await failure('returns.saveAnswers', { cycleAgencyId: ca.get(ids[5]!)!, answers: [{ targetKey: keysOf(compact).s('1'), selfCode: 'G' }] });
    expect(e.details![0]!.message).toBe('is not part of this framework version');
  });

  it('says which return does not exist', async () => {
    expect(await failure('returns.get', { cycleAgencyId: 999_999 })).toMatchObject({ code: 'not_found' });
  });
});

describe('the tracker row of one return', () => {
  it('marks returns in after the initial deadline as late and counts days overdue for those not in', async () => {
    // Today is 22 November 2026; the initial deadline 1 November 2026.
    const [a, c, d, e] = ids as [number, number, number, number];
    const { ca } = await insertCycle(b, {
      frameworkId: compact.id,
      agencyIds: [a, c, d, e],
      returnStatus: {
        [a]: { status: 'returned', returnedOn: '2026-11-05' },
        [c]: { status: 'returned', returnedOn: '2026-11-01' },
        [d]: { status: 'in_progress' },
        [e]: { status: 'accepted', returnedOn: '2026-11-20' },
      },
    });
    const row = (id: number, today = '2026-11-22') => returnRowFor(b.ctx.db, ca.get(id)!, today);
    expect(await row(a)).toMatchObject({ displayStatus: 'returned_late', daysOverdue: null });
    expect(await row(c)).toMatchObject({ displayStatus: 'returned', daysOverdue: null });
    expect(await row(d)).toMatchObject({ displayStatus: 'in_progress', daysOverdue: 21 });
    expect(await row(d, '2026-11-01')).toMatchObject({ daysOverdue: null });
    expect(await row(e)).toMatchObject({ displayStatus: 'accepted', daysOverdue: null });
    expect((await row(a)).safeguardingLead).toEqual(expect.any(String));
  });
});
