import { ACTION_BUCKETS, type ActionBoard, type ActionBucket, type ActionFilterParsed } from '../../../shared/domain/action';
import type { Db } from '../db/schema';
import { BUCKET_RULES, bucketCondition, bucketDates, filterConditions, type BucketDates } from './actions-query';

// The actions board: how many actions fall in each deadline bucket under the chosen filters, every bucket
// from the same rules (actions-query.ts) the list filters by. Two ways to count, chosen by the filter:
// - a filter that narrows the rows (an agency, a group, a search…): one pass over them, SUM(CASE …) per bucket;
// - the whole partnership (or only some statuses): one small query per bucket, each answered from an index
//   (status + due date, completed on), since seven CASEs on every one of 20,000 rows cost more than all of them.

type Filter = Omit<ActionFilterParsed, 'bucket'>;
type Counts = Record<ActionBucket, number>;

/**
 * Filters the status-and-dates indexes cannot answer alone: with any of them, one pass over the rows they
 * pick out is cheaper (an agency, a search) or no worse (a kind, which every index query would have to look up).
 */
export const narrows = (f: Filter): boolean =>
  f.kind !== undefined ||
  f.agencyId !== undefined ||
  f.ownerContactId !== undefined ||
  f.groupId !== undefined ||
  f.cycleId !== undefined ||
  f.standardId !== undefined ||
  Boolean(f.search?.trim());

export async function actionBoard(db: Db, filter: ActionFilterParsed, today: string): Promise<ActionBoard> {
  const d = bucketDates(today);
  const counts = narrows(filter) ? await countInOnePass(db, filter, d) : await countByIndex(db, filter, d);
  return { today, quarterLabel: d.quarterLabel, quarterStart: d.quarterStart, quarterEnd: d.quarterEnd, counts };
}

export async function countInOnePass(db: Db, filter: Filter, d: BucketDates): Promise<Counts> {
  const row = await db
    .selectFrom('actions as act')
    .where((eb) => eb.and(filterConditions(eb, filter)))
    .select((eb) =>
      ACTION_BUCKETS.map((bucket) => {
        const cond = bucketCondition(eb, bucket, d);
        return (cond ? eb.fn.sum<number>(eb.case().when(cond).then(1).else(0).end()) : eb.fn.countAll<number>()).as(bucket);
      }),
    )
    .executeTakeFirstOrThrow();
  return Object.fromEntries(ACTION_BUCKETS.map((b) => [b, Number((row as Record<string, unknown>)[b] ?? 0)])) as Counts;
}

export async function countByIndex(db: Db, filter: Filter, d: BucketDates): Promise<Counts> {
  const base = () => db.selectFrom('actions as act').where((eb) => eb.and(filterConditions(eb, filter)));
  const counts = Object.fromEntries(ACTION_BUCKETS.map((b) => [b, 0])) as Counts;
  // 'all' and 'open' from the count per status (the status index covers it).
  const perStatus = await base().select((eb) => ['act.status', eb.fn.countAll<number>().as('n')]).groupBy('act.status').execute();
  for (const s of perStatus) {
    counts.all += Number(s.n);
    if (BUCKET_RULES.open.statuses!.includes(s.status as never)) counts.open += Number(s.n);
  }
  // Due-date buckets: a range of the (status, due date) index.
  for (const b of ['overdue', 'due_30', 'due_this_month'] as const) {
    const r = await base().where((eb) => bucketCondition(eb, b, d)!).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[b] = Number(r.n);
  }
  // Date rule in WHERE, status in the CASE: the completed-on index narrows to this quarter, and the stale rule
  // (no index can serve it) is one plain scan rather than a lookup per open action.
  for (const b of ['completed_this_quarter', 'no_update_90'] as const) {
    const rule = BUCKET_RULES[b];
    const r = await base()
      .where((eb) => rule.date!(eb, d))
      .select((eb) => eb.fn.sum<number>(eb.case().when('act.status', 'in', rule.statuses!).then(1).else(0).end()).as('n'))
      .executeTakeFirstOrThrow();
    counts[b] = Number(r.n ?? 0);
  }
  return counts;
}
