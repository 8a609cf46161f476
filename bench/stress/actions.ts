import type { ServiceContext } from '../../electron/backend/context';
import type { ActionsTable, ActionUpdatesTable } from '../../electron/backend/db/schema';
import type { Insertable } from 'kysely';
import { inTransaction } from '../../electron/backend/db/transaction';
import { ensureDefaultActionGroups } from '../../electron/backend/services/action-groups';
import { loadTargets } from '../../electron/backend/services/answers-write';
import { chunks } from '../../electron/backend/services/cycle-scope';
import { daysBetween } from '../../electron/backend/services/return-rules';
import { todayOf } from '../../electron/backend/services/write-context';
import { addDaysIso } from '../../shared/domain/dates';
import type { Random } from '../../electron/backend/demo/random';
import type { StressCycle } from './cycles';

// Action plans at the scale of a large partnership after several audit rounds: 20,000 actions (agency
// actions on the stress cycle's standards and partnership actions across a dozen groups) and 100,000
// dated progress updates, in every state. Inserted in bulk: the services' one-by-one checks would only time
// themselves. The columns the services keep in step (last update, due date moves, completed on) are
// worked out here the same way.

export interface StressActions {
  actions: number;
  updates: number;
  /** An agency, group and standard with actions, for the bench's filters. */
  sample: { agencyId: number; groupId: number; cycleId: number; standardId: number; search: string };
}

const MORE_GROUPS = ['Child Death Overview Panel', 'Education Safeguarding Forum', 'Health Safeguarding Group', 'Exploitation subgroup', 'Early Help Board', 'Neglect Strategy Group', 'Voice of the Child Forum'];
const VERBS = ['Review', 'Refresh', 'Audit', 'Embed', 'Publish', 'Introduce', 'Strengthen', 'Evaluate'];
const OBJECTS = ['the safer recruitment checklist', 'safeguarding supervision', 'the escalation policy', 'training for bank staff', 'the voice of the child in assessments', 'the named lead arrangements', 'the allegations procedure', 'record keeping on case files', 'the exploitation screening tool', 'the neglect toolkit'];
const PROGRESS = ['Work under way as planned.', 'Draft shared with managers.', 'Half of staff trained so far.', 'Audit sample chosen.', 'Delayed by staff absence.', 'Policy approved by the board.', 'Waiting on HR system change.'];
const STATUSES: Array<[string, number]> = [['not_started', 0.2], ['on_track', 0.35], ['at_risk', 0.15], ['complete', 0.22], ['dropped', 0.08]];
const RAGS = ['green', 'amber', 'red'] as const;

const pickWeighted = (r: Random, xs: Array<[string, number]>) => {
  let x = r.next();
  for (const [v, w] of xs) if ((x -= w) < 0) return v;
  return xs[xs.length - 1]![0];
};

export async function generateActions(ctx: ServiceContext, r: Random, cycle: StressCycle, total = 20_000, totalUpdates = 100_000): Promise<StressActions> {
  const today = todayOf(ctx);
  const now = ctx.now().toISOString();
  return inTransaction(ctx.db, async (trx) => {
    await ensureDefaultActionGroups(trx, now);
    const existing = await trx.selectFrom('action_groups').select(['id', 'name', 'sort_order']).execute();
    const missing = MORE_GROUPS.filter((g) => !existing.some((e) => e.name === g));
    if (missing.length) await trx.insertInto('action_groups').values(missing.map((name, i) => ({ name, sort_order: existing.length + i + 1, active: 1, created_at: now }))).execute();
    const groups = (await trx.selectFrom('action_groups').select('id').orderBy('id').execute()).map((g) => g.id);
    const agencies = await trx
      .selectFrom('agencies as a')
      .leftJoin('agency_contacts as ac', (j) => j.onRef('ac.agency_id', '=', 'a.id').on('ac.role', '=', 'safeguarding_lead'))
      .select(['a.id', 'ac.contact_id'])
      .where('a.active', '=', 1)
      .orderBy('a.id')
      .execute();
    const targets = (await loadTargets(trx, cycle.frameworkId)).targets;

    // How many updates each action gets: 100,000 draws over the actions, about five each, some none.
    const counts = new Array<number>(total).fill(0);
    for (let i = 0; i < totalUpdates; i++) counts[r.int(0, total - 1)]!++;

    const actions: Array<Insertable<ActionsTable>> = [];
    const plans: Array<Array<Omit<Insertable<ActionUpdatesTable>, 'action_id'>>> = [];
    for (let i = 0; i < total; i++) {
      const agencyAction = r.chance(0.85);
      const agency = agencies[r.int(0, agencies.length - 1)]!;
      const target = agencyAction && r.chance(0.7) ? r.pick(targets) : null;
      const created = addDaysIso(today, -r.int(0, 720));
      const status = pickWeighted(r, STATUSES);
      let due = addDaysIso(created, r.int(30, 365));
      const original = due;
      const n = counts[i]!;
      const span = daysBetween(created, today);
      const dates = Array.from({ length: n }, () => addDaysIso(created, r.int(0, span))).sort();
      const moves = n && r.chance(0.2) ? Math.min(n, r.int(1, 3)) : 0;
      const ups: Array<Omit<Insertable<ActionUpdatesTable>, 'action_id'>> = dates.map((date, k) => {
        const move = k < moves;
        const previous = due;
        if (move) due = addDaysIso(due, r.int(14, 90));
        const last = k === n - 1;
        return {
          update_date: date,
          text: r.pick(PROGRESS),
          rag: r.chance(0.6) ? r.pick(RAGS) : null,
          status: last && status !== 'not_started' ? status : null,
          previous_due_date: move ? previous : null,
          new_due_date: move ? due : null,
          slippage_reason: move ? 'Capacity in the team' : null,
          reported_by: 'stress',
          created_at: now,
          created_by: 'stress',
        };
      });
      const last = ups[ups.length - 1];
      const lastRag = [...ups].reverse().find((u) => u.rag)?.rag ?? null;
      actions.push({
        kind: agencyAction ? 'agency' : 'partnership',
        agency_id: agencyAction ? agency.id : null,
        group_id: agencyAction ? null : r.pick(groups),
        cycle_id: target ? cycle.cycleId : agencyAction && r.chance(0.5) ? cycle.cycleId : null,
        target_key: target?.key ?? null,
        standard_id: target?.standardId ?? null,
        item_id: target?.itemId ?? null,
        theme: null,
        description: `${r.pick(VERBS)} ${r.pick(OBJECTS)}`,
        owner_contact_id: agencyAction ? (agency.contact_id ?? null) : null,
        owner_name: agencyAction ? null : 'Subgroup chair',
        priority: r.pick(['high', 'medium', 'low']),
        status,
        dropped_reason: status === 'dropped' ? 'Superseded' : null,
        completion_note: null,
        completed_on: status === 'complete' ? (last?.update_date ?? created) : null,
        original_due_date: original,
        due_date: due,
        due_date_moves: moves,
        last_update_on: last?.update_date ?? null,
        last_update_text: last?.text ?? null,
        last_rag: lastRag,
        source: 'import',
        source_ref: null,
        created_on: created,
        created_at: now,
        created_by: 'stress',
        updated_at: now,
      });
      plans.push(ups);
    }

    const ids: number[] = [];
    for (const part of chunks(actions, 400)) ids.push(...(await trx.insertInto('actions').values(part).returning('id').execute()).map((x) => x.id));
    const updates = plans.flatMap((ups, i) => ups.map((u) => ({ ...u, action_id: ids[i]! })));
    for (const part of chunks(updates, 1000)) await trx.insertInto('action_updates').values(part).execute();

    const first = actions.findIndex((a) => a.target_key);
    const firstGroup = actions.find((a) => a.group_id)!;
    return {
      actions: ids.length,
      updates: updates.length,
      sample: { agencyId: actions[first]!.agency_id!, groupId: firstGroup.group_id!, cycleId: cycle.cycleId, standardId: actions[first]!.standard_id!, search: 'supervision' },
    };
  });
}
