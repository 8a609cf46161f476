import { DEFAULT_CASE_AUDIT_SCALE, DEFAULT_CASE_QUESTIONS, type CaseAuditDetail, type CaseAuditFields, type CaseAuditPatch } from '../../../shared/domain/case-audit';
import type { ApiErrorDetail } from '../../../shared/result';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { isCalendarDate } from './actions-validate';
import { getCaseAudit } from './case-audit-read';
import { insertCaseScale } from './case-audit-scale';
import { refuseIdentifiers } from './case-audit-text';
import { recordChange } from './history';
import { todayOf, type WriteCtx } from './write-context';

// The programme: each year's themed audits, planned at the start of the year and added to when an urgent theme
// emerges. A new audit starts with the default tool (the Halton areas, the four-point scale) to adapt.

type Fields = CaseAuditFields;

async function checkLinks(db: Db, a: Pick<Fields, 'leadGroupId' | 'chairContactId'>, dates: Record<string, string | null | undefined>, newGroup: boolean): Promise<void> {
  const problems: ApiErrorDetail[] = [];
  for (const [field, v] of Object.entries(dates)) if (v && !isCalendarDate(v)) problems.push({ field, message: `${v} is not a date on the calendar` });
  if (a.leadGroupId) {
    const g = await db.selectFrom('action_groups').select(['name', 'active']).where('id', '=', a.leadGroupId).executeTakeFirst();
    if (!g) problems.push({ field: 'leadGroupId', message: `no group has the id ${a.leadGroupId}` });
    else if (newGroup && g.active !== 1) problems.push({ field: 'leadGroupId', message: `${g.name} is no longer in use` });
  }
  if (a.chairContactId && !(await db.selectFrom('contacts').select('id').where('id', '=', a.chairContactId).executeTakeFirst()))
    problems.push({ field: 'chairContactId', message: `no contact has the id ${a.chairContactId}` });
  if (problems.length) throw invalid(`The audit was not saved: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`, problems);
}

const dateFields = (a: Partial<Fields>) => ({
  practiceFrom: a.practiceFrom,
  practiceTo: a.practiceTo,
  sampleAgreedBy: a.sampleAgreedBy,
  returnsDue: a.returnsDue,
  moderationPlanned: a.moderationPlanned,
  reportDue: a.reportDue,
});

const columns = (a: Fields) => ({
  programme_year: a.programmeYear,
  theme: a.theme,
  title: a.title,
  practice_from: a.practiceFrom,
  practice_to: a.practiceTo,
  lead_group_id: a.leadGroupId,
  chair_contact_id: a.chairContactId,
  sample_agreed_by: a.sampleAgreedBy,
  returns_due: a.returnsDue,
  moderation_planned: a.moderationPlanned,
  report_due: a.reportDue,
  status: a.status,
  urgent: a.urgent ? 1 : 0,
  methodology: a.methodology,
  methodology_notes: a.methodologyNotes,
  notes: a.notes,
});

const snapshot = (d: CaseAuditDetail) => ({
  programmeYear: d.programmeYear,
  theme: d.theme,
  title: d.title,
  practiceFrom: d.practiceFrom,
  practiceTo: d.practiceTo,
  leadGroup: d.leadGroupName,
  chair: d.chairName,
  sampleAgreedBy: d.sampleAgreedBy,
  returnsDue: d.returnsDue,
  moderationPlanned: d.moderationPlanned,
  reportDue: d.reportDue,
  status: d.status,
  urgent: d.urgent,
  methodology: d.methodology,
  methodologyNotes: d.methodologyNotes,
  notes: d.notes,
});

const describeText = (a: Partial<Fields>) => ({ Theme: a.theme, Title: a.title, Methodology: a.methodologyNotes, Notes: a.notes });

export async function createCaseAudit(db: Db, ctx: WriteCtx, input: Fields): Promise<CaseAuditDetail> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => {
    await checkLinks(trx, input, dateFields(input), true);
    await refuseIdentifiers(trx, describeText(input), { strictDates: false, warnNames: false, what: 'The audit' });
    const now = ctx.now().toISOString();
    const scaleId = await insertCaseScale(trx, DEFAULT_CASE_AUDIT_SCALE);
    const { id } = await trx
      .insertInto('case_audits')
      .values({ ...columns(input), scale_id: scaleId, theme_level_code: null, theme_summary: null, mod_sequence: 0, mod_held: 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('case_audit_questions')
      .values(DEFAULT_CASE_QUESTIONS.map((q, position) => ({ audit_id: id, position, area: q.area, text: q.text, guidance: q.guidance })))
      .execute();
    const made = await getCaseAudit(trx, id, today);
    await recordChange(trx, ctx, { entityType: 'case_audit', entityId: id, action: 'create', summary: `Case-file audit ${made.title} (${made.programmeYear}) added${made.urgent ? ' as urgent' : ''}`, before: null, after: snapshot(made) });
    return made;
  });
}

export async function updateCaseAudit(db: Db, ctx: WriteCtx, id: number, patch: CaseAuditPatch): Promise<CaseAuditDetail> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('case_audits').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Case-file audit', id);
    const before = await getCaseAudit(trx, id, today);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Fields>;
    const next: Fields = {
      programmeYear: before.programmeYear,
      theme: before.theme,
      title: before.title,
      practiceFrom: before.practiceFrom,
      practiceTo: before.practiceTo,
      leadGroupId: before.leadGroupId,
      chairContactId: before.chairContactId,
      sampleAgreedBy: before.sampleAgreedBy,
      returnsDue: before.returnsDue,
      moderationPlanned: before.moderationPlanned,
      reportDue: before.reportDue,
      status: before.status,
      urgent: before.urgent,
      methodology: before.methodology,
      methodologyNotes: before.methodologyNotes,
      notes: before.notes,
      ...defined,
    };
    // The patch's own refinement only sees the dates it carries; check the combination.
    if (next.practiceFrom && next.practiceTo && next.practiceTo < next.practiceFrom)
      throw invalid('The audit was not saved: the period of practice ends before it starts.', [{ field: 'practiceTo', message: 'ends before the period starts' }]);
    await checkLinks(trx, next, dateFields(defined), next.leadGroupId !== before.leadGroupId);
    await refuseIdentifiers(trx, describeText(defined), { strictDates: false, warnNames: false, what: 'The audit' });
    await trx.updateTable('case_audits').set({ ...columns(next), updated_at: ctx.now().toISOString() }).where('id', '=', id).execute();
    const after = await getCaseAudit(trx, id, today);
    await recordChange(trx, ctx, { entityType: 'case_audit', entityId: id, action: 'update', summary: `${after.title} edited`, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

/** Only an audit with no cases can be deleted (made in error); otherwise it is cancelled, so its record stays. */
export async function deleteCaseAudit(db: Db, ctx: WriteCtx, id: number): Promise<{ deleted: true }> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('case_audits').select(['scale_id']).where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Case-file audit', id);
    const before = await getCaseAudit(trx, id, today);
    if (before.caseCount || before.findings.length || before.recommendations.length || before.disseminations.length)
      throw conflict(`${before.title} has cases or findings, so it cannot be deleted; set its status to cancelled instead.`, [{ field: 'id', message: 'has cases or findings' }]);
    await trx.deleteFrom('case_audits').where('id', '=', id).execute();
    await trx.deleteFrom('rating_scales').where('id', '=', row.scale_id).execute();
    await recordChange(trx, ctx, { entityType: 'case_audit', entityId: id, action: 'delete', summary: `Case-file audit ${before.title} deleted`, before: snapshot(before), after: null });
    return { deleted: true as const };
  });
}
