import type { z } from 'zod';
import type { caseInputSchema, casePatchSchema } from '../../../shared/domain/case-audit';
import type { IdentifierIssue } from '../../../shared/domain/identifiers';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, notFound } from '../errors';
import { refuseIdentifiers } from './case-audit-text';
import { requireActiveAgencies } from './cycle-scope';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

// The sample: cases known only by a pseudonymous reference, each with the agencies involved (every one gets a
// return). Case fields refuse NHS numbers and any date (a date of birth has no place here) and warn about text that
// looks like a name; the warnings come back for the screen to show.

export type CaseFields = z.output<typeof caseInputSchema>;
export type CasePatch = z.output<typeof casePatchSchema>;

const LABELS = { reference: 'Case reference', summary: 'Summary', notes: 'Notes' };

async function checkCaseText(db: Db, f: { reference?: string; summary?: string | null; notes?: string | null }): Promise<IdentifierIssue[]> {
  return refuseIdentifiers(db, { reference: f.reference, summary: f.summary, notes: f.notes }, { strictDates: true, labels: LABELS, what: 'The case' });
}

async function refuseDuplicateReference(db: Db, auditId: number, reference: string, exceptId?: number): Promise<void> {
  const all = await db.selectFrom('case_audit_cases').select(['id', 'reference']).where('audit_id', '=', auditId).execute();
  const same = all.find((c) => c.id !== exceptId && c.reference.toLowerCase() === reference.toLowerCase());
  if (same) throw conflict(`This audit already has a case ${same.reference}.`, [{ field: 'reference', message: `already used by case ${same.reference}` }]);
}

/** Adds and removes the case's returns so there is one per involved agency; a return already under way stays. */
async function syncAgencies(trx: Db, ctx: WriteCtx, caseId: number, agencyIds: number[]): Promise<{ added: string[]; removed: string[] }> {
  const now = ctx.now().toISOString();
  const current = await trx
    .selectFrom('case_audit_returns as r')
    .innerJoin('agencies as ag', 'ag.id', 'r.agency_id')
    .select(['r.id', 'r.agency_id', 'r.status', 'r.narrative', 'r.good_practice', 'r.gaps', 'ag.name'])
    .where('r.case_id', '=', caseId)
    .execute();
  const wanted = new Set(agencyIds);
  const newIds = [...wanted].filter((id) => !current.some((r) => r.agency_id === id));
  const names = newIds.length ? await requireActiveAgencies(trx, newIds) : new Map<number, string>();
  const going = current.filter((r) => !wanted.has(r.agency_id));
  for (const r of going) {
    const rated = await trx.selectFrom('case_audit_ratings').select('id').where('return_id', '=', r.id).limit(1).executeTakeFirst();
    const flagged = await trx.selectFrom('case_audit_risk_flags').select('id').where('return_id', '=', r.id).limit(1).executeTakeFirst();
    if (r.status !== 'not_issued' || rated || flagged || r.narrative || r.good_practice || r.gaps)
      throw conflict(`${r.name}'s return for this case is ${r.status === 'not_issued' ? 'started' : r.status.replace('_', ' ')}, so the agency cannot be taken off the case.`, [
        { field: 'agencyIds', message: `${r.name} has a return under way` },
      ]);
  }
  if (going.length) {
    await trx.deleteFrom('case_audit_ratings').where('return_id', 'in', going.map((r) => r.id)).execute();
    await trx.deleteFrom('case_audit_returns').where('id', 'in', going.map((r) => r.id)).execute();
  }
  if (newIds.length)
    await trx
      .insertInto('case_audit_returns')
      .values(newIds.map((agency_id) => ({ case_id: caseId, agency_id, status: 'not_issued', updated_at: now, updated_by: ctx.userName })))
      .execute();
  return { added: newIds.map((id) => names.get(id) ?? String(id)), removed: going.map((r) => r.name) };
}

async function openAudit(db: Db, auditId: number) {
  const a = await db.selectFrom('case_audits').select(['id', 'title', 'status']).where('id', '=', auditId).executeTakeFirst();
  if (!a) throw notFound('Case-file audit', auditId);
  if (a.status === 'cancelled') throw conflict(`${a.title} is cancelled: its sample cannot change.`);
  return a;
}

export async function addCase(db: Db, ctx: WriteCtx, auditId: number, input: CaseFields): Promise<{ caseId: number; warnings: IdentifierIssue[] }> {
  return inTransaction(db, async (trx) => {
    const a = await openAudit(trx, auditId);
    const warnings = await checkCaseText(trx, input);
    await refuseDuplicateReference(trx, auditId, input.reference);
    const now = ctx.now().toISOString();
    const last = await trx.selectFrom('case_audit_cases').select((e) => e.fn.max('position').as('m')).where('audit_id', '=', auditId).executeTakeFirst();
    const { id } = await trx
      .insertInto('case_audit_cases')
      .values({ audit_id: auditId, reference: input.reference, summary: input.summary, notes: input.notes, judgement_code: null, judgement_note: null, position: Number(last?.m ?? -1) + 1, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { added } = await syncAgencies(trx, ctx, id, input.agencyIds);
    await recordChange(trx, ctx, {
      entityType: 'case_audit_case',
      entityId: id,
      action: 'create',
      summary: `${a.title}: case ${input.reference} added`,
      before: null,
      after: { reference: input.reference, summary: input.summary, notes: input.notes, agencies: added.join('; ') },
    });
    return { caseId: id, warnings };
  });
}

export async function updateCase(db: Db, ctx: WriteCtx, caseId: number, patch: CasePatch): Promise<{ auditId: number; warnings: IdentifierIssue[] }> {
  return inTransaction(db, async (trx) => {
    const c = await trx.selectFrom('case_audit_cases').selectAll().where('id', '=', caseId).executeTakeFirst();
    if (!c) throw notFound('Case', caseId);
    const a = await openAudit(trx, c.audit_id);
    const next = {
      reference: patch.reference ?? c.reference,
      summary: patch.summary === undefined ? c.summary : patch.summary,
      notes: patch.notes === undefined ? c.notes : patch.notes,
    };
    const warnings = await checkCaseText(trx, next);
    if (patch.reference) await refuseDuplicateReference(trx, c.audit_id, patch.reference, caseId);
    const agenciesBefore = (
      await trx.selectFrom('case_audit_returns as r').innerJoin('agencies as ag', 'ag.id', 'r.agency_id').select('ag.name').where('r.case_id', '=', caseId).orderBy('ag.name_key').execute()
    ).map((r) => r.name);
    const change = patch.agencyIds ? await syncAgencies(trx, ctx, caseId, patch.agencyIds) : { added: [], removed: [] };
    await trx.updateTable('case_audit_cases').set({ ...next, updated_at: ctx.now().toISOString() }).where('id', '=', caseId).execute();
    const agenciesAfter = [...agenciesBefore.filter((n) => !change.removed.includes(n)), ...change.added].sort();
    await recordChange(trx, ctx, {
      entityType: 'case_audit_case',
      entityId: caseId,
      action: 'update',
      summary: `${a.title}: case ${next.reference} edited`,
      before: { reference: c.reference, summary: c.summary, notes: c.notes, agencies: [...agenciesBefore].sort().join('; ') },
      after: { ...next, agencies: agenciesAfter.join('; ') },
    });
    return { auditId: c.audit_id, warnings };
  });
}

/** A case can leave the sample only before any of its returns is issued, flagged or quoted in a finding. */
export async function removeCase(db: Db, ctx: WriteCtx, caseId: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const c = await trx.selectFrom('case_audit_cases').selectAll().where('id', '=', caseId).executeTakeFirst();
    if (!c) throw notFound('Case', caseId);
    const a = await openAudit(trx, c.audit_id);
    const started = await trx.selectFrom('case_audit_returns').select('id').where('case_id', '=', caseId).where('status', '!=', 'not_issued').limit(1).executeTakeFirst();
    const flagged = await trx.selectFrom('case_audit_risk_flags').select('id').where('case_id', '=', caseId).limit(1).executeTakeFirst();
    const quoted = await trx.selectFrom('case_audit_findings').select('id').where('case_id', '=', caseId).limit(1).executeTakeFirst();
    if (started || flagged || quoted)
      throw conflict(`Case ${c.reference} has ${started ? 'returns issued' : flagged ? 'a risk flag' : 'findings'}, so it cannot be removed from the sample.`, [{ field: 'caseId', message: 'in use' }]);
    const returns = await trx.selectFrom('case_audit_returns').select('id').where('case_id', '=', caseId).execute();
    if (returns.length) await trx.deleteFrom('case_audit_ratings').where('return_id', 'in', returns.map((r) => r.id)).execute();
    await trx.deleteFrom('case_audit_cases').where('id', '=', caseId).execute();
    await recordChange(trx, ctx, { entityType: 'case_audit_case', entityId: caseId, action: 'delete', summary: `${a.title}: case ${c.reference} removed`, before: { reference: c.reference, summary: c.summary }, after: null });
    return c.audit_id;
  });
}
