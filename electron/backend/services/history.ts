import type { HistoryEntry } from '../../../shared/domain/settings';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';

export interface ChangeRecord {
  entityType: string;
  entityId: number;
  action: string;
  summary: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field → [before, after] for the fields that differ; every field for a create. */
export function diff(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined) {
  const out: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const k of keys) {
    if (k === 'updatedAt' || k === 'createdAt') continue;
    const b = before?.[k] ?? null;
    const a = after?.[k] ?? null;
    if (!same(b, a)) out[k] = [b, a];
  }
  return out;
}

/** Records who changed what, in the caller's transaction so history and change commit together. */
export async function recordChange(db: Db, ctx: Pick<ServiceContext, 'userName' | 'now'>, change: ChangeRecord): Promise<void> {
  const changes = diff(change.before, change.after);
  if (change.action === 'update' && Object.keys(changes).length === 0) return;
  await db
    .insertInto('audit_log')
    .values({
      at: ctx.now().toISOString(),
      user_name: ctx.userName,
      entity_type: change.entityType,
      entity_id: change.entityId,
      action: change.action,
      summary: change.summary.slice(0, 500),
      changes: JSON.stringify(changes),
    })
    .execute();
}

const toEntry = (r: {
  id: number;
  at: string;
  user_name: string;
  entity_type: string;
  entity_id: number;
  action: string;
  summary: string;
  changes: string;
}): HistoryEntry => ({
  id: r.id,
  at: r.at,
  userName: r.user_name,
  entityType: r.entity_type,
  entityId: r.entity_id,
  action: r.action,
  summary: r.summary,
  changes: JSON.parse(r.changes) as HistoryEntry['changes'],
});

export async function listHistory(db: Db, entityType: string, entityId: number): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toEntry);
}

export async function recentHistory(db: Db, limit: number): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toEntry);
}
