import { format } from 'date-fns';
import type { ServiceContext } from '../../electron/backend/context';
import { inTransaction } from '../../electron/backend/db/transaction';
import { loadTargets, normaliseAnswers, writeAnswers } from '../../electron/backend/services/answers-write';
import { createCycle } from '../../electron/backend/services/cycles';
import { listFrameworks } from '../../electron/backend/services/frameworks';
import { loadScaleForFramework } from '../../electron/backend/services/rating-scale';
import { todayOf } from '../../electron/backend/services/write-context';
import { addDaysIso } from '../../shared/domain/dates';
import { programmeYearOf } from '../../electron/backend/demo/demo-case-audits';
import type { Random } from '../../electron/backend/demo/random';
import { moderateReturns, rawAnswersFor, type Qualities } from './cycle-answers';

// The current Compact Audit cycle with every organisation in scope and every return written: 2,000 × 75
// answers at full size, statuses spread across the tracker, the accepted returns and some others moderated.

export interface StressCycle {
  cycleId: number;
  frameworkId: number;
  /** e.g. "2026/27". */
  periodLabel: string;
  inScope: number;
  answers: number;
  /** Answers with a moderated rating. */
  moderated: number;
}

export async function generateCycle(ctx: ServiceContext, r: Random, qualities: Qualities, name = 'Stress Compact Audit 2026'): Promise<StressCycle> {
  const compact = (await listFrameworks(ctx.db)).find((f) => f.familyKey === 'compact-audit' && f.builtIn)!;
  const agencyIds = (await ctx.db.selectFrom('agencies').select('id').where('active', '=', 1).orderBy('id').execute()).map((a) => a.id);
  const now = ctx.now();
  const today = todayOf(ctx);
  const periodLabel = programmeYearOf(today);
  const cycle = await createCycle(ctx.db, ctx, {
    name,
    cycleType: 's11',
    frameworkId: compact.id,
    periodLabel,
    launchDate: format(new Date(now.getTime() - 70 * 864e5), 'yyyy-MM-dd'),
    initialDeadline: format(new Date(now.getTime() - 16 * 864e5), 'yyyy-MM-dd'),
    finalDeadline: format(new Date(now.getTime() + 12 * 864e5), 'yyyy-MM-dd'),
  }, agencyIds);
  const scale = await loadScaleForFramework(ctx.db, compact.id);
  const fw = await loadTargets(ctx.db, compact.id);
  const scope = await ctx.db.selectFrom('cycle_agencies').select(['id', 'agency_id']).where('cycle_id', '=', cycle.id).orderBy('id').execute();
  let answers = 0;
  let moderated = 0;
  await inTransaction(ctx.db, async (trx) => {
    const toModerate: Array<{ cycleAgencyId: number; on: string }> = [];
    for (const row of scope) {
      const { answers: norm } = normaliseAnswers(scale, fw, rawAnswersFor(r, scale, fw, qualities.get(row.agency_id) ?? 0.5));
      answers += await writeAnswers(trx, ctx, row.id, norm, { source: 'import', replaceAll: true, summary: 'stress return' });
      // Answers typed in but not sent are "in progress"; the rest came back, some already accepted.
      const status = r.chance(0.7) ? 'returned' : r.chance(0.5) ? 'accepted' : 'in_progress';
      const ago = r.int(1, 40);
      const returnedOn = status === 'in_progress' ? null : addDaysIso(today, -ago);
      // Accepted (or moderated at a meeting) within ten days of coming back, and never after today.
      const reviewedOn = addDaysIso(today, -ago + Math.min(ago, r.int(1, 10)));
      await trx
        .updateTable('cycle_agencies')
        .set({ status, issued_on: cycle.launchDate, returned_on: returnedOn, accepted_on: status === 'accepted' ? reviewedOn : null, updated_at: now.toISOString() })
        .where('id', '=', row.id)
        .execute();
      // Moderated after scrutiny: every accepted return, and some returned ones whose meeting has been held.
      if (status === 'accepted' || (status === 'returned' && r.chance(0.12))) toModerate.push({ cycleAgencyId: row.id, on: reviewedOn });
    }
    moderated = await moderateReturns(trx, ctx, scale, { returns: toModerate, prefix: 's:', changeRate: 0.2 }, r);
  });
  return { cycleId: cycle.id, frameworkId: compact.id, periodLabel, inScope: scope.length, answers, moderated };
}

