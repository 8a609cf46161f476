import type { Insertable } from 'kysely';
import type { Db, ReturnStandardsTable } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { standardCells, type AnalysisAnswer, type AnalysisModel } from './analysis';
import { loadTargets, type FrameworkTargets } from './answers-write';
import { loadScaleForFramework, type LoadedScale } from './rating-scale';
import { answerFlags, isAnswered } from './return-rules';

// Each return's standard-level ratings and progress counts, derived from its answers and kept beside them.
// Reading a 2,000-agency cycle's 150,000 answers and rolling them up took ~100 ms per tracker, heatmap or
// distribution call; the derived rows make those reads a few milliseconds. They are rewritten from the
// answers, never patched, so the rules live in one place (analysis.ts, return-rules.ts). Every service that
// writes answers calls refreshReturnSummaries in its own transaction; ensureReturnSummaries rebuilds any
// return missing its row when the database opens (after migration 0007, or a write made outside the services).

const CHUNK = 200;

export const analysisModelOf = (fw: FrameworkTargets, scale: LoadedScale): AnalysisModel => ({
  fw,
  scale,
  standards: fw.targets.filter((t) => t.itemId === null).map((t) => ({ id: t.standardId, number: t.number, title: t.text })),
});

/** The framework model of each cycle, loaded once per refresh. */
async function modelsFor(db: Db, cycleIds: number[]): Promise<Map<number, AnalysisModel>> {
  const cycles = await db.selectFrom('cycles').select(['id', 'framework_id']).where('id', 'in', cycleIds).execute();
  const byFramework = new Map<number, AnalysisModel>();
  const out = new Map<number, AnalysisModel>();
  for (const c of cycles) {
    let m = byFramework.get(c.framework_id);
    if (!m) {
      m = analysisModelOf(await loadTargets(db, c.framework_id), await loadScaleForFramework(db, c.framework_id));
      byFramework.set(c.framework_id, m);
    }
    out.set(c.id, m);
  }
  return out;
}

/** The derived rows of one return from its answers. */
export function summariseReturn(model: AnalysisModel, cycleId: number, cycleAgencyId: number, answers: AnalysisAnswer[]) {
  const self = standardCells(model, answers, 'self');
  const mod = standardCells(model, answers, 'moderated');
  const standards: Array<Insertable<ReturnStandardsTable>> = model.standards.map((s) => {
    const a = self.get(s.id);
    const b = mod.get(s.id);
    return {
      cycle_agency_id: cycleAgencyId,
      standard_id: s.id,
      cycle_id: cycleId,
      self_code: a?.rating?.code ?? null,
      self_score: a?.rating?.score ?? null,
      self_na: a?.notApplicable ? 1 : 0,
      mod_code: b?.rating?.code ?? null,
      mod_score: b?.rating?.score ?? null,
      mod_na: b?.notApplicable ? 1 : 0,
      moderated: b?.moderated ? 1 : 0,
    };
  });
  // Progress counts only what the framework rates (items, standards or both).
  const rt = model.fw.ratingTarget;
  const ratable = (standard: boolean) => rt === 'both' || (rt === 'standards') === standard;
  const progress = { cycle_agency_id: cycleAgencyId, cycle_id: cycleId, answered: 0, over_optimistic: 0, underscored: 0, weak: 0 };
  for (const a of answers) {
    const f = answerFlags(model.scale, a);
    if (isAnswered(a) && ratable(a.item_id === null)) progress.answered++;
    if (f.overOptimistic) progress.over_optimistic++;
    if (f.underscored) progress.underscored++;
    if (f.weak) progress.weak++;
  }
  return { standards, progress };
}

/**
 * Rewrites the derived rows of these returns from their answers. Call inside the transaction that wrote them.
 * `model`: their framework, when the caller already holds it (every return given must be of that framework).
 */
export async function refreshReturnSummaries(db: Db, cycleAgencyIds: number[], model?: AnalysisModel): Promise<void> {
  const ids = [...new Set(cycleAgencyIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const scope = await db.selectFrom('cycle_agencies').select(['id', 'cycle_id']).where('id', 'in', part).execute();
    if (!scope.length) continue;
    const models = model ? null : await modelsFor(db, [...new Set(scope.map((s) => s.cycle_id))]);
    const answers = await db
      .selectFrom('answers')
      .select(['cycle_agency_id', 'standard_id', 'item_id', 'self_code', 'self_score', 'self_na', 'moderated_code', 'moderated_score'])
      .where('cycle_agency_id', 'in', part)
      .execute();
    const byReturn = new Map<number, AnalysisAnswer[]>(scope.map((s) => [s.id, []]));
    for (const a of answers) byReturn.get(a.cycle_agency_id)?.push(a);
    const standards: Array<Insertable<ReturnStandardsTable>> = [];
    const progress = [];
    for (const s of scope) {
      const rows = summariseReturn(model ?? models!.get(s.cycle_id)!, s.cycle_id, s.id, byReturn.get(s.id)!);
      standards.push(...rows.standards);
      progress.push(rows.progress);
    }
    await db.deleteFrom('return_standards').where('cycle_agency_id', 'in', part).execute();
    await db.deleteFrom('return_progress').where('cycle_agency_id', 'in', part).execute();
    // 10 columns a row: 50 rows stay well inside every database's bound-parameter limit.
    for (let j = 0; j < standards.length; j += 50) await db.insertInto('return_standards').values(standards.slice(j, j + 50)).execute();
    for (let j = 0; j < progress.length; j += 100) await db.insertInto('return_progress').values(progress.slice(j, j + 100)).execute();
  }
}

/** Builds the derived rows of every return that has none (all of them, the first time). Returns how many. */
export async function ensureReturnSummaries(db: Db): Promise<number> {
  const missing = await db
    .selectFrom('cycle_agencies as ca')
    .leftJoin('return_progress as rp', 'rp.cycle_agency_id', 'ca.id')
    .select('ca.id')
    .where('rp.cycle_agency_id', 'is', null)
    .orderBy('ca.id')
    .execute();
  if (missing.length) await inTransaction(db, (trx) => refreshReturnSummaries(trx, missing.map((m) => m.id)));
  return missing.length;
}
