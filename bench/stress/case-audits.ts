import type { ServiceContext } from '../../electron/backend/context';
import { addCase } from '../../electron/backend/services/case-audit-cases';
import { addDissemination } from '../../electron/backend/services/case-audit-dissemination';
import { saveFindings } from '../../electron/backend/services/case-audit-findings';
import { scheduleModeration } from '../../electron/backend/services/case-audit-moderation';
import { makeActions, saveRecommendations } from '../../electron/backend/services/case-audit-recommendations';
import { raiseRiskFlag, updateRiskFlag } from '../../electron/backend/services/case-audit-risks';
import { createCaseAudit, updateCaseAudit } from '../../electron/backend/services/case-audits';
import { todayOf } from '../../electron/backend/services/write-context';
import { addDaysIso } from '../../shared/domain/dates';
import { programmeYearOf } from '../../electron/backend/demo/demo-case-audits';
import type { Random } from '../../electron/backend/demo/random';
import { CASE_SUMMARIES, FINDINGS, PROGRAMME, RECOMMENDATIONS, RISK, type Stage } from './case-audit-plan';
import { progressReturns, type ReturnProgress } from './case-audit-returns';
import { on, shuffled, uuidFrom } from './scale';

// A year of multi-agency case-file audits (PROGRAMME), through the services: they are small, and going through
// them keeps every check and history entry. Cases draw on a pool of agencies across sectors, 3–6 to a case.

export interface StressCaseAudits {
  audits: number;
  cases: number;
  returns: number;
  returnsByStatus: Record<string, number>;
  riskFlags: number;
  findings: number;
  recommendations: number;
}

const PROGRESS: Partial<Record<Stage, ReturnProgress>> = { complete: 'all', reporting: 'all', moderation: 'most' };
const SECTORS = ['health', 'la_childrens', 'education', 'voluntary', 'early_years', 'housing', 'other'];

export async function generateCaseAudits(ctx: ServiceContext, r: Random, scale: number): Promise<StressCaseAudits> {
  const db = ctx.db;
  const today = todayOf(ctx);
  const year = programmeYearOf(today);
  const c = (date: string, time?: string) => on(ctx, date < today ? date : today, time);
  const rows = await db.selectFrom('agencies as a').innerJoin('sectors as s', 's.id', 'a.sector_id').select(['a.id', 's.code']).where('a.active', '=', 1).orderBy('a.id').execute();
  const pool = SECTORS.flatMap((code) => rows.filter((a) => a.code === code).slice(0, 4).map((a) => a.id));
  const groups = new Map((await db.selectFrom('action_groups').select(['id', 'name']).execute()).map((g) => [g.name, g.id]));
  const chair = (await db.selectFrom('contacts').select('id').where('is_scrutineer', '=', 1).orderBy('id').executeTakeFirst())?.id ?? null;
  const officers = (await db.selectFrom('contacts').select('id').where('is_business_unit', '=', 1).orderBy('id').limit(3).execute()).map((o) => o.id);
  const compact = await db.selectFrom('frameworks').select('id').where('family_key', '=', 'compact-audit').where('built_in', '=', 1).executeTakeFirstOrThrow();
  const standards = await db.selectFrom('framework_standards').select(['id', 'number']).where('framework_id', '=', compact.id).execute();
  const qpg = groups.get('Quality & Performance subgroup') ?? null;
  const out: StressCaseAudits = { audits: 0, cases: 0, returns: 0, returnsByStatus: {}, riskFlags: 0, findings: 0, recommendations: 0 };

  for (const [n, plan] of PROGRAMME.entries()) {
    const d = (offset: number) => addDaysIso(today, plan.due + offset);
    const dates = { practiceFrom: d(-420), practiceTo: d(-60), sampleAgreedBy: d(-30), returnsDue: d(0), moderationPlanned: d(21), reportDue: d(50) };
    // Planned at the start of the year; an urgent theme when it came up.
    const created = plan.urgent ? d(-50) : [addDaysIso(today, -235), d(-60)].sort()[0]!;
    const audit = await createCaseAudit(db, c(created, '10:00'), {
      programmeYear: year, theme: plan.theme, title: plan.title, ...dates, leadGroupId: qpg, chairContactId: chair,
      status: 'planned', urgent: plan.urgent ?? false, methodology: plan.methodology, methodologyNotes: null, notes: plan.notes ?? null,
    });
    out.audits++;
    if (plan.stage === 'planned') continue;

    const caseCount = plan.stage === 'cancelled' ? 3 : scale >= 0.25 ? (plan.methodology === 'deep_dive' ? r.int(6, 7) : r.int(8, 10)) : 2;
    const returnIds: number[] = [];
    const caseIds: number[] = [];
    for (let k = 1; k <= caseCount; k++) {
      const agencies = shuffled(r, pool).slice(0, r.int(3, 6));
      const { caseId } = await addCase(db, c(d(-32)), audit.id, { reference: `SSP-${year.slice(2, 4)}-${String(n + 1).padStart(2, '0')}-C${k}`, summary: r.pick(CASE_SUMMARIES), notes: null, agencyIds: agencies });
      caseIds.push(caseId);
      returnIds.push(...(await db.selectFrom('case_audit_returns').select('id').where('case_id', '=', caseId).orderBy('id').execute()).map((x) => x.id));
    }
    out.cases += caseIds.length;
    out.returns += returnIds.length;
    if (plan.stage === 'cancelled' || plan.stage === 'sampling') {
      out.returnsByStatus.not_issued = (out.returnsByStatus.not_issued ?? 0) + returnIds.length;
      await updateCaseAudit(db, c(d(-20)), audit.id, { status: plan.stage });
      continue;
    }
    const progress: ReturnProgress = PROGRESS[plan.stage] ?? (plan.due < 0 ? 'every' : 'early');
    const tally = await progressReturns(db, ctx, r, { auditId: audit.id, questionIds: audit.tool.questions.map((q) => q.id), sampleAgreedBy: dates.sampleAgreedBy, returnsDue: dates.returnsDue }, returnIds, progress, today);
    for (const [k, v] of Object.entries(tally)) out.returnsByStatus[k] = (out.returnsByStatus[k] ?? 0) + v;

    // A risk flag found in a return: closed for finished audits, part way for later ones.
    const flagged = await db.selectFrom('case_audit_returns').select('id').where('id', 'in', returnIds).where('status', '!=', 'not_issued').where('status', '!=', 'issued').orderBy('id').executeTakeFirst();
    if (flagged) {
      const raised = d(2);
      const flag = await raiseRiskFlag(db, c(raised), { auditId: audit.id, caseId: null, returnId: flagged.id, agencyId: null, kind: r.chance(0.5) ? 'immediate_risk' : 'unsafe_practice', description: RISK.description, raisedOn: raised < today ? raised : today, raisedBy: null, escalatedTo: 'Front door duty manager' });
      out.riskFlags++;
      const reach = plan.stage === 'complete' || plan.stage === 'reporting' ? 3 : plan.stage === 'moderation' ? 1 : 0;
      if (reach >= 1) await updateRiskFlag(db, c(d(3)), flag.id, { response: RISK.response, responseOn: d(3) < today ? d(3) : today });
      if (reach >= 3) await updateRiskFlag(db, c(d(13)), flag.id, { assurance: RISK.assurance, assuranceOn: d(12), closedOn: d(13) });
    }
    if (plan.stage === 'auditing') {
      await updateCaseAudit(db, c(d(-28)), audit.id, { status: 'auditing' });
      continue;
    }

    // The moderation meeting: held for finished audits, ahead for the one at moderation. Its UID is seeded first:
    // the service keeps an existing one, and would otherwise draw a random one.
    await db.updateTable('case_audits').set({ mod_uid: `case-audit-${uuidFrom(r)}@audit-desk` }).where('id', '=', audit.id).execute();
    const held = plan.stage !== 'moderation';
    await scheduleModeration(db, c(d(7)), { auditId: audit.id, start: `${dates.moderationPlanned}T10:00`, end: `${dates.moderationPlanned}T12:30`, location: 'Civic Centre, Committee Room 2', onlineLink: null, attendeeContactIds: [...officers, ...(chair ? [chair] : [])], reason: null, held });
    if (!held) {
      await updateCaseAudit(db, c(d(1)), audit.id, { status: 'moderation' });
      continue;
    }

    const std = (num: string) => standards.filter((s) => s.number === num).map((s) => s.id);
    const findings = FINDINGS.map((f, i) => ({ kind: f.kind, text: f.text, caseId: i === 2 ? caseIds[1]! : null, agencyId: null, standardIds: f.standards.flatMap(std) }));
    await saveFindings(db, c(d(24)), {
      auditId: audit.id,
      findings,
      caseJudgements: caseIds.map((caseId) => ({ caseId, level: r.pick(['O', 'G', 'G', 'RI', 'RI', 'I']), note: null })),
      theme: { level: r.pick(['G', 'RI']), summary: 'Practice was often good once a child was on a plan, but early concerns were not acted on quickly enough.' },
    });
    out.findings += findings.length;
    const owner = pool[n % pool.length]!;
    await saveRecommendations(db, c(d(30)), audit.id, RECOMMENDATIONS.map((x) => ({
      text: x.text, ownerKind: x.group ? ('partnership' as const) : ('agency' as const), groupId: x.group ? (groups.get(x.group) ?? qpg) : null, agencyId: x.group ? null : owner, dueDate: d(50 + x.dueIn), priority: x.priority,
    })));
    out.recommendations += RECOMMENDATIONS.length;
    if (plan.stage === 'complete' || plan.due < -80) await makeActions(db, c(d(52)), audit.id);
    if (plan.stage === 'complete') {
      await addDissemination(db, c(d(60)), audit.id, { date: d(60), channel: 'briefing', audience: 'Partnership Executive', notes: 'Summary report presented with the recommendations.' });
      await addDissemination(db, c(d(75)), audit.id, { date: d(75), channel: 'seven_minute_briefing', audience: 'All frontline practitioners', notes: null });
    }
    await updateCaseAudit(db, c(d(plan.stage === 'complete' ? 76 : 55)), audit.id, { status: plan.stage });
  }
  return out;
}
