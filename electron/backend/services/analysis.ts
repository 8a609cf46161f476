import type { Rating } from '../../../shared/domain/cycle';
import type { FrameworkTargets } from './answers-write';
import { storedRating } from './answers-read';
import { rollUp, stepsBetter, type LoadedScale } from './rating-scale';

/**
 * Standard-level ratings for cycle-wide analysis (heatmap, distribution, comparison, matrix export).
 *
 * A standard's rating for one agency is its direct standard answer when the framework rates standards
 * ('standards' or 'both') and the agency gave one; otherwise the roll-up of its item ratings by the
 * framework's rule (lowest, highest or average; items marked N/A are left out). A standard whose
 * answers are all N/A is N/A; one with nothing rated is missing.
 *
 * Basis 'self' uses the agency's own ratings. Basis 'moderated' uses the moderated rating where the
 * moderator gave one and the self-rating otherwise: the picture a board paper shows after moderation,
 * including agencies not yet (or only partly) moderated.
 *
 * These rules run when answers are written (return-summaries.ts); the heatmap, distribution, comparison and
 * board paper read the derived rows (analysis-summary.ts).
 */
export type Basis = 'self' | 'moderated';

export interface AnalysisAnswer {
  cycle_agency_id: number;
  standard_id: number;
  item_id: number | null;
  self_code: string | null;
  self_score: number | null;
  self_na: number;
  moderated_code: string | null;
  moderated_score: number | null;
}

export interface AnalysisAgency {
  cycleAgencyId: number;
  agencyId: number;
  agencyName: string;
  sectorId: number;
  sectorName: string;
}

/** A cycle's framework as the roll-up needs it. */
export interface AnalysisModel {
  scale: LoadedScale;
  fw: FrameworkTargets;
  standards: Array<{ id: number; number: string; title: string }>;
}

export interface CycleAnalysisData extends AnalysisModel {
  cycle: { id: number; name: string; frameworkId: number; cycleType: string; previousCycleId: number | null; sortDate: string };
  /** Sorted by sector (register order) then agency name. */
  agencies: AnalysisAgency[];
  answersByAgency: Map<number, AnalysisAnswer[]>;
}

export interface StandardCell {
  rating: Rating | null;
  notApplicable: boolean;
  /** Some answer of the standard carries a moderated rating. */
  moderated: boolean;
}

/** One answer on a basis: its rating, or N/A, or nothing. */
function effective(scale: LoadedScale, a: AnalysisAnswer, basis: Basis): { rating: Rating | null; na: boolean } {
  if (basis === 'moderated' && a.moderated_code) {
    const m = storedRating(scale, a.moderated_code, a.moderated_score);
    if (m) return { rating: m, na: false };
  }
  if (a.self_na === 1) return { rating: null, na: true };
  return { rating: storedRating(scale, a.self_code, a.self_score), na: false };
}

/** Standard id → the agency's standard-level cell on a basis. */
export function standardCells(data: AnalysisModel, answers: AnalysisAnswer[], basis: Basis): Map<number, StandardCell> {
  const rateStandards = data.fw.ratingTarget !== 'items';
  const rateItems = data.fw.ratingTarget !== 'standards';
  const byStandard = new Map<number, AnalysisAnswer[]>();
  for (const a of answers) {
    const list = byStandard.get(a.standard_id);
    if (list) list.push(a);
    else byStandard.set(a.standard_id, [a]);
  }
  const out = new Map<number, StandardCell>();
  for (const s of data.standards) {
    const mine = byStandard.get(s.id) ?? [];
    const moderated = mine.some((a) => a.moderated_code !== null);
    const direct = rateStandards ? mine.find((a) => a.item_id === null) : undefined;
    const d = direct ? effective(data.scale, direct, basis) : null;
    if (d?.rating || d?.na) {
      out.set(s.id, { rating: d.rating, notApplicable: d.na, moderated });
      continue;
    }
    const items = rateItems ? mine.filter((a) => a.item_id !== null).map((a) => effective(data.scale, a, basis)) : [];
    const rated = items.flatMap((i) => (i.rating ? [i.rating] : []));
    const rating = rated.length ? rollUp(data.scale, data.fw.standardRollup, rated) : null;
    out.set(s.id, { rating, notApplicable: !rating && items.some((i) => i.na), moderated });
  }
  return out;
}

/**
 * Moderated minus self at standard level, in scale steps (stepsBetter(moderated, self)): negative when the
 * agency rated itself better than the moderator did. Null unless the standard was moderated and both exist.
 */
export function standardDifference(scale: LoadedScale, self: StandardCell | undefined, moderated: StandardCell | undefined): number | null {
  if (!self?.rating || !moderated?.rating || !moderated.moderated) return null;
  return stepsBetter(scale, moderated.rating.code, self.rating.code);
}
