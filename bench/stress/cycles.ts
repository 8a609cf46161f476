import { format } from 'date-fns';
import type { ServiceContext } from '../../electron/backend/context';
import { inTransaction } from '../../electron/backend/db/transaction';
import { loadTargets, normaliseAnswers, writeAnswers } from '../../electron/backend/services/answers-write';
import { createCycle } from '../../electron/backend/services/cycles';
import { listFrameworks } from '../../electron/backend/services/frameworks';
import { loadScaleForFramework } from '../../electron/backend/services/rating-scale';
import type { Random } from '../../electron/backend/demo/random';

// One Compact Audit cycle with every organisation in scope and every return in: 2,000 × 75 answers,
// a quarter moderated, statuses spread across the tracker.

export interface StressCycle {
  cycleId: number;
  frameworkId: number;
  answers: number;
}

export async function generateCycle(ctx: ServiceContext, r: Random, name = 'Stress Compact Audit 2026'): Promise<StressCycle> {
  const compact = (await listFrameworks(ctx.db)).find((f) => f.familyKey === 'compact-audit' && f.builtIn)!;
  const agencyIds = (await ctx.db.selectFrom('agencies').select('id').where('active', '=', 1).orderBy('id').execute()).map((a) => a.id);
  const today = ctx.now();
  const cycle = await createCycle(ctx.db, ctx, {
    name,
    cycleType: 's11',
    frameworkId: compact.id,
    periodLabel: '2026/27',
    launchDate: format(new Date(today.getTime() - 70 * 864e5), 'yyyy-MM-dd'),
    initialDeadline: format(new Date(today.getTime() - 16 * 864e5), 'yyyy-MM-dd'),
    finalDeadline: format(new Date(today.getTime() + 12 * 864e5), 'yyyy-MM-dd'),
  }, agencyIds);
  const scale = await loadScaleForFramework(ctx.db, compact.id);
  const fw = await loadTargets(ctx.db, compact.id);
  const scope = await ctx.db.selectFrom('cycle_agencies').select(['id']).where('cycle_id', '=', cycle.id).orderBy('id').execute();
  let answers = 0;
  await inTransaction(ctx.db, async (trx) => {
    for (const row of scope) {
      const raw = fw.targets.filter((t) => t.ratable).map((t) => ({ targetKey: t.key, rating: r.pick(scale.levels).code, evidence: 'Policy and training records held.' }));
      const { answers: norm } = normaliseAnswers(scale, fw, raw);
      answers += await writeAnswers(trx, ctx, row.id, norm, { source: 'import', replaceAll: true, summary: 'stress return' });
      const status = r.chance(0.7) ? 'returned' : r.chance(0.5) ? 'accepted' : 'issued';
      await trx
        .updateTable('cycle_agencies')
        .set({ status, issued_on: cycle.launchDate, returned_on: status === 'issued' ? null : format(new Date(today.getTime() - r.int(1, 40) * 864e5), 'yyyy-MM-dd') })
        .where('id', '=', row.id)
        .execute();
      if (r.chance(0.25)) {
        const level = r.pick(scale.levels);
        await trx
          .updateTable('answers')
          .set({ moderated_code: level.code, moderated_score: level.score, moderated_by: 'bench', moderated_at: today.toISOString() })
          .where('cycle_agency_id', '=', row.id)
          .where('target_key', 'like', 's:%')
          .execute();
      }
    }
  });
  return { cycleId: cycle.id, frameworkId: compact.id, answers };
}
