import type { ServiceContext } from '../../electron/backend/context';
import { inTransaction } from '../../electron/backend/db/transaction';
import { loadTargets, normaliseAnswers, writeAnswers } from '../../electron/backend/services/answers-write';
import { createCycle, updateCycle } from '../../electron/backend/services/cycles';
import { listFrameworks } from '../../electron/backend/services/frameworks';
import { recordChange } from '../../electron/backend/services/history';
import { loadScaleForFramework } from '../../electron/backend/services/rating-scale';
import { todayOf } from '../../electron/backend/services/write-context';
import type { CycleType } from '../../shared/domain/cycle';
import { addDaysIso } from '../../shared/domain/dates';
import { programmeYearOf } from '../../electron/backend/demo/demo-case-audits';
import type { Random } from '../../electron/backend/demo/random';
import { moderateReturns, rawAnswersFor, type Qualities } from './cycle-answers';
import type { StressCycle } from './cycles';
import { on } from './scale';

// Eight years of earlier cycles before the current one, oldest first so that opening each one records the one
// before it of its type (createCycle does that by date): a Section 11 policy audit of the s11 agencies, two
// Compact Audits that grow to take in schools and then early years, and an early-years audit on the third
// framework. Every return came back and was accepted and moderated; ratings were a little weaker then.
// At full size: 100×48 + 700×75 + 1,300×75 + 1,000×96 = 250,800 answers, with the current 150,000 about 400,000.

type Groups = { s11: number[]; schools: number[]; earlyYears: number[] };

interface Spec {
  yearsAgo: number;
  family: string;
  title: string;
  cycleType: CycleType;
  scope: (g: Groups) => number[];
  /** Added to each agency's quality: older returns rated a little lower. */
  drift: number;
}

const SPECS: Spec[] = [
  { yearsAgo: 8, family: 's11-policy', title: 'Section 11 Policy Audit', cycleType: 's11', scope: (g) => g.s11, drift: 0.15 },
  { yearsAgo: 6, family: 'compact-audit', title: 'Compact Audit', cycleType: 's11', scope: (g) => [...g.s11, ...g.schools], drift: 0.1 },
  // Early years joined the Compact Audit in stages: about six settings in thirteen at first.
  { yearsAgo: 4, family: 'compact-audit', title: 'Compact Audit', cycleType: 's11', scope: (g) => [...g.s11, ...g.schools, ...g.earlyYears.filter((_, i) => i % 13 < 6)], drift: 0.05 },
  { yearsAgo: 2, family: 'early-years-audit', title: 'Early Years Safeguarding Audit', cycleType: 'early_years', scope: (g) => g.earlyYears.filter((_, i) => i % 13 < 10), drift: 0.03 },
];

async function agencyGroups(ctx: ServiceContext): Promise<Groups> {
  const rows = await ctx.db.selectFrom('agencies as a').innerJoin('sectors as s', 's.id', 'a.sector_id').select(['a.id', 's.code']).where('a.active', '=', 1).orderBy('a.id').execute();
  return {
    s11: rows.filter((a) => a.code !== 'education' && a.code !== 'early_years').map((a) => a.id),
    schools: rows.filter((a) => a.code === 'education').map((a) => a.id),
    earlyYears: rows.filter((a) => a.code === 'early_years').map((a) => a.id),
  };
}

const periodOf = (startYear: number) => `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

/** The earlier cycles, oldest first. Call before the current cycle is opened, so it links to the last of them. */
export async function generateHistoryCycles(ctx: ServiceContext, r: Random, qualities: Qualities): Promise<StressCycle[]> {
  const today = todayOf(ctx);
  const currentStart = Number(programmeYearOf(today).slice(0, 4));
  // The current cycle launches ten weeks before today; earlier ones launched at the same time of year.
  const currentLaunch = addDaysIso(today, -70);
  const frameworks = await listFrameworks(ctx.db);
  const groups = await agencyGroups(ctx);
  const out: StressCycle[] = [];
  for (const spec of SPECS) {
    const fwSummary = frameworks.find((f) => f.familyKey === spec.family)!;
    const periodLabel = periodOf(currentStart - spec.yearsAgo);
    const launch = addDaysIso(currentLaunch, -Math.round(spec.yearsAgo * 365.25));
    const initial = addDaysIso(launch, 54);
    const final = addDaysIso(launch, 82);
    const cycle = await createCycle(ctx.db, on(ctx, launch, '09:00'), {
      name: `${spec.title} ${periodLabel}`,
      cycleType: spec.cycleType,
      frameworkId: fwSummary.id,
      periodLabel,
      launchDate: launch,
      initialDeadline: initial,
      finalDeadline: final,
      notes: 'Closed: every return accepted and moderated at the panels after the scrutiny meetings.',
    }, spec.scope(groups));
    const scale = await loadScaleForFramework(ctx.db, fwSummary.id);
    const fw = await loadTargets(ctx.db, fwSummary.id);
    const scope = await ctx.db
      .selectFrom('cycle_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .select(['ca.id', 'ca.agency_id', 'a.name'])
      .where('ca.cycle_id', '=', cycle.id)
      .orderBy('ca.id')
      .execute();
    // Moderation panels sat weekly from a fortnight after the final deadline; each return was accepted at one.
    const panels = Array.from({ length: 6 }, (_, j) => addDaysIso(final, 14 + 7 * j));
    let answers = 0;
    let moderated = 0;
    await inTransaction(ctx.db, async (trx) => {
      const accepted: Array<{ cycleAgencyId: number; on: string }> = [];
      for (const row of scope) {
        const late = r.chance(0.15);
        const returnedOn = late ? addDaysIso(initial, r.int(1, 28)) : addDaysIso(launch, r.int(20, 54));
        const acceptedOn = panels[r.int(0, panels.length - 1)]!;
        const raw = rawAnswersFor(r, scale, fw, qualities.get(row.agency_id) ?? 0.5, spec.drift);
        const { answers: norm } = normaliseAnswers(scale, fw, raw);
        answers += await writeAnswers(trx, on(ctx, returnedOn), row.id, norm, { source: 'import', replaceAll: true, summary: `Return imported for ${row.name}` });
        await trx
          .updateTable('cycle_agencies')
          .set({ status: 'accepted', issued_on: launch, returned_on: returnedOn, accepted_on: acceptedOn, updated_at: `${acceptedOn}T16:00:00.000Z` })
          .where('id', '=', row.id)
          .execute();
        await recordChange(trx, on(ctx, acceptedOn, '16:00'), {
          entityType: 'return',
          entityId: row.id,
          action: 'update',
          summary: `${row.name} (${cycle.name}): Returned → Accepted`,
          before: { status: 'Returned', issuedOn: launch, returnedOn, acceptedOn: null },
          after: { status: 'Accepted', issuedOn: launch, returnedOn, acceptedOn },
        });
        accepted.push({ cycleAgencyId: row.id, on: acceptedOn });
      }
      moderated = await moderateReturns(trx, ctx, scale, { returns: accepted, prefix: fw.ratingTarget === 'items' ? 'i:' : 's:', changeRate: 0.12 }, r);
    });
    await updateCycle(ctx.db, on(ctx, addDaysIso(final, 70)), cycle.id, { status: 'closed' });
    out.push({ cycleId: cycle.id, frameworkId: fwSummary.id, periodLabel, inScope: scope.length, answers, moderated });
  }
  return out;
}
