import type { ActionGroup } from '../../../shared/domain/action';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, notFound } from '../errors';
import { OPEN_ACTION_STATUSES } from './actions-query';
import { recordChange } from './history';
import { nameKey } from './name-key';
import type { WriteCtx } from './write-context';

// The groups that own partnership actions: a list the partnership keeps. Groups are retired, never deleted,
// so the actions they owned keep their owner.

export const DEFAULT_ACTION_GROUPS = [
  'Executive',
  'Operational & Business Group',
  'Learning & Development subgroup',
  'Quality & Performance subgroup',
  'Business Unit',
] as const;

/** A new partnership starts with the usual groups; an existing list (even an emptied one) is left alone. */
export async function ensureDefaultActionGroups(db: Db, now: string): Promise<void> {
  const existing = await db.selectFrom('action_groups').select('id').limit(1).executeTakeFirst();
  if (existing) return;
  await db
    .insertInto('action_groups')
    .values(DEFAULT_ACTION_GROUPS.map((name, i) => ({ name, sort_order: i + 1, active: 1, created_at: now })))
    .execute();
}

export async function listActionGroups(db: Db, includeInactive = false, onlyId?: number): Promise<ActionGroup[]> {
  const rows = await db
    .selectFrom('action_groups as g')
    .select((eb) => [
      'g.id',
      'g.name',
      'g.active',
      'g.sort_order',
      eb
        .selectFrom('actions as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('a.group_id', '=', 'g.id')
        .where('a.status', 'in', OPEN_ACTION_STATUSES)
        .as('open_actions'),
    ])
    .$if(!includeInactive && onlyId === undefined, (q) => q.where('g.active', '=', 1))
    .$if(onlyId !== undefined, (q) => q.where('g.id', '=', onlyId!))
    .orderBy('g.sort_order')
    .orderBy('g.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, active: r.active === 1, sortOrder: r.sort_order, openActions: Number(r.open_actions ?? 0) }));
}

async function getGroup(db: Db, id: number): Promise<ActionGroup> {
  const [g] = await listActionGroups(db, true, id);
  if (!g) throw notFound('Group', id);
  return g;
}

/** Names are unique ignoring case and punctuation, so "L&D subgroup" is not entered twice. */
async function refuseDuplicateName(db: Db, name: string, exceptId?: number): Promise<void> {
  const key = nameKey(name);
  const all = await db.selectFrom('action_groups').select(['id', 'name']).execute();
  const same = all.find((g) => g.id !== exceptId && nameKey(g.name) === key);
  if (same) throw conflict(`There is already a group called ${same.name}.`, [{ field: 'name', message: `already used by ${same.name}` }]);
}

const tidy = (name: string) => name.trim().replace(/\s+/g, ' ');

export async function createActionGroup(db: Db, ctx: WriteCtx, name: string): Promise<ActionGroup> {
  return inTransaction(db, async (trx) => {
    const clean = tidy(name);
    await refuseDuplicateName(trx, clean);
    const last = await trx.selectFrom('action_groups').select((e) => e.fn.max('sort_order').as('m')).executeTakeFirst();
    const { id } = await trx
      .insertInto('action_groups')
      .values({ name: clean, sort_order: Number(last?.m ?? 0) + 1, active: 1, created_at: ctx.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx, ctx, { entityType: 'action_group', entityId: id, action: 'create', summary: `Group ${clean} added`, before: null, after: { name: clean, active: true } });
    return getGroup(trx, id);
  });
}

export async function updateActionGroup(db: Db, ctx: WriteCtx, id: number, patch: { name?: string; active?: boolean }): Promise<ActionGroup> {
  return inTransaction(db, async (trx) => {
    const before = await getGroup(trx, id);
    const name = patch.name === undefined ? before.name : tidy(patch.name);
    if (name !== before.name) await refuseDuplicateName(trx, name, id);
    const active = patch.active ?? before.active;
    await trx.updateTable('action_groups').set({ name, active: active ? 1 : 0 }).where('id', '=', id).execute();
    const what = active !== before.active ? (active ? 'back in use' : 'retired') : 'renamed';
    await recordChange(trx, ctx, {
      entityType: 'action_group',
      entityId: id,
      action: active !== before.active ? (active ? 'reactivate' : 'deactivate') : 'update',
      summary: `Group ${name} ${what}`,
      before: { name: before.name, active: before.active },
      after: { name, active },
    });
    return getGroup(trx, id);
  });
}
