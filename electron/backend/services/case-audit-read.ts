import type { Selectable } from 'kysely';
import {
  OPEN_QA_STATUSES,
  type CaseAuditDetail,
  type CaseAuditStatus,
  type CaseAuditSummary,
  type CaseReturnStatus,
  type Methodology,
  type QuestionArea,
} from '../../../shared/domain/case-audit';
import type { CaseAuditsTable, Db } from '../db/schema';
import { notFound } from '../errors';
import { listDisseminations } from './case-audit-dissemination';
import { listFindings } from './case-audit-findings';
import { readModeration } from './case-audit-moderation';
import { listRecommendations } from './case-audit-recommendations';
import { dueOf, listCaseReturns } from './case-audit-return-rows';
import { listRiskFlags } from './case-audit-risks';
import { loadScaleById, toCaseLevel, type CaseScale } from './case-audit-scale';

// Reading audits: the programme list (one row per audit, with the counts its tiles show) and one audit in full.

type AuditRow = Selectable<CaseAuditsTable> & { lead_group_name: string | null; chair_name: string | null };

async function auditRows(db: Db, f: { programmeYear?: string; ids?: number[] }): Promise<AuditRow[]> {
  let q = db
    .selectFrom('case_audits as a')
    .leftJoin('action_groups as g', 'g.id', 'a.lead_group_id')
    .leftJoin('contacts as ch', 'ch.id', 'a.chair_contact_id')
    .selectAll('a')
    .select(['g.name as lead_group_name', 'ch.full_name as chair_name']);
  if (f.programmeYear) q = q.where('a.programme_year', '=', f.programmeYear);
  if (f.ids) q = q.where('a.id', 'in', f.ids.length ? f.ids : [0]);
  // The programme in date order: by the planned moderation, then the returns date, then as entered.
  return q.orderBy('a.programme_year').orderBy('a.moderation_planned').orderBy('a.returns_due').orderBy('a.id').execute();
}

export const QUESTION_REF = (i: number) => `Q${i + 1}`;

function summaryOf(a: AuditRow, scale: CaseScale, counts: Counts | undefined): CaseAuditSummary {
  return {
    id: a.id,
    programmeYear: a.programme_year,
    theme: a.theme,
    title: a.title,
    practiceFrom: a.practice_from,
    practiceTo: a.practice_to,
    leadGroupId: a.lead_group_id,
    leadGroupName: a.lead_group_name,
    chairContactId: a.chair_contact_id,
    chairName: a.chair_name,
    sampleAgreedBy: a.sample_agreed_by,
    returnsDue: a.returns_due,
    moderationPlanned: a.moderation_planned,
    reportDue: a.report_due,
    status: a.status as CaseAuditStatus,
    urgent: a.urgent === 1,
    methodology: a.methodology as Methodology,
    caseCount: counts?.cases ?? 0,
    returnCount: counts?.returns ?? 0,
    returnsAccepted: counts?.accepted ?? 0,
    openQa: counts?.openQa ?? 0,
    overdueReturns: counts?.overdue ?? 0,
    openRisks: counts?.openRisks ?? 0,
    themeJudgement: toCaseLevel(scale, a.theme_level_code),
    moderationStart: a.mod_start,
  };
}

interface Counts {
  cases: number;
  returns: number;
  accepted: number;
  openQa: number;
  overdue: number;
  openRisks: number;
}

async function countsFor(db: Db, audits: AuditRow[], today: string): Promise<Map<number, Counts>> {
  const out = new Map<number, Counts>(audits.map((a) => [a.id, { cases: 0, returns: 0, accepted: 0, openQa: 0, overdue: 0, openRisks: 0 }]));
  if (!audits.length) return out;
  const ids = audits.map((a) => a.id);
  const due = new Map(audits.map((a) => [a.id, a.returns_due]));
  const [cases, returns, risks] = await Promise.all([
    db.selectFrom('case_audit_cases').select(['audit_id']).where('audit_id', 'in', ids).execute(),
    db
      .selectFrom('case_audit_returns as r')
      .innerJoin('case_audit_cases as c', 'c.id', 'r.case_id')
      .select(['c.audit_id', 'r.status', 'r.resubmit_by'])
      .where('c.audit_id', 'in', ids)
      .execute(),
    db.selectFrom('case_audit_risk_flags').select('audit_id').where('audit_id', 'in', ids).where('closed_on', 'is', null).execute(),
  ]);
  for (const c of cases) out.get(c.audit_id)!.cases++;
  for (const r of returns) {
    const n = out.get(r.audit_id)!;
    n.returns++;
    if (r.status === 'accepted') n.accepted++;
    if (OPEN_QA_STATUSES.includes(r.status as CaseReturnStatus)) n.openQa++;
    if (dueOf(r.status, due.get(r.audit_id) ?? null, r.resubmit_by, today).overdue) n.overdue++;
  }
  for (const r of risks) out.get(r.audit_id)!.openRisks++;
  return out;
}

async function scalesFor(db: Db, audits: AuditRow[]): Promise<Map<number, CaseScale>> {
  const out = new Map<number, CaseScale>();
  for (const id of new Set(audits.map((a) => a.scale_id))) out.set(id, await loadScaleById(db, id));
  return out;
}

export async function listCaseAudits(db: Db, f: { programmeYear?: string; includeCancelled?: boolean }, today: string): Promise<CaseAuditSummary[]> {
  const rows = (await auditRows(db, f)).filter((a) => f.includeCancelled !== false || a.status !== 'cancelled');
  const [counts, scales] = await Promise.all([countsFor(db, rows, today), scalesFor(db, rows)]);
  return rows.map((a) => summaryOf(a, scales.get(a.scale_id)!, counts.get(a.id)));
}

export async function getCaseAudit(db: Db, id: number, today: string): Promise<CaseAuditDetail> {
  const [a] = await auditRows(db, { ids: [id] });
  if (!a) throw notFound('Case-file audit', id);
  const scale = await loadScaleById(db, a.scale_id);
  const [counts, questions, cases, returns, rated, risks, moderation, findings, recommendations, disseminations] = await Promise.all([
    countsFor(db, [a], today),
    db.selectFrom('case_audit_questions').selectAll().where('audit_id', '=', id).orderBy('position').orderBy('id').execute(),
    db.selectFrom('case_audit_cases').selectAll().where('audit_id', '=', id).orderBy('position').orderBy('id').execute(),
    listCaseReturns(db, { auditId: id }, today),
    db
      .selectFrom('case_audit_ratings as x')
      .innerJoin('case_audit_questions as q', 'q.id', 'x.question_id')
      .select('x.question_id')
      .distinct()
      .where('q.audit_id', '=', id)
      .where((e) => e.or([e('x.level_code', 'is not', null), e('x.not_applicable', '=', 1)]))
      .execute(),
    listRiskFlags(db, { auditId: id }, today),
    readModeration(db, a),
    listFindings(db, id),
    listRecommendations(db, id),
    listDisseminations(db, id),
  ]);
  return {
    ...summaryOf(a, scale, counts.get(id)),
    methodologyNotes: a.methodology_notes,
    notes: a.notes,
    tool: {
      scale: scale.doc,
      questions: questions.map((q, i) => ({ id: q.id, ref: QUESTION_REF(i), area: q.area as QuestionArea, text: q.text, guidance: q.guidance })),
      ratedQuestionIds: rated.map((r) => r.question_id).sort((x, y) => x - y),
    },
    cases: cases.map((c) => {
      const mine = returns.filter((r) => r.caseId === c.id);
      return {
        id: c.id,
        reference: c.reference,
        summary: c.summary,
        notes: c.notes,
        judgement: toCaseLevel(scale, c.judgement_code),
        judgementNote: c.judgement_note,
        returns: mine,
        openRisks: risks.filter((r) => r.caseId === c.id && r.status !== 'closed').length,
      };
    }),
    risks,
    moderation,
    themeSummary: a.theme_summary,
    findings,
    recommendations,
    disseminations,
    createdAt: a.created_at,
    updatedAt: a.updated_at,
  };
}
