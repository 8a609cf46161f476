import { addDays, format, subDays, subYears } from 'date-fns';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import { moderate } from '../services/answers';
import { loadTargets, normaliseAnswers, writeAnswers, type RawAnswer } from '../services/answers-write';
import { createChasers } from '../services/chasers';
import { createCycle, updateCycle } from '../services/cycles';
import { listFrameworks } from '../services/frameworks';
import { loadScaleForFramework, type LoadedScale } from '../services/rating-scale';
import { setReturnStatus } from '../services/returns-status';
import { makeRandom, type Random } from './random';
import { refreshReturnSummaries } from '../services/return-summaries';

// Two Section 11 cycles of the Compact Audit: one closed two years ago, one in progress now, with
// returns in every state. Dates are relative to today so the demo always has something overdue.

const EVIDENCE = [
  'Safeguarding policy reviewed by the board in March; minutes attached.',
  'Training matrix shows 94% of staff completed level 2 safeguarding training this year.',
  'Single-agency audit of 20 case files completed; findings reported to the quality group.',
  'Named lead in post; deputy covers leave; roles on the intranet.',
  'Supervision records sampled quarterly by the named nurse.',
  'Case study on escalation shared at the challenge event.',
];
const GAPS = ['Refresher training for bank staff is overdue.', 'Voice of the child not yet recorded consistently.', 'Recruitment files missing two references.'];
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** A rating near a base quality, best-first index into the scale's levels. */
const pick = (scale: LoadedScale, r: Random, base: number) =>
  scale.levels[Math.max(0, Math.min(scale.levels.length - 1, base + (r.chance(0.25) ? (r.chance(0.5) ? -1 : 1) : 0)))]!.code;

async function answerAll(ctx: ServiceContext, cycleId: number, frameworkId: number, r: Random, quality: (i: number) => number, complete: (i: number) => boolean) {
  const scale = await loadScaleForFramework(ctx.db, frameworkId);
  const fw = await loadTargets(ctx.db, frameworkId);
  const scope = await ctx.db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .select(['ca.id', 'a.name'])
    .where('ca.cycle_id', '=', cycleId)
    .orderBy('a.name_key')
    .execute();
  await inTransaction(ctx.db, async (trx) => {
    for (const [i, row] of scope.entries()) {
      const targets = complete(i) ? fw.targets : fw.targets.slice(0, Math.ceil(fw.targets.length / 3));
      const raw: RawAnswer[] = targets
        .filter((t) => t.ratable)
        .map((t) => ({
          targetKey: t.key,
          rating: pick(scale, r, quality(i)),
          evidence: t.itemId === null ? null : r.pick(EVIDENCE),
          improvement: t.itemId === null && r.chance(0.3) ? r.pick(GAPS) : null,
        }));
      const { answers } = normaliseAnswers(scale, fw, raw);
      await writeAnswers(trx, ctx, row.id, answers, { source: 'import', replaceAll: true, summary: `Demo return for ${row.name}` });
    }
  });
  return { scope, scale, fw };
}

export async function seedDemoCycles(ctx: ServiceContext, agencyIds: number[]): Promise<void> {
  const compact = (await listFrameworks(ctx.db)).find((f) => f.familyKey === 'compact-audit' && f.builtIn);
  if (!compact || agencyIds.length === 0) return;
  const today = ctx.now();
  const r = makeRandom(2026);

  // Two years ago: every agency returned, all moderated and accepted, ratings a little weaker.
  const then = subYears(today, 2);
  const old = await createCycle(ctx.db, ctx, {
    name: `S.11 Self-Assessment Audit ${format(then, 'yyyy')}`,
    cycleType: 's11',
    frameworkId: compact.id,
    periodLabel: `${format(then, 'yyyy')}/${format(addDays(then, 366), 'yy')}`,
    launchDate: iso(subDays(then, 70)),
    initialDeadline: iso(subDays(then, 16)),
    finalDeadline: iso(addDays(then, 12)),
  }, agencyIds);
  const past = await answerAll(ctx, old.id, compact.id, r, (i) => 1 + (i % 3 === 0 ? 1 : 0), () => true);
  for (const [i, row] of past.scope.entries()) {
    await setReturnStatus(ctx.db, ctx, row.id, 'returned', iso(subDays(then, 20 - (i % 10))));
    await setReturnStatus(ctx.db, ctx, row.id, 'accepted', iso(addDays(then, 30)));
  }
  await updateCycle(ctx.db, ctx, old.id, { status: 'closed' });

  // Now: launched ten weeks ago, the initial deadline 16 days ago, the final one in 12 days.
  const current = await createCycle(ctx.db, ctx, {
    name: `S.11 Self-Assessment Audit ${format(today, 'yyyy')}`,
    cycleType: 's11',
    frameworkId: compact.id,
    periodLabel: `${format(today, 'yyyy')}/${format(addDays(today, 366), 'yy')}`,
    launchDate: iso(subDays(today, 70)),
    initialDeadline: iso(subDays(today, 16)),
    finalDeadline: iso(addDays(today, 12)),
    notes: 'Tool issued to every agency with a section 11 duty; the challenge event and individual scrutiny meetings follow the returns.',
  }, agencyIds);
  const n = agencyIds.length;
  // Who has done what, by position in the (alphabetical) scope.
  const state = (i: number) =>
    i < n * 0.3 ? 'accepted' : i < n * 0.5 ? 'returned' : i < n * 0.6 ? 'late' : i < n * 0.67 ? 'sent_back' : i < n * 0.77 ? 'in_progress' : 'issued';
  const now = await answerAll(ctx, current.id, compact.id, r, (i) => (i % 4 === 0 ? 0 : 1), (i) => state(i) !== 'in_progress');
  const chase: number[] = [];
  for (const [i, row] of now.scope.entries()) {
    const s = state(i);
    await setReturnStatus(ctx.db, ctx, row.id, 'issued', iso(subDays(today, 70)));
    if (s === 'issued') {
      // Issued only: their typed answers were a demo artefact; clear them.
      await ctx.db.deleteFrom('answers').where('cycle_agency_id', '=', row.id).execute();
      await refreshReturnSummaries(ctx.db, [row.id]);
      chase.push(row.id);
      continue;
    }
    if (s === 'in_progress') {
      await setReturnStatus(ctx.db, ctx, row.id, 'in_progress', iso(subDays(today, 20)));
      chase.push(row.id);
      continue;
    }
    const returned = s === 'late' ? iso(subDays(today, 3 + (i % 8))) : iso(subDays(today, 18 + (i % 10)));
    await setReturnStatus(ctx.db, ctx, row.id, 'returned', returned);
    if (s === 'sent_back') await setReturnStatus(ctx.db, ctx, row.id, 'sent_back', iso(subDays(today, 2)), 'Evidence for standards 6 and 7 is missing: please send the recruitment audit and the LADO referral log.');
    if (s === 'accepted') {
      // Moderation after scrutiny: some self-ratings were over-optimistic, one underscored.
      const standards = now.fw.targets.filter((t) => t.itemId === null);
      const moderations = standards.filter((_, k) => (k + i) % 4 === 0).map((t, k) => {
        const self = now.scale.levels[Math.min(now.scale.levels.length - 1, 1 + ((k + i) % 2))]!;
        return { targetKey: t.key, moderatedCode: self.code, note: k % 2 ? 'Evidence supports a lower rating: policy not yet embedded.' : 'Agreed at the scrutiny meeting.' };
      });
      await moderate(ctx.db, ctx, row.id, moderations);
      await setReturnStatus(ctx.db, ctx, row.id, 'accepted', iso(subDays(today, 1)));
    }
  }
  if (chase.length) await createChasers(ctx.db, ctx, current.id, chase.slice(0, Math.ceil(chase.length / 2)), 'mailto');
}
