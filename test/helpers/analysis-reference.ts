import type { Db } from '../../electron/backend/db/schema';
import { notFound } from '../../electron/backend/errors';
import type { AnalysisAnswer, CycleAnalysisData } from '../../electron/backend/services/analysis';
import { agenciesInOrder } from '../../electron/backend/services/analysis-summary';
import { loadTargets } from '../../electron/backend/services/answers-write';
import { cycleSortDate } from '../../electron/backend/services/cycle-order';
import { loadScaleForFramework } from '../../electron/backend/services/rating-scale';

// The cycle-wide roll-up straight from every answer, as the heatmap, distribution, board paper and comparison
// worked before the derived rows (return-summaries.ts): the reference those rows are checked against.

/**
 * Everything the analysis needs, in a fixed number of queries whatever the cycle's size: the framework
 * (scale and targets), the agencies in scope, and every answer of the cycle in one query.
 */
export async function loadCycleAnalysis(db: Db, cycleId: number, sectorIds?: number[]): Promise<CycleAnalysisData> {
  const c = await db.selectFrom('cycles').selectAll().where('id', '=', cycleId).executeTakeFirst();
  if (!c) throw notFound('Cycle', cycleId);
  const scale = await loadScaleForFramework(db, c.framework_id);
  const fw = await loadTargets(db, c.framework_id);
  const agencies = await agenciesInOrder(db, cycleId, sectorIds);
  const answers = await db
    .selectFrom('answers as an')
    .innerJoin('cycle_agencies as ca', 'ca.id', 'an.cycle_agency_id')
    .select(['an.cycle_agency_id', 'an.standard_id', 'an.item_id', 'an.self_code', 'an.self_score', 'an.self_na', 'an.moderated_code', 'an.moderated_score'])
    .where('ca.cycle_id', '=', cycleId)
    .execute();
  const answersByAgency = new Map<number, AnalysisAnswer[]>(agencies.map((a) => [a.cycleAgencyId, []]));
  for (const a of answers) answersByAgency.get(a.cycle_agency_id)?.push(a);
  return {
    cycle: { id: c.id, name: c.name, frameworkId: c.framework_id, cycleType: c.cycle_type, previousCycleId: c.previous_cycle_id, sortDate: cycleSortDate(c) },
    scale,
    fw,
    standards: fw.targets.filter((t) => t.itemId === null).map((t) => ({ id: t.standardId, number: t.number, title: t.text })),
    agencies,
    answersByAgency,
  };
}

