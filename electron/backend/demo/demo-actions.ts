import type { ActionFields, ActionPriority } from '../../../shared/domain/action';
import { addDaysIso, monthEndIso, quarterOf } from '../../../shared/domain/dates';
import type { ServiceContext } from '../context';
import { inTransaction } from '../db/transaction';
import { addActionEvidence } from '../services/action-evidence';
import { ensureDefaultActionGroups, listActionGroups } from '../services/action-groups';
import { leadContactId } from '../services/action-suggest';
import { appendUpdate, type ActionUpdateParsed } from '../services/action-updates';
import { insertAction } from '../services/actions';
import { loadTargets } from '../services/answers-write';
import { loadScaleForFramework } from '../services/rating-scale';
import { answerFlags } from '../services/return-rules';
import { todayOf } from '../services/write-context';
import { makeRandom, type Random } from './random';

// Action plans for the demo partnership, in every state the board tracks: agency actions on the demo cycles'
// weak ratings, and partnership actions across the groups. Dates are relative to today; each action is made
// and updated through the services, on the day it says, so its history reads as it would have happened.

type Update = Partial<ActionUpdateParsed> & { date: string };
interface Plan {
  created: string;
  due: string;
  updates: Update[];
  evidence?: string;
}
type Scenario = (created: string, r: Random) => Plan;

const PROGRESS = [
  'Draft policy shared with the senior leadership team for comment.',
  'Training dates booked; 60% of staff enrolled so far.',
  'Audit of 15 case files under way; early findings positive.',
  'New supervision template in use in two of the three teams.',
  'Named lead attended the partnership briefing and has cascaded it.',
  'Recruitment checklist revised; HR confirm it is in use for all new starters.',
];
const RISKS = ['Staff sickness has delayed the audit.', 'Waiting on HR system changes before the checklist can go live.', 'Training provider cancelled; looking for another.'];
const ACTIONS = [
  'Refresh safeguarding training for bank and agency staff and record completion on the training matrix.',
  'Audit case files to check the voice of the child is recorded in every assessment.',
  'Review the safer recruitment checklist so two references are verified before any start date.',
  'Embed the escalation policy through team briefings and a short staff survey.',
  'Introduce quarterly safeguarding supervision for all front-line managers.',
  'Publish the named safeguarding lead and deputy on the intranet and in staff induction.',
];
const at = (date: string) => new Date(`${date}T10:00:00Z`);
const u = (date: string, over: Partial<ActionUpdateParsed> = {}): Update => ({ date, ...over });

export async function seedDemoActions(ctx: ServiceContext): Promise<void> {
  const today = todayOf(ctx);
  const day = (n: number) => addDaysIso(today, n);
  const q = quarterOf(today);
  const max = (...xs: string[]) => xs.reduce((a, b) => (a > b ? a : b));
  // Completed this quarter, a few days ago where the quarter allows.
  const thisQuarter = (after: string) => max(q.start, day(-3), after);
  const r = makeRandom(4004);

  const current: Scenario[] = [
    (c, r) => ({ created: c, due: day(r.int(60, 150)), updates: [] }),
    (c, r) => ({ created: c, due: day(r.int(60, 120)), updates: [u(addDaysIso(c, 2), { status: 'on_track', rag: 'green', text: r.pick(PROGRESS) })] }),
    (c, r) => ({ created: c, due: day(r.int(25, 90)), updates: [u(addDaysIso(c, 1), { status: 'on_track', rag: 'amber', text: r.pick(PROGRESS) }), u(day(-2), { status: 'at_risk', rag: 'red', text: r.pick(RISKS) })] }),
    (c, r) => ({ created: c, due: day(r.int(7, 28)), updates: [u(addDaysIso(c, 1), { status: 'on_track', rag: 'green', text: r.pick(PROGRESS) })] }),
    (c, r) => ({ created: c, due: day(-r.int(2, 6)), updates: [u(addDaysIso(c, 2), { status: 'on_track', rag: 'amber', text: r.pick(PROGRESS) })] }),
    (c, r) => ({
      created: c,
      due: day(30),
      updates: [u(addDaysIso(c, 1), { status: 'on_track', rag: 'green', text: r.pick(PROGRESS) }), u(thisQuarter(addDaysIso(c, 2)), { status: 'complete', rag: 'green', text: 'Done: evidence sent to the business unit.' })],
      evidence: 'https://intranet.northmoor.example/safeguarding/evidence/training-matrix',
    }),
    (c) => ({ created: c, due: day(90), updates: [u(addDaysIso(c, 3), { status: 'dropped', droppedReason: 'Covered by the partnership action on multi-agency training; agreed at the scrutiny meeting.' })] }),
  ];
  const past: Scenario[] = [
    (o) => ({ created: o, due: addDaysIso(o, 120), updates: [u(addDaysIso(o, 30), { status: 'on_track', rag: 'green', text: PROGRESS[0] }), u(addDaysIso(o, 100), { status: 'complete', text: 'Policy approved and launched.' })] }),
    (o) => ({
      created: o,
      due: addDaysIso(o, 300),
      updates: [u(addDaysIso(o, 60), { status: 'at_risk', rag: 'amber', text: RISKS[0] }), u(addDaysIso(o, 290), { newDueDate: day(20), slippageReason: 'Re-audit moved to follow the new case management system.' }), u(thisQuarter(day(-30)), { status: 'complete', rag: 'green', text: 'Re-audit complete: 14 of 15 files record the child’s views.' })],
    }),
    (o) => ({
      created: o,
      due: addDaysIso(o, 180),
      updates: [
        u(addDaysIso(o, 170), { status: 'on_track', rag: 'amber', newDueDate: addDaysIso(o, 365), slippageReason: 'Awaiting a new training provider.' }),
        u(addDaysIso(o, 360), { newDueDate: day(-10), slippageReason: 'Policy rewrite delayed by the service restructure.' }),
        u(day(-40), { status: 'at_risk', rag: 'red', text: RISKS[1] }),
      ],
    }),
    (o) => ({ created: o, due: addDaysIso(o, 200), updates: [u(addDaysIso(o, 190), { status: 'on_track', rag: 'green', newDueDate: day(45), slippageReason: 'Extended to take in the new guidance.' }), u(day(-120), { text: PROGRESS[3] })] }),
    (o) => ({ created: o, due: addDaysIso(o, 180), updates: [] }),
    (o) => ({ created: o, due: addDaysIso(o, 150), updates: [u(addDaysIso(o, 90), { status: 'dropped', droppedReason: 'The service was recommissioned; the new provider holds its own plan.' })] }),
  ];

  await inTransaction(ctx.db, async (trx) => {
    await ensureDefaultActionGroups(trx, ctx.now().toISOString());
    const make = async (fields: Omit<ActionFields, 'dueDate'>, plan: Plan) => {
      const id = await insertAction(trx, { userName: ctx.userName, now: () => at(plan.created) }, { ...fields, dueDate: plan.due }, plan.created);
      for (const up of plan.updates) {
        const full: ActionUpdateParsed = { text: null, rag: null, status: null, newDueDate: null, slippageReason: null, droppedReason: null, reportedBy: null, ...up };
        await appendUpdate(trx, { userName: ctx.userName, now: () => at(up.date) }, id, full, up.date);
      }
      if (plan.evidence) await addActionEvidence(trx, { ...ctx, now: () => at(plan.updates.at(-1)?.date ?? plan.created) }, id, { url: plan.evidence });
    };

    const cycles = await trx.selectFrom('cycles').select(['id', 'framework_id', 'final_deadline', 'status']).orderBy('id').execute();
    const now = cycles.find((c) => c.status === 'open');
    const then = cycles.find((c) => c.status === 'closed');
    const plans: Array<[typeof now, Scenario[], number[], (i: number) => string]> = [
      // 28 on the current cycle, made as the returns were accepted; 12 still tracked from the last one.
      [now, current, [7, 6, 4, 4, 3, 2, 2], (i) => day(-5 - (i % 10))],
      [then, past, [4, 2, 1, 2, 1, 2], () => addDaysIso(then?.final_deadline ?? day(-700), 25)],
    ];
    for (const [cycle, scenarios, counts, created] of plans) {
      if (!cycle) continue;
      const weak = await weakTargets(trx, cycle.id, cycle.framework_id);
      const order = counts.flatMap((n, s) => Array.from({ length: n }, () => s));
      for (const [i, s] of order.entries()) {
        const w = weak[i % Math.max(weak.length, 1)];
        if (!w) break;
        const plan = scenarios[s]!(created(i), r);
        const priority: ActionPriority = w.worst || i % 5 === 0 ? 'high' : i % 4 === 1 ? 'low' : 'medium';
        const owner = await leadContactId(trx, w.agencyId);
        await make(
          { kind: 'agency', agencyId: w.agencyId, groupId: null, cycleId: cycle.id, targetKey: w.targetKey, theme: null, description: w.improvement ?? ACTIONS[i % ACTIONS.length]!, ownerContactId: owner, ownerName: null, priority, source: 'demo', sourceRef: null },
          plan,
        );
      }
    }

    const groups = (await listActionGroups(trx)).map((g) => g.id);
    const partnership: Array<[number, string, string | null, string, ActionPriority, Plan]> = [
      [0, 'Agree the partnership’s response to the audit’s findings on the voice of the child.', 'Voice of the child', 'Independent Scrutineer', 'high', { created: day(-60), due: day(75), updates: [u(day(-20), { status: 'on_track', rag: 'green', text: 'Draft response discussed at the Executive; final version due next month.' })] }],
      [1, 'Run a multi-agency challenge event on the audit’s weakest standards.', 'Safer recruitment', 'Chair, Operational & Business Group', 'medium', { created: day(-90), due: day(12), updates: [u(day(-10), { status: 'at_risk', rag: 'amber', text: 'Venue confirmed; only half the agencies have named attendees.' })] }],
      [2, 'Commission refresher training on safer recruitment for bank and agency staff across partners.', 'Safer recruitment', 'Chair, L&D subgroup', 'high', { created: day(-120), due: day(10), updates: [u(day(-60), { status: 'on_track', rag: 'green', text: 'Provider commissioned; four sessions booked.' }), u(thisQuarter(day(-59)), { status: 'complete', text: '212 staff trained across 19 agencies.' })], evidence: 'https://northmoor-scp.example/learning/safer-recruitment-2026' }],
      [3, 'Re-audit a sample of multi-agency case files for the child’s lived experience.', 'Voice of the child', 'Chair, Q&P subgroup', 'high', { created: day(-150), due: day(-20), updates: [u(day(-30), { status: 'at_risk', rag: 'red', text: 'Only two agencies have shared files so far.' })] }],
      [4, 'Publish a summary of the Section 11 audit on the partnership website.', null, 'Partnership Business Manager', 'low', { created: day(-200), due: day(-120), updates: [u(day(-125), { status: 'complete', text: 'Published.' })] }],
      [0, 'Add the audit’s themes to the partnership’s annual report and priorities.', null, 'Partnership Business Manager', 'medium', { created: day(-180), due: day(60), updates: [u(day(-110), { status: 'on_track', rag: 'green', text: 'Themes agreed in principle.' })] }],
      [2, 'Build a short e-learning module on escalation for all partners.', 'Escalation', 'Chair, L&D subgroup', 'medium', { created: day(-20), due: day(90), updates: [] }],
      [3, 'Create a dataset tracking the timeliness of referrals by agency.', null, 'Chair, Q&P subgroup', 'low', { created: day(-140), due: day(40), updates: [u(day(-70), { status: 'dropped', droppedReason: 'Replaced by the regional performance dataset.' })] }],
      [1, 'Refresh the multi-agency escalation protocol.', 'Escalation', 'Chair, Operational & Business Group', 'medium', { created: day(-100), due: day(20), updates: [u(day(-50), { status: 'on_track', rag: 'amber', newDueDate: day(50), slippageReason: 'Waiting for the regional protocol, due out next month.' })] }],
      [4, 'Send every agency its individual feedback letter from the audit.', null, 'Partnership Business Manager', 'high', { created: day(-8), due: monthEndIso(today), updates: [] }],
    ];
    const theme = now?.id ?? null;
    for (const [g, description, themeName, ownerName, priority, plan] of partnership) {
      const groupId = groups[g % Math.max(groups.length, 1)];
      if (groupId === undefined) break;
      await make({ kind: 'partnership', agencyId: null, groupId, cycleId: themeName ? theme : null, targetKey: null, theme: themeName, description, ownerContactId: null, ownerName, priority, source: 'demo', sourceRef: null }, plan);
    }
  });
}

/** Weak answers (rating in force at the weak end) on standards, one per agency first, then more. */
async function weakTargets(db: ServiceContext['db'], cycleId: number, frameworkId: number) {
  const scale = await loadScaleForFramework(db, frameworkId);
  const fw = await loadTargets(db, frameworkId);
  const rows = await db
    .selectFrom('answers as an')
    .innerJoin('cycle_agencies as ca', 'ca.id', 'an.cycle_agency_id')
    .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
    .select(['ca.agency_id', 'an.target_key', 'an.self_code', 'an.self_na', 'an.moderated_code', 'an.improvement'])
    .where('ca.cycle_id', '=', cycleId)
    .where('a.active', '=', 1)
    .where('an.item_id', 'is', null)
    .orderBy('a.name_key')
    .orderBy('an.id')
    .execute();
  const worst = scale.levels.at(-1)?.code;
  const weak = rows
    .filter((a) => answerFlags(scale, a).weak && fw.byKey.has(a.target_key))
    .map((a) => ({ agencyId: a.agency_id, targetKey: a.target_key, improvement: a.improvement, worst: (a.moderated_code ?? a.self_code) === worst }));
  const seen = new Set<number>();
  const first = weak.filter((w) => !seen.has(w.agencyId) && seen.add(w.agencyId));
  return [...first, ...weak.filter((w) => !first.includes(w))];
}
