import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import {
  ACTION_STATUSES,
  CLOSED_ACTION_STATUSES,
  DUE_SOON_DAYS,
  STALE_AFTER_DAYS,
  type ActionBucket,
  type ActionFilterParsed,
  type ActionStatus,
} from '../../../shared/domain/action';
import { addDaysIso, monthEndIso, quarterOf } from '../../../shared/domain/dates';
import type { ActionsTable, DB } from '../db/schema';
import { nameKey } from './name-key';

// The one definition of the action filters and deadline buckets, in SQL: the list, the board and the home
// tiles all build their WHERE from here, so a tile's count and the list it opens never disagree.

export type ActionsDB = DB & { act: ActionsTable };
type Eb = ExpressionBuilder<ActionsDB, 'act'>;
type Cond = Expression<SqlBool>;

/** Open statuses, listed (not "not in closed") so the (status, due_date) index can serve the deadline buckets. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ACTION_STATUSES.filter((s) => !CLOSED_ACTION_STATUSES.includes(s));

/** The dates the buckets compare with, worked out once from "today" (London). */
export interface BucketDates {
  today: string;
  /** Last day of the "due in the next 30 days" window. */
  soon: string;
  monthEnd: string;
  /** An open action last updated (or created) on or before this date is stale. */
  staleOnOrBefore: string;
  quarterStart: string;
  quarterEnd: string;
  quarterLabel: string;
}

export function bucketDates(today: string): BucketDates {
  const q = quarterOf(today);
  return {
    today,
    soon: addDaysIso(today, DUE_SOON_DAYS),
    monthEnd: monthEndIso(today),
    staleOnOrBefore: addDaysIso(today, -STALE_AFTER_DAYS),
    quarterStart: q.start,
    quarterEnd: q.end,
    quarterLabel: q.label,
  };
}

/**
 * Each bucket as the statuses it takes (null: any) and a condition on dates (null: none). Kept apart so the
 * board can count every bucket in one pass grouped by status, and the list can filter by the same rule.
 */
interface BucketRule {
  statuses: readonly ActionStatus[] | null;
  date: ((eb: Eb, d: BucketDates) => Cond) | null;
}
export const BUCKET_RULES: Record<ActionBucket, BucketRule> = {
  all: { statuses: null, date: null },
  open: { statuses: OPEN_ACTION_STATUSES, date: null },
  overdue: { statuses: OPEN_ACTION_STATUSES, date: (eb, d) => eb('act.due_date', '<', d.today) },
  due_30: { statuses: OPEN_ACTION_STATUSES, date: (eb, d) => eb.and([eb('act.due_date', '>=', d.today), eb('act.due_date', '<=', d.soon)]) },
  due_this_month: { statuses: OPEN_ACTION_STATUSES, date: (eb, d) => eb.and([eb('act.due_date', '>=', d.today), eb('act.due_date', '<=', d.monthEnd)]) },
  // Never updated counts from the day it was made.
  no_update_90: { statuses: OPEN_ACTION_STATUSES, date: (eb, d) => eb(eb.fn.coalesce('act.last_update_on', 'act.created_on'), '<=', d.staleOnOrBefore) },
  completed_this_quarter: { statuses: ['complete'], date: (eb, d) => eb.and([eb('act.completed_on', '>=', d.quarterStart), eb('act.completed_on', '<=', d.quarterEnd)]) },
};

/** The condition of one bucket; null for 'all'. */
export function bucketCondition(eb: Eb, bucket: ActionBucket, d: BucketDates): Cond | null {
  const rule = BUCKET_RULES[bucket];
  const conds = [...(rule.statuses ? [eb('act.status', 'in', rule.statuses)] : []), ...(rule.date ? [rule.date(eb, d)] : [])];
  return conds.length ? eb.and(conds) : null;
}

/** "A-0042", "a42", "42" → 42. */
export function parseActionReference(text: string): number | null {
  const m = /^\s*(?:a\s*-?\s*)?0*(\d{1,9})\s*$/i.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** LIKE pattern text: wildcards the user typed are dropped rather than escaped, as the register's search does. */
const likeText = (s: string) => s.replace(/[%_\\]/g, '');

/** Description, free-text owner, owner contact's name, agency name, or the reference itself. */
function searchCondition(eb: Eb, search: string): Cond | null {
  const text = likeText(search.trim().toLowerCase());
  if (!text) return null;
  const key = nameKey(text);
  const ref = parseActionReference(text);
  // lower() on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
  const like = (col: 'act.description' | 'act.owner_name') => eb(eb.fn<string>('lower', [col]), 'like', `%${text}%`);
  // Matching owners and agencies are found once (uncorrelated IN), not looked up again for every action.
  return eb.or([
    like('act.description'),
    like('act.owner_name'),
    eb('act.owner_contact_id', 'in', eb.selectFrom('contacts as sc').select('sc.id').where((e) => e(e.fn<string>('lower', ['sc.full_name']), 'like', `%${text}%`))),
    ...(key ? [eb('act.agency_id', 'in', eb.selectFrom('agencies as sa').select('sa.id').where('sa.name_key', 'like', `%${key}%`))] : []),
    ...(ref !== null ? [eb('act.id', '=', ref)] : []),
  ]);
}

/** Every filter but the bucket: what the board counts under. */
export function filterConditions(eb: Eb, f: Omit<ActionFilterParsed, 'bucket'>): Cond[] {
  const out: Cond[] = [];
  if (f.kind) out.push(eb('act.kind', '=', f.kind));
  if (f.agencyId !== undefined) out.push(eb('act.agency_id', '=', f.agencyId));
  if (f.ownerContactId !== undefined) out.push(eb('act.owner_contact_id', '=', f.ownerContactId));
  if (f.groupId !== undefined) out.push(eb('act.group_id', '=', f.groupId));
  if (f.cycleId !== undefined) out.push(eb('act.cycle_id', '=', f.cycleId));
  if (f.standardId !== undefined) out.push(eb('act.standard_id', '=', f.standardId));
  if (f.statuses?.length) out.push(eb('act.status', 'in', f.statuses));
  const s = f.search ? searchCondition(eb, f.search) : null;
  if (s) out.push(s);
  return out;
}

/** Applies the filter and its bucket to a query over `actions as act`. */
export function whereFilter<O>(
  qb: SelectQueryBuilder<ActionsDB, 'act', O>,
  f: ActionFilterParsed,
  d: BucketDates,
): SelectQueryBuilder<ActionsDB, 'act', O> {
  return qb.where((eb) => {
    const conds = filterConditions(eb, f);
    const b = bucketCondition(eb, f.bucket, d);
    if (b) conds.push(b);
    return eb.and(conds);
  });
}
