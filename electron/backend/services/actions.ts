import type { z } from 'zod';
import type { ActionDetail, ActionFields, actionPatchSchema } from '../../../shared/domain/action';
import { patchOr } from '../../../shared/domain/patch';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, notFound } from '../errors';
import { removeUnreferencedActionFiles } from './action-evidence';
import { actionReference, getAction } from './actions-read';
import { actionSnapshot, checkActionLinks } from './actions-validate';
import { recordChange } from './history';
import { todayOf, type WriteCtx } from './write-context';

// Making, editing and deleting actions. Due date and status move only through progress updates
// (action-updates.ts), so their history is kept; here they are set once, when the action is made.

export type ActionPatchParsed = z.output<typeof actionPatchSchema>;

const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Checks and inserts one action, recording history, inside the caller's transaction (imports and scrutiny
 * meetings make many in one). `today` is the day it is recorded as made.
 */
export async function insertAction(trx: Db, ctx: WriteCtx, fields: ActionFields, today: string): Promise<number> {
  const target = await checkActionLinks(trx, fields, { refuseInactiveAgency: true, refuseInactiveGroup: true, dates: { dueDate: fields.dueDate } });
  const now = ctx.now().toISOString();
  const { id } = await trx
    .insertInto('actions')
    .values({
      kind: fields.kind,
      agency_id: fields.kind === 'agency' ? fields.agencyId : null,
      group_id: fields.groupId,
      cycle_id: fields.cycleId,
      target_key: fields.targetKey,
      standard_id: target.standardId,
      item_id: target.itemId,
      theme: fields.theme,
      description: fields.description,
      owner_contact_id: fields.ownerContactId,
      owner_name: fields.ownerName,
      priority: fields.priority,
      status: 'not_started',
      dropped_reason: null,
      completion_note: null,
      completed_on: null,
      original_due_date: fields.dueDate,
      due_date: fields.dueDate,
      due_date_moves: 0,
      last_update_on: null,
      last_update_text: null,
      last_rag: null,
      source: fields.source,
      source_ref: fields.sourceRef,
      created_on: today,
      created_at: now,
      created_by: ctx.userName,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const made = await getAction(trx, id, today);
  await recordChange(trx, ctx, {
    entityType: 'action',
    entityId: id,
    action: 'create',
    summary: `${made.reference} (${made.agencyName ?? made.groupName}): ${short(made.description)}`,
    before: null,
    after: actionSnapshot(made),
  });
  return id;
}

export async function createAction(db: Db, ctx: WriteCtx, input: ActionFields): Promise<ActionDetail> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => getAction(trx, await insertAction(trx, ctx, input, today), today));
}

/** Edits what an action says and who owns it; everything it points at is checked again. */
export async function updateAction(db: Db, ctx: WriteCtx, id: number, patch: ActionPatchParsed): Promise<ActionDetail> {
  const today = todayOf(ctx);
  return inTransaction(db, async (trx) => {
    const row = await trx.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('Action', actionReference(id));
    const before = await getAction(trx, id, today);
    const next = {
      groupId: patchOr(patch.groupId, row.group_id),
      cycleId: patchOr(patch.cycleId, row.cycle_id),
      targetKey: patchOr(patch.targetKey, row.target_key),
      ownerContactId: patchOr(patch.ownerContactId, row.owner_contact_id),
    };
    const target = await checkActionLinks(
      trx,
      { kind: row.kind as 'agency' | 'partnership', agencyId: row.agency_id, ...next },
      // An action may stay with a group since retired, but not be moved to one.
      { refuseInactiveAgency: false, refuseInactiveGroup: next.groupId !== row.group_id },
    );
    await trx
      .updateTable('actions')
      .set({
        description: patchOr(patch.description, row.description),
        owner_name: patchOr(patch.ownerName, row.owner_name),
        priority: patchOr(patch.priority, row.priority),
        theme: patchOr(patch.theme, row.theme),
        completion_note: patchOr(patch.completionNote, row.completion_note),
        group_id: next.groupId,
        cycle_id: next.cycleId,
        target_key: next.targetKey,
        standard_id: target.standardId,
        item_id: target.itemId,
        owner_contact_id: next.ownerContactId,
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    const after = await getAction(trx, id, today);
    await recordChange(trx, ctx, {
      entityType: 'action',
      entityId: id,
      action: 'update',
      summary: `${after.reference} edited`,
      before: actionSnapshot(before),
      after: actionSnapshot(after),
    });
    return after;
  });
}

/** Only an action made in error (no progress updates yet) can go; otherwise it is dropped with a reason. */
export async function deleteAction(db: Db, ctx: WriteCtx & { dataDir: string }, id: number): Promise<{ deleted: true }> {
  const today = todayOf(ctx);
  const paths = await inTransaction(db, async (trx) => {
    const a = await trx.selectFrom('actions').select('id').where('id', '=', id).executeTakeFirst();
    if (!a) throw notFound('Action', actionReference(id));
    const before = await getAction(trx, id, today);
    if (before.updates.length)
      throw conflict(`${before.reference} has ${before.updates.length} progress update${before.updates.length === 1 ? '' : 's'}, so it cannot be deleted; drop it with a reason instead.`, [
        { field: 'id', message: 'has progress updates' },
      ]);
    const files = await trx.selectFrom('action_evidence').select('stored_path').where('action_id', '=', id).where('stored_path', 'is not', null).execute();
    await trx.deleteFrom('action_evidence').where('action_id', '=', id).execute();
    await trx.deleteFrom('actions').where('id', '=', id).execute();
    await recordChange(trx, ctx, {
      entityType: 'action',
      entityId: id,
      action: 'delete',
      summary: `${before.reference} deleted: ${short(before.description)}`,
      before: actionSnapshot(before),
      after: null,
    });
    return files.map((f) => f.stored_path!);
  });
  // After the commit, so a rolled-back delete keeps its files.
  await removeUnreferencedActionFiles(db, ctx.dataDir, paths);
  return { deleted: true };
}
