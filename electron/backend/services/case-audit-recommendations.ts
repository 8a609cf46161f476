import type { z } from 'zod';
import type { ActionFields, ActionStatus } from '../../../shared/domain/action';
import type { CaseRecommendation, recommendationInputSchema } from '../../../shared/domain/case-audit';
import type { ApiErrorDetail } from '../../../shared/result';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { insertAction } from './actions';
import { actionReference } from './actions-read';
import { refuseIdentifiers } from './case-audit-text';
import { recordChange } from './history';
import { todayOf, type WriteCtx } from './write-context';

// Recommendations about the most significant areas where change is needed; each becomes a partnership action (owned
// by a group) or an agency action through the action-plan service, so it is tracked with every other action.

export type RecommendationFields = z.output<typeof recommendationInputSchema>;

/** What an action made from a recommendation points back to (actions.source_ref). */
export const recommendationRef = (auditId: number, recId: number) => `case-audit:${auditId}:recommendation:${recId}`;

export async function listRecommendations(db: Db, auditId: number): Promise<CaseRecommendation[]> {
  const rows = await db
    .selectFrom('case_audit_recommendations as r')
    .leftJoin('action_groups as g', 'g.id', 'r.group_id')
    .leftJoin('agencies as ag', 'ag.id', 'r.agency_id')
    .leftJoin('actions as act', 'act.id', 'r.action_id')
    .selectAll('r')
    .select(['g.name as group_name', 'ag.name as agency_name', 'act.status as action_status'])
    .where('r.audit_id', '=', auditId)
    .orderBy('r.position')
    .orderBy('r.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    ownerKind: r.owner_kind as 'partnership' | 'agency',
    groupId: r.group_id,
    groupName: r.group_name,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    dueDate: r.due_date,
    priority: r.priority as CaseRecommendation['priority'],
    actionId: r.action_id,
    actionReference: r.action_id ? actionReference(r.action_id) : null,
    actionStatus: (r.action_status as ActionStatus | null) ?? null,
  }));
}

/** Replaces the audit's recommendations, in order; one already made into an action stays (drop the action instead). */
export async function saveRecommendations(db: Db, ctx: WriteCtx, auditId: number, recs: RecommendationFields[]): Promise<void> {
  await inTransaction(db, async (trx) => {
    const a = await trx.selectFrom('case_audits').select(['title']).where('id', '=', auditId).executeTakeFirst();
    if (!a) throw notFound('Case-file audit', auditId);
    const before = await listRecommendations(trx, auditId);
    const problems: ApiErrorDetail[] = [];
    const groups = new Set((await trx.selectFrom('action_groups').select('id').execute()).map((g) => g.id));
    const agencyIds = recs.map((r) => r.agencyId).filter((x): x is number => x !== null);
    const agencies = new Set(agencyIds.length ? (await trx.selectFrom('agencies').select('id').where('id', 'in', agencyIds).execute()).map((x) => x.id) : []);
    recs.forEach((r, i) => {
      if (r.id !== undefined && !before.some((b) => b.id === r.id)) problems.push({ field: `recommendations.${i}.id`, message: `recommendation ${r.id} is not one of this audit's` });
      if (r.ownerKind === 'partnership' && r.groupId !== null && !groups.has(r.groupId)) problems.push({ field: `recommendations.${i}.groupId`, message: `no group has the id ${r.groupId}` });
      if (r.ownerKind === 'agency' && r.agencyId !== null && !agencies.has(r.agencyId)) problems.push({ field: `recommendations.${i}.agencyId`, message: `no agency has the id ${r.agencyId}` });
    });
    const kept = new Set(recs.map((r) => r.id));
    for (const gone of before.filter((b) => !kept.has(b.id) && b.actionId))
      problems.push({ field: 'recommendations', message: `"${gone.text.slice(0, 60)}" is action ${gone.actionReference}: drop the action with a reason instead of deleting the recommendation` });
    if (problems.length) throw (problems.some((p) => p.field === 'recommendations') ? conflict : invalid)(`The recommendations were not saved: ${problems[0]!.message}.`, problems);
    await refuseIdentifiers(trx, Object.fromEntries(recs.map((r, i) => [`Recommendation ${i + 1}`, r.text])), { strictDates: false, warnNames: false, what: 'The recommendations' });

    const drop = before.filter((b) => !kept.has(b.id)).map((b) => b.id);
    if (drop.length) await trx.deleteFrom('case_audit_recommendations').where('id', 'in', drop).execute();
    for (const [position, r] of recs.entries()) {
      const row = {
        text: r.text,
        owner_kind: r.ownerKind,
        group_id: r.ownerKind === 'partnership' ? r.groupId : null,
        agency_id: r.ownerKind === 'agency' ? r.agencyId : null,
        due_date: r.dueDate,
        priority: r.priority,
        position,
      };
      if (r.id !== undefined) await trx.updateTable('case_audit_recommendations').set(row).where('id', '=', r.id).execute();
      else await trx.insertInto('case_audit_recommendations').values({ ...row, audit_id: auditId, action_id: null }).execute();
    }
    const after = await listRecommendations(trx, auditId);
    const view = (xs: CaseRecommendation[]) => ({ recommendations: xs.map((x) => `${x.groupName ?? x.agencyName}: ${x.text}${x.dueDate ? ` (by ${x.dueDate})` : ''}`) });
    await recordChange(trx, ctx, { entityType: 'case_audit', entityId: auditId, action: 'update', summary: `${a.title}: recommendations (${after.length})`, before: view(before), after: view(after) });
  });
}

/**
 * Makes an action of each chosen recommendation that has none yet (all of them by default), in one transaction;
 * a recommendation without a due date, or whose owner cannot take actions, refuses the whole batch.
 */
export async function makeActions(db: Db, ctx: WriteCtx, auditId: number, recommendationIds?: number[]): Promise<number[]> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => {
    const a = await trx.selectFrom('case_audits').select(['title', 'theme']).where('id', '=', auditId).executeTakeFirst();
    if (!a) throw notFound('Case-file audit', auditId);
    const all = await listRecommendations(trx, auditId);
    const unknown = (recommendationIds ?? []).filter((id) => !all.some((r) => r.id === id));
    if (unknown.length) throw invalid(`Recommendation ${unknown.join(', ')} is not one of this audit's.`, unknown.map((id) => ({ field: 'recommendationIds', message: `${id} is not in this audit` })));
    const chosen = all.filter((r) => !r.actionId && (!recommendationIds || recommendationIds.includes(r.id)));
    const undated = chosen.filter((r) => !r.dueDate);
    if (undated.length)
      throw invalid(
        `Give ${undated.length === 1 ? 'the recommendation' : `${undated.length} recommendations`} a due date before making ${undated.length === 1 ? 'it an action' : 'them actions'}.`,
        undated.map((r) => ({ field: 'dueDate', message: `"${r.text.slice(0, 60)}" has no due date` })),
      );
    const made: number[] = [];
    for (const r of chosen) {
      const fields: ActionFields = {
        kind: r.ownerKind,
        agencyId: r.ownerKind === 'agency' ? r.agencyId : null,
        groupId: r.ownerKind === 'partnership' ? r.groupId : null,
        cycleId: null,
        targetKey: null,
        theme: `Case-file audit: ${a.theme}`.slice(0, 200),
        description: r.text,
        ownerContactId: null,
        ownerName: null,
        dueDate: r.dueDate!,
        priority: r.priority,
        source: 'manual',
        sourceRef: recommendationRef(auditId, r.id),
      };
      const actionId = await insertAction(trx, ctx, fields, today);
      await trx.updateTable('case_audit_recommendations').set({ action_id: actionId }).where('id', '=', r.id).execute();
      await recordChange(trx, ctx, {
        entityType: 'case_audit',
        entityId: auditId,
        action: 'update',
        summary: `${a.title}: recommendation made action ${actionReference(actionId)}`,
        before: { recommendation: r.text, action: null },
        after: { recommendation: r.text, action: actionReference(actionId) },
      });
      made.push(actionId);
    }
    return made;
  });
}
