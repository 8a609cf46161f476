import type { ApiErrorDetail } from '../../../shared/result';
import type { ActionDetail } from '../../../shared/domain/action';
import type { Db } from '../db/schema';
import { invalid } from '../errors';

// The checks every way of making or editing an action goes through (typed, from a weak rating, imported,
// from a scrutiny meeting): each problem names its field, and all are reported at once.

/** yyyy-mm-dd that is a day on the calendar: 2026-02-29 is not, 2028-02-29 is. */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export interface ActionLinks {
  kind: 'agency' | 'partnership';
  agencyId: number | null;
  groupId: number | null;
  cycleId: number | null;
  targetKey: string | null;
  ownerContactId: number | null;
}

export interface ResolvedTarget {
  standardId: number | null;
  itemId: number | null;
}

export interface CheckOptions {
  /** Refuse an inactive agency or group: true for a new action, or for a group newly chosen. */
  refuseInactiveAgency: boolean;
  refuseInactiveGroup: boolean;
  /** Dates to check that they fall on the calendar, by field. */
  dates?: Record<string, string | null | undefined>;
}

/** Checks what an action points at and resolves its target to a standard (and item); throws with every problem. */
export async function checkActionLinks(db: Db, a: ActionLinks, opts: CheckOptions): Promise<ResolvedTarget> {
  const problems: ApiErrorDetail[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  for (const [field, v] of Object.entries(opts.dates ?? {})) if (v && !isCalendarDate(v)) add(field, `${v} is not a date on the calendar`);

  if (a.kind === 'agency') {
    const ag = a.agencyId ? await db.selectFrom('agencies').select(['name', 'active']).where('id', '=', a.agencyId).executeTakeFirst() : undefined;
    if (!a.agencyId) add('agencyId', 'an agency action needs its agency');
    else if (!ag) add('agencyId', `no agency has the id ${a.agencyId}`);
    else if (opts.refuseInactiveAgency && ag.active !== 1) add('agencyId', `${ag.name} is no longer active in the register`);
  } else if (a.agencyId) add('agencyId', 'a partnership action belongs to a group, not an agency');

  if (a.kind === 'partnership' && !a.groupId) add('groupId', 'a partnership action needs the group that owns it');
  if (a.groupId) {
    const g = await db.selectFrom('action_groups').select(['name', 'active']).where('id', '=', a.groupId).executeTakeFirst();
    if (!g) add('groupId', `no group has the id ${a.groupId}`);
    else if (opts.refuseInactiveGroup && g.active !== 1) add('groupId', `${g.name} is no longer in use`);
  }

  if (a.ownerContactId) {
    const c = await db.selectFrom('contacts').select('id').where('id', '=', a.ownerContactId).executeTakeFirst();
    if (!c) add('ownerContactId', `no contact has the id ${a.ownerContactId}`);
  }

  let target: ResolvedTarget = { standardId: null, itemId: null };
  const cycle = a.cycleId ? await db.selectFrom('cycles').select(['framework_id', 'name']).where('id', '=', a.cycleId).executeTakeFirst() : undefined;
  if (a.cycleId && !cycle) add('cycleId', `no cycle has the id ${a.cycleId}`);
  if (a.targetKey && !a.cycleId) add('targetKey', 'a standard or item is chosen within a cycle: choose the cycle too');
  if (a.targetKey && cycle) {
    const found = await resolveTarget(db, cycle.framework_id, a.targetKey);
    if (!found) add('targetKey', `${a.targetKey} is not a standard or item of ${cycle.name}'s framework`);
    else target = found;
  }
  if (problems.length)
    throw invalid(
      `The action was not saved: ${problems.length === 1 ? `${problems[0]!.field}: ${problems[0]!.message}` : `${problems.length} problems`}.`,
      problems,
    );
  return target;
}

/** 's:<id>' or 'i:<id>' of a framework version → its standard (and item); null when not of that framework. */
export async function resolveTarget(db: Db, frameworkId: number, targetKey: string): Promise<ResolvedTarget | null> {
  const id = Number(targetKey.slice(2));
  if (targetKey.startsWith('s:')) {
    const s = await db.selectFrom('framework_standards').select('id').where('id', '=', id).where('framework_id', '=', frameworkId).executeTakeFirst();
    return s ? { standardId: s.id, itemId: null } : null;
  }
  const i = await db
    .selectFrom('framework_items as fi')
    .innerJoin('framework_standards as fs', 'fs.id', 'fi.standard_id')
    .select(['fi.id', 'fi.standard_id'])
    .where('fi.id', '=', id)
    .where('fs.framework_id', '=', frameworkId)
    .executeTakeFirst();
  return i ? { standardId: i.standard_id, itemId: i.id } : null;
}

/** What history shows of an action: names rather than ids. */
export const actionSnapshot = (a: ActionDetail): Record<string, unknown> => ({
  kind: a.kind,
  agency: a.agencyName,
  group: a.groupName,
  cycle: a.cycleName,
  target: a.standardNumber,
  theme: a.theme,
  description: a.description,
  owner: a.owner,
  priority: a.priority,
  status: a.status,
  dueDate: a.dueDate,
  droppedReason: a.droppedReason,
  completionNote: a.completionNote,
});
