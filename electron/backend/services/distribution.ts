import type { Distribution } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { loadCycleAnalysis, standardCells, type Basis } from './analysis';

/**
 * How many agencies in scope gave each standard each level, on a basis (see analysis.ts). Per standard,
 * the level counts plus N/A plus missing add up to the agencies in scope.
 */
export async function distribution(db: Db, cycleId: number, basis: Basis): Promise<Distribution> {
  const data = await loadCycleAnalysis(db, cycleId);
  const standards = data.standards.map((s) => ({
    ...s,
    counts: Object.fromEntries(data.scale.levels.map((l) => [l.code, 0])) as Record<string, number>,
    notApplicable: 0,
    missing: 0,
  }));
  for (const a of data.agencies) {
    const cells = standardCells(data, data.answersByAgency.get(a.cycleAgencyId) ?? [], basis);
    for (const s of standards) {
      const cell = cells.get(s.id);
      if (cell?.rating) s.counts[cell.rating.code] = (s.counts[cell.rating.code] ?? 0) + 1;
      else if (cell?.notApplicable) s.notApplicable += 1;
      else s.missing += 1;
    }
  }
  return { cycleId, basis, levels: data.scale.levels, standards };
}
