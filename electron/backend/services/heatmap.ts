import type { Heatmap, HeatmapCell } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { loadCycleAnalysis, standardCells, standardDifference, type CycleAnalysisData } from './analysis';

export type HeatmapMode = Heatmap['mode'];

/** Cells of one agency's row. In 'difference' mode the rating shown is the moderated one (moderated, else self). */
function rowCells(data: CycleAnalysisData, cycleAgencyId: number, mode: HeatmapMode): HeatmapCell[] {
  const answers = data.answersByAgency.get(cycleAgencyId) ?? [];
  const self = mode === 'moderated' ? null : standardCells(data, answers, 'self');
  const moderated = mode === 'self' ? null : standardCells(data, answers, 'moderated');
  return data.standards.map((s) => {
    const cell = (mode === 'self' ? self : moderated)!.get(s.id);
    return {
      standardId: s.id,
      rating: cell?.rating ?? null,
      difference: mode === 'difference' ? standardDifference(data.scale, self!.get(s.id), cell) : null,
      notApplicable: cell?.notApplicable ?? false,
    };
  });
}

/** Agencies × standards for a cycle, rows by sector then agency name; optionally only some sectors. */
export async function heatmap(db: Db, cycleId: number, mode: HeatmapMode, sectorIds?: number[]): Promise<Heatmap> {
  const data = await loadCycleAnalysis(db, cycleId, sectorIds);
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
