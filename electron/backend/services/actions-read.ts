import type { Selectable } from 'kysely';
import {
  SLIPPAGE_FLAG_MOVES,
  isClosedAction,
  type ActionDetail,
  type ActionFilterParsed,
  type ActionKind,
  type ActionPriority,
  type ActionRow,
  type ActionSource,
  type ActionStatus,
  type Rag,
} from '../../../shared/domain/action';
import type { ActionsTable, Db } from '../db/schema';
import { notFound } from '../errors';
import { bucketDates, whereFilter, type BucketDates } from './actions-query';
import { daysBetween } from './return-rules';

export { parseActionReference } from './actions-query';

// Reading actions: the list behind the board and every filtered view, and one action in full. One row
// query serves both, so the list and the detail screen always show the same flags.

/** "A-0042": the reference users and agencies quote. */
export const actionReference = (id: number): string => `A-${String(id).padStart(4, '0')}`;

/** The columns every list shows; the detail screen reads the rest (see getAction). */
const LIST_COLUMNS = [
  'act.id',
  'act.kind',
  'act.agency_id',
  'act.group_id',
  'act.cycle_id',
  'act.target_key',
  'act.standard_id',
  'act.theme',
  'act.description',
  'act.owner_contact_id',
  'act.owner_name',
  'act.priority',
  'act.status',
  'act.completed_on',
  'act.original_due_date',
  'act.due_date',
  'act.due_date_moves',
  'act.last_update_on',
  'act.last_update_text',
  'act.last_rag',
  'act.source',
  'act.created_on',
] as const;

type Stored = Pick<Selectable<ActionsTable>, (typeof LIST_COLUMNS)[number] extends `act.${infer C extends keyof ActionsTable}` ? C : never> & {
  agency_name: string | null;
  group_name: string | null;
  cycle_name: string | null;
  standard_number: string | null;
  standard_title: string | null;
  item_number: string | null;
  item_text: string | null;
  owner_contact_name: string | null;
};

/** Rows matching the filter (its bucket included), or only the given ids; soonest due first. */
async function queryRows(db: Db, f: ActionFilterParsed, d: BucketDates, ids?: number[]): Promise<Stored[]> {
  let q = db.selectFrom('actions as act').$call((qb) => whereFilter(qb, f, d));
  if (ids) q = q.where('act.id', 'in', ids.length ? ids : [0]);
  return q
    .leftJoin('agencies as ag', 'ag.id', 'act.agency_id')
    .leftJoin('action_groups as gr', 'gr.id', 'act.group_id')
    .leftJoin('cycles as cy', 'cy.id', 'act.cycle_id')
    .leftJoin('framework_standards as fs', 'fs.id', 'act.standard_id')
    .leftJoin('framework_items as fi', 'fi.id', 'act.item_id')
    .leftJoin('contacts as oc', 'oc.id', 'act.owner_contact_id')
    .select([
      ...LIST_COLUMNS,
      'ag.name as agency_name',
      'gr.name as group_name',
      'cy.name as cycle_name',
      'fs.number as standard_number',
      'fs.title as standard_title',
      'fi.number as item_number',
      'fi.text as item_text',
      'oc.full_name as owner_contact_name',
    ])
    .orderBy('act.due_date')
    .orderBy('act.id')
    .execute();
}

/** Calendar days from a date to today, remembered per date: a long list has many actions due on the same day. */
function daysPast(today: string): (date: string) => number {
  const seen = new Map<string, number>();
  return (date) => {
    let n = seen.get(date);
    if (n === undefined) seen.set(date, (n = daysBetween(date, today)));
    return n;
  };
}

/** The row as every list shows it; overdue, stale and slipping are worked out from today, never stored. */
export function toActionRow(r: Stored, d: BucketDates, days = daysPast(d.today)): ActionRow {
  const open = !isClosedAction(r.status);
  const overdue = open && r.due_date < d.today;
  return {
    id: r.id,
    reference: actionReference(r.id),
    kind: r.kind as ActionKind,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    groupId: r.group_id,
    groupName: r.group_name,
    cycleId: r.cycle_id,
    cycleName: r.cycle_name,
    targetKey: r.target_key,
    standardId: r.standard_id,
    standardNumber: r.item_number ?? r.standard_number,
    standardTitle: r.item_text ?? r.standard_title,
    theme: r.theme,
    description: r.description,
    ownerContactId: r.owner_contact_id,
    owner: r.owner_contact_name ?? r.owner_name,
    priority: r.priority as ActionPriority,
    status: r.status as ActionStatus,
    originalDueDate: r.original_due_date,
    dueDate: r.due_date,
    dueDateMoves: r.due_date_moves,
    slipping: r.due_date_moves >= SLIPPAGE_FLAG_MOVES,
    overdue,
    daysOverdue: overdue ? days(r.due_date) : null,
    stale: open && (r.last_update_on ?? r.created_on) <= d.staleOnOrBefore,
    lastUpdateOn: r.last_update_on,
    lastUpdateText: r.last_update_text,
    lastRag: r.last_rag as Rag | null,
    completedOn: r.completed_on,
    source: r.source as ActionSource,
    createdOn: r.created_on,
  };
}

export async function listActions(db: Db, filter: ActionFilterParsed, today: string): Promise<ActionRow[]> {
  const d = bucketDates(today);
  const days = daysPast(today);
  return (await queryRows(db, filter, d)).map((r) => toActionRow(r, d, days));
}

/** Rows of the given actions, whatever their bucket, soonest due first. */
export async function actionRowsByIds(db: Db, ids: number[], today: string): Promise<ActionRow[]> {
  const d = bucketDates(today);
  const out: ActionRow[] = [];
  // In slices: an IN list stays well under the databases' parameter limits.
  for (let i = 0; i < ids.length; i += 500) out.push(...(await queryRows(db, { bucket: 'all' }, d, ids.slice(i, i + 500))).map((r) => toActionRow(r, d)));
  return ids.length > 500 ? out.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id) : out;
}

export async function getAction(db: Db, id: number, today: string): Promise<ActionDetail> {
  const d = bucketDates(today);
  const [r] = await queryRows(db, { bucket: 'all' }, d, [id]);
  if (!r) throw notFound('Action', actionReference(id));
  const [more, updates, evidence] = await Promise.all([
    db.selectFrom('actions').select(['dropped_reason', 'completion_note', 'source_ref', 'created_by', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow(),
    db.selectFrom('action_updates').selectAll().where('action_id', '=', id).orderBy('update_date', 'desc').orderBy('id', 'desc').execute(),
    db.selectFrom('action_evidence').selectAll().where('action_id', '=', id).orderBy('id').execute(),
  ]);
  return {
    ...toActionRow(r, d),
    droppedReason: more.dropped_reason,
    completionNote: more.completion_note,
    sourceRef: more.source_ref,
    createdBy: more.created_by,
    updatedAt: more.updated_at,
    updates: updates.map((u) => ({
      id: u.id,
      date: u.update_date,
      text: u.text,
      rag: u.rag as Rag | null,
      status: u.status as ActionStatus | null,
      previousDueDate: u.previous_due_date,
      newDueDate: u.new_due_date,
      slippageReason: u.slippage_reason,
      reportedBy: u.reported_by,
      createdAt: u.created_at,
      createdBy: u.created_by,
    })),
    evidence: evidence.map((e) => ({
      id: e.id,
      kind: e.kind as 'file' | 'link',
      fileName: e.file_name,
      url: e.url,
      sizeBytes: e.size_bytes,
      addedAt: e.added_at,
      addedBy: e.added_by,
    })),
  };
}
