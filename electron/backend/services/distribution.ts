import type { Distribution } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import type { Basis } from './analysis';
import { basisColumns, loadAnalysisModel } from './analysis-summary';

/**
 * How many agencies in scope gave each standard each level, on a basis (see analysis.ts). Per standard,
 * the level counts plus N/A plus missing add up to the agencies in scope. Counted in the database from the
 * derived standard ratings (return-summaries.ts), so the cost is the same for 20 agencies or 2,000.
 */
export async function distribution(db: Db, cycleId: number, basis: Basis): Promise<Distribution> {
  const model = await loadAnalysisModel(db, cycleId);
  const col = basisColumns(basis);
  const inScope = Number(
    (await db.selectFrom('cycle_agencies').select((e) => e.fn.countAll<number>().as('n')).where('cycle_id', '=', cycleId).executeTakeFirstOrThrow()).n,
  );
  const counted = await db
    .selectFrom('return_standards')
    .select((e) => ['standard_id', e.ref(col.code).as('code'), e.ref(col.na).as('na'), e.fn.countAll<number>().as('n')])
    .where('cycle_id', '=', cycleId)
    .groupBy(['standard_id', col.code, col.na])
    .execute();
  const standards = model.standards.map((s) => ({
    ...s,
    counts: Object.fromEntries(model.scale.levels.map((l) => [l.code, 0])) as Record<string, number>,
    notApplicable: 0,
    missing: inScope,
  }));
  const byId = new Map(standards.map((s) => [s.id, s]));
  for (const c of counted) {
    const s = byId.get(c.standard_id);
    if (!s) continue;
    const n = Number(c.n);
    if (c.code) s.counts[c.code] = (s.counts[c.code] ?? 0) + n;
    else if (c.na === 1) s.notApplicable += n;
    else continue;
    s.missing -= n;
  }
  return { cycleId, basis, levels: model.scale.levels, standards };
}
