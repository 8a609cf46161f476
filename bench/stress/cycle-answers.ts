import type { Transaction } from 'kysely';
import type { DB, Db } from '../../electron/backend/db/schema';
import type { FrameworkTargets, RawAnswer } from '../../electron/backend/services/answers-write';
import { chunks } from '../../electron/backend/services/cycle-scope';
import { recordChange } from '../../electron/backend/services/history';
import type { LoadedScale } from '../../electron/backend/services/rating-scale';
import { refreshReturnSummaries } from '../../electron/backend/services/return-summaries';
import type { WriteCtx } from '../../electron/backend/services/write-context';
import type { Random } from '../../electron/backend/demo/random';

// Ratings with a shape: each agency has a quality that holds from cycle to cycle (a strong trust stays
// strong), partnerships improve a little over the years, and moderation mostly agrees with the agency.

const EVIDENCE = [
  'Policy and training records held.',
  'Safeguarding policy reviewed by the board this year; minutes attached.',
  'Training matrix shows most staff completed level 2 safeguarding training.',
  'Single-agency audit of case files completed; findings reported to the quality group.',
  'Named lead in post; deputy covers leave.',
  'Supervision records sampled quarterly.',
];
const GAPS = ['Refresher training for bank staff is overdue.', 'Voice of the child not yet recorded consistently.', 'Recruitment files missing references.'];

/** Agency id → quality, 0 best to 1 worst, drawn once for the whole history. */
export type Qualities = Map<number, number>;

export async function agencyQualities(db: Db, r: Random): Promise<Qualities> {
  const ids = await db.selectFrom('agencies').select('id').orderBy('id').execute();
  return new Map(ids.map((a) => [a.id, Math.min(1, Math.max(0, (r.next() + r.next()) / 2))]));
}

/**
 * One agency's answers to every ratable target: a level near its quality (`drift` is added: older cycles
 * a little weaker), evidence on items, a gap on some standards, and the odd N/A where the scale allows it.
 */
export function rawAnswersFor(r: Random, scale: LoadedScale, fw: FrameworkTargets, quality: number, drift = 0): RawAnswer[] {
  const top = scale.levels.length - 1;
  return fw.targets
    .filter((t) => t.ratable)
    .map((t): RawAnswer => {
      if (scale.allowsNa && r.chance(0.01)) return { targetKey: t.key, notApplicable: true, naReason: 'Not part of the services we provide.' };
      const noise = r.chance(0.3) ? (r.chance(0.5) ? -1 : 1) : 0;
      const rank = Math.max(0, Math.min(top, Math.round((quality + drift) * top) + noise));
      return {
        targetKey: t.key,
        rating: scale.levels[rank]!.code,
        evidence: t.itemId === null ? null : r.pick(EVIDENCE),
        improvement: t.itemId === null && r.chance(0.3) ? r.pick(GAPS) : null,
      };
    });
}

export interface ModerationPlan {
  /** The returns moderated, each with the day its moderation was agreed. */
  returns: Array<{ cycleAgencyId: number; on: string }>;
  /** Standards on a framework rated at standard level, else items. */
  prefix: 's:' | 'i:';
  /** Share of ratings the moderator changed (one level, mostly down). */
  changeRate: number;
}

/**
 * Moderates self-ratings in bulk (the moderation service checks and records one return at a time, which would
 * only time itself): agreed ratings confirmed, some moved one level, a history entry per return. Answers are
 * written directly here, so the returns' stored summaries are refreshed in the same transaction.
 */
export async function moderateReturns(trx: Transaction<DB>, ctx: WriteCtx, scale: LoadedScale, plan: ModerationPlan, r: Random): Promise<number> {
  const onOf = new Map(plan.returns.map((x) => [x.cycleAgencyId, x.on]));
  const groups = new Map<string, number[]>();
  const perReturn = new Map<number, { moderated: number; changed: number }>();
  for (const part of chunks(plan.returns.map((x) => x.cycleAgencyId))) {
    const rows = await trx
      .selectFrom('answers')
      .select(['id', 'cycle_agency_id', 'self_code'])
      .where('cycle_agency_id', 'in', part)
      .where('target_key', 'like', `${plan.prefix}%`)
      .where('self_code', 'is not', null)
      .orderBy('id')
      .execute();
    for (const a of rows) {
      const rank = scale.levels.findIndex((l) => l.code === a.self_code);
      const changed = r.chance(plan.changeRate);
      const to = changed ? Math.max(0, Math.min(scale.levels.length - 1, rank + (r.chance(0.75) ? 1 : -1))) : rank;
      const moved = to !== rank;
      const key = `${scale.levels[to]!.code}|${onOf.get(a.cycle_agency_id)}|${moved ? 1 : 0}`;
      const list = groups.get(key) ?? [];
      list.push(a.id);
      groups.set(key, list);
      const tally = perReturn.get(a.cycle_agency_id) ?? { moderated: 0, changed: 0 };
      tally.moderated++;
      if (moved) tally.changed++;
      perReturn.set(a.cycle_agency_id, tally);
    }
  }
  let total = 0;
  for (const [key, ids] of groups) {
    const [code, on, moved] = key.split('|') as [string, string, string];
    const level = scale.levels.find((l) => l.code === code)!;
    for (const part of chunks(ids))
      await trx
        .updateTable('answers')
        .set({
          moderated_code: level.code,
          moderated_score: level.score,
          moderation_note: moved === '1' ? 'Agreed at moderation: the evidence supports a different rating.' : null,
          moderated_by: ctx.userName,
          moderated_at: new Date(`${on}T16:00:00Z`).toISOString(),
        })
        .where('id', 'in', part)
        .execute();
    total += ids.length;
  }
  for (const [cycleAgencyId, t] of perReturn)
    await recordChange(trx, { userName: ctx.userName, now: () => new Date(`${onOf.get(cycleAgencyId)}T16:00:00Z`) }, {
      entityType: 'return',
      entityId: cycleAgencyId,
      action: 'moderate',
      summary: `${t.moderated} ${t.moderated === 1 ? 'answer' : 'answers'} moderated, ${t.changed} changed`,
      after: { moderated: t.moderated, changed: t.changed },
    });
  for (const part of chunks(plan.returns.map((x) => x.cycleAgencyId))) await refreshReturnSummaries(trx, part);
  return total;
}
