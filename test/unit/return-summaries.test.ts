import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Distribution, Heatmap, ReturnRow } from '../../shared/domain/cycle';
import type { FrameworkDetail } from '../../shared/domain/framework';
import type { Db } from '../../electron/backend/db/schema';
import { standardCells, standardDifference, type Basis } from '../../electron/backend/services/analysis';
import { loadCycleAnalysis } from '../helpers/analysis-reference';
import { answerFlags, isAnswered } from '../../electron/backend/services/return-rules';
import { ensureReturnSummaries } from '../../electron/backend/services/return-summaries';
import { call, tempBackend } from '../helpers/backend';
import { agencies, frameworkByFamily, insertCycle } from '../helpers/cycle-fixture';

// The derived rows (return_standards, return_progress) must always say what rolling up the answers says. The
// reference below is the roll-up the heatmap and distribution used before the derived rows existed, straight
// from every answer of the cycle.

let b: Awaited<ReturnType<typeof tempBackend>>;
beforeAll(async () => {
  b = await tempBackend({ seedDemo: true });
});
afterAll(() => b.close());

const MODES = ['self', 'moderated', 'difference'] as const;

async function reference(db: Db, cycleId: number) {
  const data = await loadCycleAnalysis(db, cycleId);
  const cellsOf = (caId: number, basis: Basis) => standardCells(data, data.answersByAgency.get(caId) ?? [], basis);
  const heat = (mode: (typeof MODES)[number]) =>
    data.agencies.map((a) => {
      const self = cellsOf(a.cycleAgencyId, 'self');
      const mod = cellsOf(a.cycleAgencyId, 'moderated');
      return {
        cycleAgencyId: a.cycleAgencyId,
        cells: data.standards.map((s) => {
          const cell = (mode === 'self' ? self : mod).get(s.id);
          return { standardId: s.id, rating: cell?.rating ?? null, difference: mode === 'difference' ? standardDifference(data.scale, self.get(s.id), mod.get(s.id)) : null, notApplicable: cell?.notApplicable ?? false };
        }),
      };
    });
  const dist = (basis: Basis) =>
    data.standards.map((s) => {
      const counts: Record<string, number> = Object.fromEntries(data.scale.levels.map((l) => [l.code, 0]));
      let na = 0;
      let missing = 0;
      for (const a of data.agencies) {
        const c = cellsOf(a.cycleAgencyId, basis).get(s.id);
        if (c?.rating) counts[c.rating.code]! += 1;
        else if (c?.notApplicable) na += 1;
        else missing += 1;
      }
      return { id: s.id, counts, notApplicable: na, missing };
    });
  const rt = data.fw.ratingTarget;
  const progress = new Map(
    data.agencies.map((a) => {
      const answers = data.answersByAgency.get(a.cycleAgencyId) ?? [];
      const flags = answers.map((x) => answerFlags(data.scale, x));
      return [
        a.cycleAgencyId,
        {
          answered: answers.filter((x) => isAnswered(x) && (rt === 'both' || (rt === 'standards') === (x.item_id === null))).length,
          overOptimistic: flags.filter((f) => f.overOptimistic).length,
          underscored: flags.filter((f) => f.underscored).length,
          weak: flags.filter((f) => f.weak).length,
        },
      ];
    }),
  );
  return { heat, dist, progress };
}

async function expectInStep(cycleId: number) {
  const ref = await reference(b.ctx.db, cycleId);
  for (const mode of MODES) {
    const h = await call<Heatmap>(b, 'analysis.heatmap', { cycleId, mode });
    expect(h.rows.map((r) => ({ cycleAgencyId: r.cycleAgencyId, cells: r.cells })), `heatmap ${mode} of cycle ${cycleId}`).toEqual(ref.heat(mode));
  }
  for (const basis of ['self', 'moderated'] as const) {
    const d = await call<Distribution>(b, 'analysis.distribution', { cycleId, basis });
    expect(d.standards.map((s) => ({ id: s.id, counts: s.counts, notApplicable: s.notApplicable, missing: s.missing })), `distribution ${basis} of cycle ${cycleId}`).toEqual(ref.dist(basis));
  }
  const rows = await call<ReturnRow[]>(b, 'returns.list', { cycleId });
  for (const r of rows) expect({ answered: r.answered, overOptimistic: r.overOptimistic, underscored: r.underscored, weak: r.weak }, `return ${r.cycleAgencyId}`).toEqual(ref.progress.get(r.cycleAgencyId));
}

describe('derived return summaries', () => {
  it('agree with the roll-up of every answer on every cycle of the demo partnership', async () => {
    const cycles = await b.ctx.db.selectFrom('cycles').select('id').execute();
    expect(cycles.length).toBeGreaterThan(1);
    const withRatings = await b.ctx.db.selectFrom('return_standards').select((e) => e.fn.countAll<number>().as('n')).where('self_code', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(withRatings.n)).toBeGreaterThan(100);
    for (const c of cycles) await expectInStep(c.id);
  });

  it('are rebuilt on open for any return missing them, and left alone when none is', async () => {
    const cycleId = (await b.ctx.db.selectFrom('cycles').select('id').where('historical', '=', 0).orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
    const ids = (await b.ctx.db.selectFrom('cycle_agencies').select('id').where('cycle_id', '=', cycleId).execute()).map((r) => r.id);
    await b.ctx.db.deleteFrom('return_standards').where('cycle_agency_id', 'in', ids).execute();
    await b.ctx.db.deleteFrom('return_progress').where('cycle_agency_id', 'in', ids).execute();
    expect(await ensureReturnSummaries(b.ctx.db)).toBe(ids.length);
    expect(await ensureReturnSummaries(b.ctx.db)).toBe(0);
    await expectInStep(cycleId);
  });

  for (const [family, version] of [['compact-audit', '2023'], ['s11-policy', undefined]] as const) {
    it(`stay in step through any mix of answering, moderating and scope changes (${family})`, async () => {
      const fw: FrameworkDetail = await frameworkByFamily(b, family, version);
      const targets = fw.doc.standards.flatMap((s) => [`s:${s.id}`, ...s.items.map((i) => `i:${i.id}`)]);
      const levels = fw.doc.scale.levels.map((l) => l.code);
      const pool = (await agencies(b)).slice(0, 6).map((a) => a.id);
      const rating = fc.oneof(fc.constantFrom(...levels), fc.constant('N/A'), fc.constant(null));
      const op = fc.oneof(
        fc.record({ kind: fc.constant('answer' as const), who: fc.nat(5), picks: fc.array(fc.tuple(fc.nat(targets.length - 1), rating), { minLength: 1, maxLength: 25 }) }),
        fc.record({ kind: fc.constant('moderate' as const), who: fc.nat(5), picks: fc.array(fc.tuple(fc.nat(targets.length - 1), fc.option(fc.constantFrom(...levels))), { minLength: 1, maxLength: 10 }) }),
        fc.record({ kind: fc.constant('scope' as const), who: fc.nat(5), add: fc.boolean() }),
      );
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
          const f = await insertCycle(b, { frameworkId: fw.id, agencyIds: pool.slice(0, 4), name: `Property cycle ${++runs}` });
          const caOf = async (agencyId: number) =>
            (await b.ctx.db.selectFrom('cycle_agencies').select('id').where('cycle_id', '=', f.cycleId).where('agency_id', '=', agencyId).executeTakeFirst())?.id;
          for (const o of ops) {
            const agencyId = pool[o.who]!;
            const ca = await caOf(agencyId);
            if (o.kind === 'scope') {
              await call(b, 'cycles.setScope', { id: f.cycleId, ...(o.add ? { add: [agencyId] } : { remove: [agencyId] }) }).catch(() => undefined);
            } else if (ca !== undefined && o.kind === 'answer') {
              const seen = new Map(o.picks.map(([t, r]) => [targets[t]!, r]));
              const answers = [...seen].map(([targetKey, r]) => (r === 'N/A' ? { targetKey, notApplicable: true, naReason: 'Not a service we run' } : { targetKey, selfCode: r }));
              // Refused input (a rating where the framework rates none, N/A the scale does not allow) changes nothing.
              await call(b, 'returns.saveAnswers', { cycleAgencyId: ca, answers }).catch(() => undefined);
            } else if (ca !== undefined && o.kind === 'moderate') {
              const seen = new Map(o.picks.map(([t, code]) => [targets[t]!, code]));
              await call(b, 'returns.moderate', { cycleAgencyId: ca, moderations: [...seen].map(([targetKey, moderatedCode]) => ({ targetKey, moderatedCode })) }).catch(() => undefined);
            }
          }
          await expectInStep(f.cycleId);
        }),
        { numRuns: 12, seed: 20261122 },
      );
    }, 120_000);
  }
});
