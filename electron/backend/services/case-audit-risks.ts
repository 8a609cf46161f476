import type { z } from 'zod';
import type { RiskFlag, RiskFlagPatch, RiskKind, RiskStatus, riskFlagInputSchema } from '../../../shared/domain/case-audit';
import type { ApiErrorDetail } from '../../../shared/result';
import { patchOr } from '../../../shared/domain/patch';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { refuseIdentifiers } from './case-audit-text';
import { recordChange } from './history';
import { daysBetween } from './return-rules';
import { todayOf, type WriteCtx } from './write-context';

// Concerns about immediate risk to a child, or unsafe practice, found during an audit (Halton: "escalated to the
// respective agencies for a response and assurance"). A flag is dated and tracked: raised → response → assurance
// → closed; its status is worked out from what has been recorded.

export type RiskFlagFields = z.output<typeof riskFlagInputSchema>;

export const riskStatus = (r: { response: string | null; assurance: string | null; closed_on: string | null }): RiskStatus =>
  r.closed_on ? 'closed' : r.assurance ? 'assured' : r.response ? 'responded' : 'raised';

export async function listRiskFlags(db: Db, f: { auditId?: number; openOnly?: boolean; ids?: number[] }, today: string): Promise<RiskFlag[]> {
  let q = db
    .selectFrom('case_audit_risk_flags as f')
    .innerJoin('case_audits as a', 'a.id', 'f.audit_id')
    .leftJoin('case_audit_cases as c', 'c.id', 'f.case_id')
    .leftJoin('agencies as ag', 'ag.id', 'f.agency_id')
    .selectAll('f')
    .select(['a.title as audit_title', 'c.reference', 'ag.name as agency_name']);
  if (f.auditId !== undefined) q = q.where('f.audit_id', '=', f.auditId);
  if (f.openOnly) q = q.where('f.closed_on', 'is', null);
  if (f.ids) q = q.where('f.id', 'in', f.ids.length ? f.ids : [0]);
  const rows = await q.orderBy('f.raised_on', 'desc').orderBy('f.id', 'desc').execute();
  const flags = rows.map(
    (r): RiskFlag => ({
      id: r.id,
      auditId: r.audit_id,
      auditTitle: r.audit_title,
      caseId: r.case_id,
      caseReference: r.reference,
      returnId: r.return_id,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      kind: r.kind as RiskKind,
      description: r.description,
      raisedOn: r.raised_on,
      raisedBy: r.raised_by,
      escalatedTo: r.escalated_to,
      response: r.response,
      responseOn: r.response_on,
      assurance: r.assurance,
      assuranceOn: r.assurance_on,
      closedOn: r.closed_on,
      closureNote: r.closure_note,
      status: riskStatus(r),
      daysOpen: r.closed_on ? null : Math.max(0, daysBetween(r.raised_on, today)),
    }),
  );
  // Open flags first, longest open at the top: they are what needs chasing.
  return [...flags.filter((x) => x.status !== 'closed').sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.id - b.id), ...flags.filter((x) => x.status === 'closed')];
}

export async function getRiskFlag(db: Db, id: number, today: string): Promise<RiskFlag> {
  const [f] = await listRiskFlags(db, { ids: [id] }, today);
  if (!f) throw notFound('Risk flag', id);
  return f;
}

const snapshot = (f: RiskFlag) => ({
  kind: f.kind,
  description: f.description,
  agency: f.agencyName,
  escalatedTo: f.escalatedTo,
  response: f.response,
  responseOn: f.responseOn,
  assurance: f.assurance,
  assuranceOn: f.assuranceOn,
  closedOn: f.closedOn,
  closureNote: f.closureNote,
});

/** Inserts a flag inside the caller's transaction (a return import raises one from the file's risk box). */
export async function insertRiskFlag(trx: Db, ctx: WriteCtx, input: RiskFlagFields, today: string): Promise<number> {
  const problems: ApiErrorDetail[] = [];
  let { caseId, agencyId } = input;
  if (input.returnId) {
    const r = await trx
      .selectFrom('case_audit_returns as r')
      .innerJoin('case_audit_cases as c', 'c.id', 'r.case_id')
      .select(['r.case_id', 'r.agency_id', 'c.audit_id'])
      .where('r.id', '=', input.returnId)
      .executeTakeFirst();
    if (!r || r.audit_id !== input.auditId) problems.push({ field: 'returnId', message: `return ${input.returnId} is not part of this audit` });
    else if (caseId && caseId !== r.case_id) problems.push({ field: 'caseId', message: 'the return belongs to another case' });
    else [caseId, agencyId] = [r.case_id, agencyId ?? r.agency_id];
  }
  if (caseId && !input.returnId) {
    const c = await trx.selectFrom('case_audit_cases').select('audit_id').where('id', '=', caseId).executeTakeFirst();
    if (!c || c.audit_id !== input.auditId) problems.push({ field: 'caseId', message: `case ${caseId} is not part of this audit` });
  }
  if (agencyId && !(await trx.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst()))
    problems.push({ field: 'agencyId', message: `no agency has the id ${agencyId}` });
  const raisedOn = input.raisedOn ?? today;
  if (raisedOn > today) problems.push({ field: 'raisedOn', message: 'a concern cannot be raised in the future' });
  if (problems.length) throw invalid(`The risk flag was not saved: ${problems[0]!.message}.`, problems);
  await refuseIdentifiers(trx, { Description: input.description, 'Escalated to': input.escalatedTo }, { strictDates: false, warnNames: false, what: 'The risk flag' });
  const now = ctx.now().toISOString();
  const { id } = await trx
    .insertInto('case_audit_risk_flags')
    .values({
      audit_id: input.auditId,
      case_id: caseId,
      return_id: input.returnId,
      agency_id: agencyId,
      kind: input.kind,
      description: input.description,
      raised_on: raisedOn,
      raised_by: input.raisedBy ?? ctx.userName,
      escalated_to: input.escalatedTo,
      response: null,
      response_on: null,
      assurance: null,
      assurance_on: null,
      closed_on: null,
      closure_note: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const made = await getRiskFlag(trx, id, today);
  await recordChange(trx, ctx, { entityType: 'case_risk_flag', entityId: id, action: 'create', summary: `Risk flag raised (${made.auditTitle}, ${made.caseReference ?? 'no case'})`, before: null, after: snapshot(made) });
  return id;
}

export async function raiseRiskFlag(db: Db, ctx: WriteCtx, input: RiskFlagFields): Promise<RiskFlag> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => getRiskFlag(trx, await insertRiskFlag(trx, ctx, input, today), today));
}

/** Records the agency's response, the assurance given and the closing, each with its date; every step is checked. */
export async function updateRiskFlag(db: Db, ctx: WriteCtx, id: number, patch: RiskFlagPatch): Promise<RiskFlag> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => {
    const before = await getRiskFlag(trx, id, today);
    const next = {
      description: patchOr(patch.description, before.description),
      agencyId: patchOr(patch.agencyId, before.agencyId),
      escalatedTo: patchOr(patch.escalatedTo, before.escalatedTo),
      response: patchOr(patch.response, before.response),
      responseOn: patchOr(patch.responseOn, before.responseOn),
      assurance: patchOr(patch.assurance, before.assurance),
      assuranceOn: patchOr(patch.assuranceOn, before.assuranceOn),
      closedOn: patchOr(patch.closedOn, before.closedOn),
      closureNote: patchOr(patch.closureNote, before.closureNote),
    };
    // Text given without its date is dated today.
    if (next.response && !next.responseOn) next.responseOn = today;
    if (next.assurance && !next.assuranceOn) next.assuranceOn = today;
    const problems: ApiErrorDetail[] = [];
    const add = (field: string, message: string) => problems.push({ field, message });
    if (next.responseOn && !next.response) add('response', "record the agency's response with its date");
    if (next.assuranceOn && !next.assurance) add('assurance', 'record the assurance given with its date');
    for (const [field, d] of [['responseOn', next.responseOn], ['assuranceOn', next.assuranceOn], ['closedOn', next.closedOn]] as const) {
      if (d && d < before.raisedOn) add(field, `is before the concern was raised (${before.raisedOn})`);
      if (d && d > today) add(field, 'is in the future');
    }
    if (next.closedOn && !next.assurance && !next.closureNote) add('closedOn', 'a flag is closed once assurance is received, or with a note saying why it is closed without it');
    if (problems.length) throw invalid(`The risk flag was not updated: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, problems);
    await refuseIdentifiers(
      trx,
      { Description: next.description, Response: next.response, Assurance: next.assurance, 'Closure note': next.closureNote },
      { strictDates: false, warnNames: false, what: 'The risk flag' },
    );
    await trx
      .updateTable('case_audit_risk_flags')
      .set({
        description: next.description,
        agency_id: next.agencyId,
        escalated_to: next.escalatedTo,
        response: next.response,
        response_on: next.responseOn,
        assurance: next.assurance,
        assurance_on: next.assuranceOn,
        closed_on: next.closedOn,
        closure_note: next.closureNote,
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    const after = await getRiskFlag(trx, id, today);
    await recordChange(trx, ctx, { entityType: 'case_risk_flag', entityId: id, action: 'update', summary: `Risk flag ${id}: ${after.status}`, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}
