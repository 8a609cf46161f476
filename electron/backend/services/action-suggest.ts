import { addMonths, format, parseISO } from 'date-fns';
import type { ActionFields, ActionPriority, ActionRow, ActionSuggestion } from '../../../shared/domain/action';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { OPEN_ACTION_STATUSES } from './actions-query';
import { actionRowsByIds } from './actions-read';
import { insertAction } from './actions';
import { loadTargets, type FrameworkTargets, type TargetInfo } from './answers-write';
import { levelByCode, loadScaleForFramework, type LoadedScale } from './rating-scale';
import { answerFlags } from './return-rules';
import { todayOf, type WriteCtx } from './write-context';

// Actions from weak ratings: a prefilled action for one answer, for the user to check, or one action for
// every weak answer of a return that has none open yet.

/** How long an agency is given to act on a weak rating, from the cycle's final deadline or today. */
export const RATING_ACTION_MONTHS = 3;

interface ReturnInfo {
  agencyId: number;
  agencyName: string;
  cycleId: number;
  finalDeadline: string | null;
  fw: FrameworkTargets;
  scale: LoadedScale;
}

async function loadReturn(db: Db, cycleAgencyId: number): Promise<ReturnInfo> {
  const ca = await db
    .selectFrom('cycle_agencies as ca')
    .innerJoin('cycles as c', 'c.id', 'ca.cycle_id')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .select(['ca.agency_id', 'a.name', 'ca.cycle_id', 'c.framework_id', 'c.final_deadline'])
    .where('ca.id', '=', cycleAgencyId)
    .executeTakeFirst();
  if (!ca) throw notFound('Return', cycleAgencyId);
  const [fw, scale] = await Promise.all([loadTargets(db, ca.framework_id), loadScaleForFramework(db, ca.framework_id)]);
  return { agencyId: ca.agency_id, agencyName: ca.name, cycleId: ca.cycle_id, finalDeadline: ca.final_deadline, fw, scale };
}

/** The agency's safeguarding lead (newest link to an active contact), who owns actions on its ratings. */
export async function leadContactId(db: Db, agencyId: number): Promise<number | null> {
  const lead = await db
    .selectFrom('agency_contacts as ac')
    .innerJoin('contacts as c', 'c.id', 'ac.contact_id')
    .select('c.id')
    .where('ac.agency_id', '=', agencyId)
    .where('ac.role', '=', 'safeguarding_lead')
    .where('c.active', '=', 1)
    .orderBy('ac.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return lead?.id ?? null;
}

/** The later of the final deadline and today, plus three months: the usual time to put things right. */
export function ratingActionDueDate(finalDeadline: string | null, today: string): string {
  const from = finalDeadline && finalDeadline > today ? finalDeadline : today;
  return format(addMonths(parseISO(from), RATING_ACTION_MONTHS), 'yyyy-MM-dd');
}

type AnswerRow = { self_code: string | null; self_na: number; moderated_code: string | null; improvement: string | null };

/** "Standard 3 Safer recruitment: rated Inadequate (moderated)". */
function contextOf(t: TargetInfo, scale: LoadedScale, a: AnswerRow | undefined): string {
  const what = `${t.itemId === null ? 'Standard' : 'Item'} ${t.number} ${t.text}`;
  if (!a) return `${what}: not answered`;
  if (a.moderated_code) return `${what}: rated ${levelByCode(scale, a.moderated_code)?.label ?? a.moderated_code} (moderated)`;
  if (a.self_na === 1) return `${what}: marked ${scale.naLabel}`;
  if (a.self_code) return `${what}: rated ${levelByCode(scale, a.self_code)?.label ?? a.self_code} (self-assessed)`;
  return `${what}: not rated`;
}

async function openActionIdsOn(db: Db, r: ReturnInfo, targetKey?: string): Promise<Array<{ id: number; target_key: string | null }>> {
  return db
    .selectFrom('actions')
    .select(['id', 'target_key'])
    .where('agency_id', '=', r.agencyId)
    .where('cycle_id', '=', r.cycleId)
    .where('status', 'in', OPEN_ACTION_STATUSES)
    .$if(targetKey !== undefined, (q) => q.where('target_key', '=', targetKey!))
    .execute();
}

function suggestionFor(r: ReturnInfo, t: TargetInfo, a: AnswerRow | undefined, owner: number | null, today: string): ActionFields {
  const weak = a ? answerFlags(r.scale, a).weak : false;
  return {
    kind: 'agency',
    agencyId: r.agencyId,
    groupId: null,
    cycleId: r.cycleId,
    targetKey: t.key,
    theme: null,
    description: a?.improvement?.trim() || `Address: ${t.text}`.slice(0, 4000),
    ownerContactId: owner,
    ownerName: null,
    dueDate: ratingActionDueDate(r.finalDeadline, today),
    priority: weak ? 'high' : 'medium',
    source: 'rating',
    sourceRef: null,
  };
}

export async function suggestAction(db: Db, cycleAgencyId: number, targetKey: string, today: string): Promise<ActionSuggestion> {
  const r = await loadReturn(db, cycleAgencyId);
  const t = r.fw.byKey.get(targetKey);
  if (!t) throw invalid(`${targetKey} is not a standard or item of this return's framework.`, [{ field: 'targetKey', message: 'is not part of this framework version' }]);
  const a = await db
    .selectFrom('answers')
    .select(['self_code', 'self_na', 'moderated_code', 'improvement'])
    .where('cycle_agency_id', '=', cycleAgencyId)
    .where('target_key', '=', targetKey)
    .executeTakeFirst();
  const existing = await openActionIdsOn(db, r, targetKey);
  return {
    input: suggestionFor(r, t, a, await leadContactId(db, r.agencyId), today),
    context: contextOf(t, r.scale, a),
    existing: await actionRowsByIds(db, existing.map((e) => e.id), today),
  };
}

/** One action per weak answer with no open action on the same target; all or nothing, and safe to repeat. */
export async function createActionsForWeak(db: Db, ctx: WriteCtx, cycleAgencyId: number, dueDate: string, priority: ActionPriority): Promise<ActionRow[]> {
  const today = todayOf(ctx);
  const ids = await inTransaction(db, async (trx) => {
    const r = await loadReturn(trx, cycleAgencyId);
    const answers = await trx
      .selectFrom('answers')
      .select(['target_key', 'self_code', 'self_na', 'moderated_code', 'improvement'])
      .where('cycle_agency_id', '=', cycleAgencyId)
      .execute();
    const byKey = new Map(answers.map((a) => [a.target_key, a]));
    const covered = new Set((await openActionIdsOn(trx, r)).map((x) => x.target_key));
    const owner = await leadContactId(trx, r.agencyId);
    const made: number[] = [];
    // In the framework's order, so the new actions read as the return does.
    for (const t of r.fw.targets) {
      const a = byKey.get(t.key);
      if (!a || !answerFlags(r.scale, a).weak || covered.has(t.key)) continue;
      made.push(await insertAction(trx, ctx, { ...suggestionFor(r, t, a, owner, today), dueDate, priority }, today));
    }
    return made;
  });
  return actionRowsByIds(db, ids, today);
}
