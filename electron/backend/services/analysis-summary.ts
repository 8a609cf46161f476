import type { Db } from '../db/schema';
import { notFound } from '../errors';
import type { AnalysisAgency, AnalysisModel, Basis, StandardCell } from './analysis';
import { storedRating } from './answers-read';
import { loadTargets } from './answers-write';
import { loadScaleForFramework } from './rating-scale';
import { analysisModelOf } from './return-summaries';

// Cycle-wide analysis read from the derived rows (return-summaries.ts): one row per return and standard rather
// than every answer, so the heatmap reads 24,000 narrow rows for a 2,000-agency cycle instead of 150,000 wide ones.

export interface SummaryCells {
  self: StandardCell;
  moderated: StandardCell;
}

export interface CycleSummary extends AnalysisModel {
  cycleId: number;
  cycleName: string;
  /** Sorted by sector (register order) then agency name, as loadCycleAnalysis sorts them. */
  agencies: AnalysisAgency[];
  /** cycle agency id → standard id → its cells; a return with no answers has none. */
  cells: Map<number, Map<number, SummaryCells>>;
}

export async function loadAnalysisModel(db: Db, cycleId: number): Promise<AnalysisModel & { frameworkId: number; cycleName: string }> {
  const c = await db.selectFrom('cycles').select(['id', 'framework_id', 'name']).where('id', '=', cycleId).executeTakeFirst();
  if (!c) throw notFound('Cycle', cycleId);
  const [fw, scale] = await Promise.all([loadTargets(db, c.framework_id), loadScaleForFramework(db, c.framework_id)]);
  return { frameworkId: c.framework_id, cycleName: c.name, ...analysisModelOf(fw, scale) };
}

/** A cycle's agencies in scope, by sector (register order) then name; optionally only some sectors. */
export async function agenciesInOrder(db: Db, cycleId: number, sectorIds?: number[]): Promise<AnalysisAgency[]> {
  let q = db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .innerJoin('sectors as s', 's.id', 'a.sector_id')
    .select(['ca.id', 'ca.agency_id', 'a.name', 'a.sector_id', 's.name as sector_name'])
    .where('ca.cycle_id', '=', cycleId);
  if (sectorIds?.length) q = q.where('a.sector_id', 'in', sectorIds);
  const rows = await q.orderBy('s.sort_order').orderBy('s.name').orderBy('a.name_key').orderBy('a.id').execute();
  return rows.map((a) => ({ cycleAgencyId: a.id, agencyId: a.agency_id, agencyName: a.name, sectorId: a.sector_id, sectorName: a.sector_name }));
}

export async function loadCycleSummary(db: Db, cycleId: number, sectorIds?: number[], bases: { self?: boolean; moderated?: boolean } = { self: true, moderated: true }): Promise<CycleSummary> {
  const model = await loadAnalysisModel(db, cycleId);
  const agencies = await agenciesInOrder(db, cycleId, sectorIds);
  // Only the columns of the bases asked for: on a 2,000-agency cycle each column is 24,000 values.
  const rows = await db
    .selectFrom('return_standards')
    .select(['cycle_agency_id', 'standard_id', 'moderated'])
    .$if(bases.self === true, (x) => x.select(['self_code', 'self_score', 'self_na']))
    .$if(bases.moderated === true, (x) => x.select(['mod_code', 'mod_score', 'mod_na']))
    .where('cycle_id', '=', cycleId)
    .execute();
  const wanted = sectorIds?.length ? new Set(agencies.map((a) => a.cycleAgencyId)) : null;
  const cells = new Map<number, Map<number, SummaryCells>>();
  const { scale } = model;
  const none: StandardCell = { rating: null, notApplicable: false, moderated: false };
  for (const r of rows) {
    if (wanted && !wanted.has(r.cycle_agency_id)) continue;
    let m = cells.get(r.cycle_agency_id);
    if (!m) cells.set(r.cycle_agency_id, (m = new Map()));
    const moderated = r.moderated === 1;
    m.set(r.standard_id, {
      self: bases.self ? { rating: storedRating(scale, r.self_code ?? null, r.self_score ?? null), notApplicable: r.self_na === 1, moderated } : none,
      moderated: bases.moderated ? { rating: storedRating(scale, r.mod_code ?? null, r.mod_score ?? null), notApplicable: r.mod_na === 1, moderated } : none,
    });
  }
  return {
    ...model,
    cycleId,
    agencies,
    cells,
  };
}

/** The derived columns holding a basis: self-ratings, or moderated where given and self otherwise. */
export const basisColumns = (basis: Basis) => (basis === 'self' ? ({ code: 'self_code', na: 'self_na' } as const) : ({ code: 'mod_code', na: 'mod_na' } as const));
