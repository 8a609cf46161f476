import type { Comparison, Movement } from '../../../shared/domain/cycle';
import type { Db } from '../db/schema';
import { invalid } from '../errors';
import type { StandardCell } from './analysis';
import { loadCycleSummary } from './analysis-summary';
import { previousCycleOf } from './cycle-order';
import { rankOf, type LoadedScale } from './rating-scale';

// This cycle against an earlier one of its type, per agency and standard, on the moderated basis (the
// rating in force: moderated where given, else self). Standards are matched by number, so a renumbered
// or new standard is shown as not compared rather than compared with something else.

/** 0 is best, 1 worst: ranks on scales of different lengths stay comparable; on one scale it is rank order. */
const position = (scale: LoadedScale, code: string) => rankOf(scale, code) / Math.max(1, scale.levels.length - 1);

function movement(nowScale: LoadedScale, now: StandardCell | undefined, beforeScale: LoadedScale, before: StandardCell | undefined): Movement {
  if (!now?.rating) return 'not_compared';
  if (!before?.rating) return 'new';
  const d = position(beforeScale, before.rating.code) - position(nowScale, now.rating.code);
  return Math.abs(d) < 1e-9 ? 'same' : d > 0 ? 'improved' : 'worse';
}

export async function comparison(db: Db, cycleId: number, previousCycleId?: number): Promise<Comparison> {
  // The moderated basis only: both cycles' derived standard ratings (return-summaries.ts), not every answer.
  const basis = { self: false, moderated: true };
  const now = await loadCycleSummary(db, cycleId, undefined, basis);
  const prevId = previousCycleId ?? (await previousCycleOf(db, cycleId));
  if (prevId === cycleId) throw invalid('A cycle cannot be compared with itself; choose an earlier cycle.');
  const before = prevId ? await loadCycleSummary(db, prevId, undefined, basis) : null;
  const beforeStandard = new Map((before?.standards ?? []).map((s) => [s.number, s.id]));
  const beforeAgency = new Map((before?.agencies ?? []).map((a) => [a.agencyId, a.cycleAgencyId]));
  const totals: Record<Movement, number> = { improved: 0, same: 0, worse: 0, new: 0, not_compared: 0 };

  const rows = now.agencies.map((a) => {
    const nowCells = now.cells.get(a.cycleAgencyId);
    const prevCa = beforeAgency.get(a.agencyId);
    const beforeCells = before && prevCa !== undefined ? before.cells.get(prevCa) : undefined;
    const cells = now.standards.map((s) => {
      const cell = nowCells?.get(s.id)?.moderated;
      const matchedId = beforeStandard.get(s.number);
      const prev = matchedId !== undefined ? beforeCells?.get(matchedId)?.moderated : undefined;
      const m: Movement = before && matchedId !== undefined ? movement(now.scale, cell, before.scale, prev) : 'not_compared';
      totals[m] += 1;
      return { number: s.number, now: cell?.rating ?? null, before: prev?.rating ?? null, movement: m };
    });
    return { agencyId: a.agencyId, agencyName: a.agencyName, cells };
  });

  return {
    cycleId,
    previousCycleId: before?.cycleId ?? null,
    previousName: before?.cycleName ?? null,
    standards: now.standards.map((s) => ({ number: s.number, title: s.title, matched: beforeStandard.has(s.number) })),
    rows,
    totals,
  };
}
