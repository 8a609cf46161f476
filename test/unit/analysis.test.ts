import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyListRow, Sector } from '../../shared/domain/agency';
import type { Comparison, Distribution, Heatmap } from '../../shared/domain/cycle';
import { heatmap } from '../../electron/backend/services/heatmap';
import { call, tempBackend } from '../helpers/backend';
import { agencies, editedVersion, frameworkByFamily, insertCycle, keysOf } from '../helpers/cycle-fixture';

let b: Awaited<ReturnType<typeof tempBackend>>;
let compact: Awaited<ReturnType<typeof frameworkByFamily>>;
let sectors: Sector[];
let all: AgencyListRow[];
/** Two health agencies, two schools and one LA children's service, by name. */
let pick: AgencyListRow[];

beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
  compact = await frameworkByFamily(b, 'compact-audit', '2023');
  sectors = await call<Sector[]>(b, 'sectors.list');
  all = await agencies(b);
  const inSector = (code: string, n: number) => all.filter((a) => a.sectorId === sectors.find((s) => s.code === code)!.id).slice(0, n);
  pick = [...inSector('education', 2), ...inSector('health', 2), ...inSector('la_childrens', 1)];
});
afterAll(() => b.close());

const answer = (cycleAgencyId: number, answers: unknown[]) => call(b, 'returns.saveAnswers', { cycleAgencyId, answers });
const moderate = (cycleAgencyId: number, moderations: unknown[]) => call(b, 'returns.moderate', { cycleAgencyId, moderations });
const codes = (row: Heatmap['rows'][number]) => row.cells.map((c) => (c.notApplicable ? 'N/A' : (c.rating?.code ?? null)));

describe('heatmap of a cycle rating standards and items (Compact Audit, lowest roll-up)', () => {
  let cycleId: number;
  let A: number;
  let B: number;
  beforeAll(async () => {
    const k = keysOf(compact);
    const f = await insertCycle(b, { frameworkId: compact.id, agencyIds: pick.map((a) => a.id) });
    cycleId = f.cycleId;
    // A is a health agency, B a school.
    A = f.ca.get(pick[2]!.id)!;
    B = f.ca.get(pick[0]!.id)!;
    await answer(A, [
      { targetKey: k.s('1'), selfCode: 'G' },
      { targetKey: k.i('2.1'), selfCode: 'O' },
      { targetKey: k.i('2.2'), selfCode: 'RI' },
      { targetKey: k.s('3'), notApplicable: true, naReason: 'No volunteers' },
      { targetKey: k.s('4'), selfCode: 'G' },
    ]);
    await moderate(A, [
      { targetKey: k.s('4'), moderatedCode: 'RI' },
      { targetKey: k.i('2.2'), moderatedCode: 'O' },
    ]);
    await answer(B, [
      { targetKey: k.s('1'), selfCode: 'O' },
      { targetKey: k.s('2'), selfCode: 'I' },
      // The direct standard rating wins over its items.
      { targetKey: k.i('2.1'), selfCode: 'O' },
    ]);
    await moderate(B, [
      { targetKey: k.s('1'), moderatedCode: 'G' },
      { targetKey: k.s('2'), moderatedCode: 'G' },
    ]);
  });

  const rowOf = (map: Heatmap, ca: number) => map.rows.find((r) => r.cycleAgencyId === ca)!;

  it('shows self-ratings: direct standard ratings, items rolled up to their lowest, N/A and gaps', async () => {
    const map = await call<Heatmap>(b, 'analysis.heatmap', { cycleId, mode: 'self' });
    expect(map.standards.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(map.levels.map((l) => l.code)).toEqual(['O', 'G', 'RI', 'I']);
    expect(codes(rowOf(map, A)).slice(0, 5)).toEqual(['G', 'RI', 'N/A', 'G', null]);
    expect(codes(rowOf(map, B)).slice(0, 3)).toEqual(['O', 'I', null]);
    expect(rowOf(map, A).cells[0]!.rating).toEqual({ code: 'G', label: 'Good', colour: '#85B84F', score: 3 });
    expect(rowOf(map, A).cells.every((c) => c.difference === null)).toBe(true);
  });

  it('sorts rows by sector (register order) then agency name', async () => {
    const map = await call<Heatmap>(b, 'analysis.heatmap', { cycleId, mode: 'self' });
    const order = (a: AgencyListRow) => sectors.find((s) => s.id === a.sectorId)!.sortOrder;
    // agencies.list is already by name, so a stable sort by sector gives the expected order.
    const expected = [...pick].sort((x, y) => order(x) - order(y)).map((a) => a.name);
    expect(map.rows.map((r) => r.agencyName)).toEqual(expected);
    expect(map.rows.map((r) => r.sectorName)).toEqual(["LA children's services", 'Health', 'Health', 'Education', 'Education']);
  });

  it('shows moderated ratings where given and self-ratings elsewhere', async () => {
    const map = await call<Heatmap>(b, 'analysis.heatmap', { cycleId, mode: 'moderated' });
    // A: standard 2's items are now O and O; standard 4 moderated down to RI.
    expect(codes(rowOf(map, A)).slice(0, 5)).toEqual(['G', 'O', 'N/A', 'RI', null]);
    expect(codes(rowOf(map, B)).slice(0, 3)).toEqual(['G', 'G', null]);
  });

  it('shows the difference in scale steps, negative when over-optimistic, only where moderated', async () => {
    const map = await call<Heatmap>(b, 'analysis.heatmap', { cycleId, mode: 'difference' });
    expect(rowOf(map, A).cells.slice(0, 5).map((c) => c.difference)).toEqual([null, 2, null, -1, null]);
    expect(rowOf(map, B).cells.slice(0, 3).map((c) => c.difference)).toEqual([-1, 2, null]);
    expect(rowOf(map, A).cells[3]!.rating?.code).toBe('RI');
  });

  it('reads a cycle in the same few queries whatever its size (answers in one query)', async () => {
    let queries = 0;
    const counting = b.ctx.db.withPlugin({
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const small = await insertCycle(b, { frameworkId: compact.id, agencyIds: [pick[0]!.id] });
    await heatmap(counting, small.cycleId, 'difference');
    const forOne = queries;
    queries = 0;
    await heatmap(counting, cycleId, 'difference');
    expect(queries).toBe(forOne);
    expect(forOne).toBeLessThanOrEqual(9);
  });

  it('filters by sector', async () => {
    const health = sectors.find((s) => s.code === 'health')!.id;
    const map = await call<Heatmap>(b, 'analysis.heatmap', { cycleId, mode: 'self', sectorIds: [health] });
    expect(map.rows.map((r) => r.agencyName)).toEqual(pick.slice(2, 4).map((a) => a.name));
  });

  it('counts each level per standard, with N/A and missing adding up to the agencies in scope', async () => {
    const self = await call<Distribution>(b, 'analysis.distribution', { cycleId, basis: 'self' });
    for (const s of self.standards) expect(Object.values(s.counts).reduce((x, y) => x + y, 0) + s.notApplicable + s.missing).toBe(pick.length);
    expect(self.standards[0]).toMatchObject({ number: '1', counts: { O: 1, G: 1, RI: 0, I: 0 }, notApplicable: 0, missing: 3 });
    expect(self.standards[1]).toMatchObject({ counts: { O: 0, G: 0, RI: 1, I: 1 }, missing: 3 });
    expect(self.standards[2]).toMatchObject({ notApplicable: 1, missing: 4 });
    const moderated = await call<Distribution>(b, 'analysis.distribution', { cycleId, basis: 'moderated' });
    expect(moderated.standards[0]!.counts).toEqual({ O: 0, G: 2, RI: 0, I: 0 });
    expect(moderated.standards[1]!.counts).toEqual({ O: 1, G: 1, RI: 0, I: 0 });
  });
});

describe('rolling items up to a standard (s11 policy audit, RAG, items only)', () => {
  it('takes the lowest item rating, or the level nearest the average, leaving N/A items out', async () => {
    const lowest = await frameworkByFamily(b, 's11-policy');
    const average = await editedVersion(b, 's11-policy', 'average', (doc) => {
      doc.standardRollup = 'average';
    });
    const results: string[][] = [];
    for (const f of [lowest, average]) {
      const k = keysOf(f);
      const { cycleId, ca } = await insertCycle(b, { frameworkId: f.id, agencyIds: [pick[0]!.id] });
      await answer(ca.get(pick[0]!.id)!, [
        { targetKey: k.i('1.1'), selfCode: 'G' },
        { targetKey: k.i('1.2'), selfCode: 'G' },
        { targetKey: k.i('1.3'), selfCode: 'R' },
        { targetKey: k.i('1.4'), notApplicable: true, naReason: 'No commissioned services' },
        ...k.itemsOf('2').map((n) => ({ targetKey: k.i(n), notApplicable: true, naReason: 'Not relevant to us' })),
      ]);
      const map = await call<Heatmap>(b, 'analysis.heatmap', { cycleId, mode: 'self' });
      results.push(codes(map.rows[0]!).slice(0, 3) as string[]);
    }
    // Scores G=2, G=2, R=0: lowest is R (Not met); the average 1.33 is nearest A (Partially met).
    expect(results).toEqual([
      ['R', 'N/A', null],
      ['A', 'N/A', null],
    ]);
  });
});

describe('comparison with the previous cycle of the type', () => {
  let P: AgencyListRow, Q: AgencyListRow, R: AgencyListRow, S: AgencyListRow, T: AgencyListRow;
  let oldId: number;
  let prevId: number;
  let nowId: number;
  beforeAll(async () => {
    [P, Q, R, S, T] = all.slice(10, 15) as [AgencyListRow, AgencyListRow, AgencyListRow, AgencyListRow, AgencyListRow];
    const next = await editedVersion(b, 'compact-audit', '2026 renumbered', (doc) => {
      doc.standards.pop();
      doc.standards.push({ number: '13', title: 'Online safety', guidance: null, items: [{ number: '13.1', text: 'Filtering and monitoring are in place', evidencePrompt: null, guidance: null, wordings: [] }] });
    });
    const kOld = keysOf(compact);
    const kNew = keysOf(next);
    const old = await insertCycle(b, { frameworkId: compact.id, agencyIds: [P.id], name: 'EY 2020', cycleType: 'early_years', launchDate: '2020-09-01' });
    oldId = old.cycleId;
    await answer(old.ca.get(P.id)!, [{ targetKey: kOld.s('1'), selfCode: 'I' }]);
    // Another type, more recent (as are the s11 cycles of the tests above): never the previous cycle.
    await insertCycle(b, { frameworkId: compact.id, agencyIds: [P.id], name: 'S175 2025', cycleType: 's175', launchDate: '2025-09-01' });

    const prev = await insertCycle(b, { frameworkId: compact.id, agencyIds: [P.id, Q.id, R.id, T.id], name: 'EY 2024', cycleType: 'early_years', launchDate: '2024-09-01' });
    prevId = prev.cycleId;
    await answer(prev.ca.get(P.id)!, [{ targetKey: kOld.s('1'), selfCode: 'G' }, { targetKey: kOld.s('12'), selfCode: 'G' }]);
    await answer(prev.ca.get(Q.id)!, [{ targetKey: kOld.s('1'), selfCode: 'O' }]);
    await moderate(prev.ca.get(Q.id)!, [{ targetKey: kOld.s('1'), moderatedCode: 'G' }]);
    await answer(prev.ca.get(R.id)!, [{ targetKey: kOld.s('1'), selfCode: 'G' }]);
    await answer(prev.ca.get(T.id)!, [{ targetKey: kOld.s('1'), selfCode: 'G' }]);

    const now = await insertCycle(b, { frameworkId: next.id, agencyIds: [P.id, Q.id, R.id, S.id, T.id], name: 'EY 2026', cycleType: 'early_years', launchDate: '2026-09-01' });
    nowId = now.cycleId;
    await answer(now.ca.get(P.id)!, [{ targetKey: kNew.s('1'), selfCode: 'O' }, { targetKey: kNew.s('2'), selfCode: 'G' }, { targetKey: kNew.s('13'), selfCode: 'G' }]);
    await answer(now.ca.get(Q.id)!, [{ targetKey: kNew.s('1'), selfCode: 'G' }]);
    await answer(now.ca.get(R.id)!, [{ targetKey: kNew.s('1'), selfCode: 'RI' }]);
    await answer(now.ca.get(S.id)!, [{ targetKey: kNew.s('1'), selfCode: 'G' }]);
  });

  const cell = (c: Comparison, agency: AgencyListRow, number: string) => c.rows.find((r) => r.agencyId === agency.id)!.cells.find((x) => x.number === number)!;

  it('finds the latest earlier cycle of the same type and matches standards by number', async () => {
    const c = await call<Comparison>(b, 'analysis.comparison', { cycleId: nowId });
    expect(c).toMatchObject({ previousCycleId: prevId, previousName: 'EY 2024' });
    expect(c.standards.map((s) => [s.number, s.matched])).toEqual([...Array.from({ length: 11 }, (_, i) => [String(i + 1), true]), ['13', false]]);
    expect(cell(c, P, '1')).toMatchObject({ now: { code: 'O' }, before: { code: 'G' }, movement: 'improved' });
    // Q rated itself O before, moderated to G: the comparison uses the rating in force.
    expect(cell(c, Q, '1')).toMatchObject({ before: { code: 'G' }, movement: 'same' });
    expect(cell(c, R, '1').movement).toBe('worse');
    expect(cell(c, S, '1')).toMatchObject({ before: null, movement: 'new' });
    expect(cell(c, P, '2').movement).toBe('new');
    expect(cell(c, T, '1')).toMatchObject({ now: null, movement: 'not_compared' });
    expect(cell(c, P, '13')).toMatchObject({ now: { code: 'G' }, movement: 'not_compared' });
    expect(c.totals).toEqual({ improved: 1, same: 1, worse: 1, new: 2, not_compared: 5 * 12 - 5 });
  });

  it('compares with a chosen cycle, and with the recorded previous cycle first', async () => {
    const chosen = await call<Comparison>(b, 'analysis.comparison', { cycleId: nowId, previousCycleId: oldId });
    expect(chosen.previousName).toBe('EY 2020');
    expect(cell(chosen, P, '1')).toMatchObject({ before: { code: 'I' }, movement: 'improved' });
    expect(cell(chosen, Q, '1').movement).toBe('new');

    await b.ctx.db.updateTable('cycles').set({ previous_cycle_id: oldId }).where('id', '=', nowId).execute();
    expect((await call<Comparison>(b, 'analysis.comparison', { cycleId: nowId })).previousCycleId).toBe(oldId);
    await b.ctx.db.updateTable('cycles').set({ previous_cycle_id: null }).where('id', '=', nowId).execute();
  });

  it('compares nothing when there is no earlier cycle of the type', async () => {
    const first = await insertCycle(b, { frameworkId: compact.id, agencyIds: [P.id], name: 'Partnership audit', cycleType: 'custom' });
    await answer(first.ca.get(P.id)!, [{ targetKey: keysOf(compact).s('1'), selfCode: 'G' }]);
    const c = await call<Comparison>(b, 'analysis.comparison', { cycleId: first.cycleId });
    expect(c).toMatchObject({ previousCycleId: null, previousName: null });
    expect(c.standards.every((s) => !s.matched)).toBe(true);
    expect(c.totals).toEqual({ improved: 0, same: 0, worse: 0, new: 0, not_compared: 12 });
  });
});
