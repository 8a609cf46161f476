import type { Heatmap, HeatmapCell } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { standardDifference } from './analysis';
import { loadCycleSummary, type CycleSummary } from './analysis-summary';

export type HeatmapMode = Heatmap['mode'];

/** Cells of one agency's row. In 'difference' mode the rating shown is the moderated one (moderated, else self). */
function rowCells(data: CycleSummary, cycleAgencyId: number, mode: HeatmapMode): HeatmapCell[] {
  const mine = data.cells.get(cycleAgencyId);
  return data.standards.map((s) => {
    const c = mine?.get(s.id);
    const cell = mode === 'self' ? c?.self : c?.moderated;
    return {
      standardId: s.id,
      rating: cell?.rating ?? null,
      difference: mode === 'difference' ? standardDifference(data.scale, c?.self, c?.moderated) : null,
      notApplicable: cell?.notApplicable ?? false,
    };
  });
}

/** Agencies × standards for a cycle, rows by sector then agency name; optionally only some sectors. */
export async function heatmap(db: Db, cycleId: number, mode: HeatmapMode, sectorIds?: number[]): Promise<Heatmap> {
  const data = await loadCycleSummary(db, cycleId, sectorIds, { self: mode !== 'moderated', moderated: mode !== 'self' });
  return {
    cycleId,
    mode,
    standards: data.standards,
    levels: data.scale.levels,
    rows: data.agencies.map((a) => ({
      cycleAgencyId: a.cycleAgencyId,
      agencyId: a.agencyId,
      agencyName: a.agencyName,
      sectorName: a.sectorName,
      cells: rowCells(data, a.cycleAgencyId, mode),
    })),
  };
}
