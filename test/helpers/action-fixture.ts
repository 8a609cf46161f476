import type { ActionDetail, ActionGroup, ActionInput } from '../../shared/domain/action';
import { createAgency, setAgencyActive } from '../../electron/backend/services/agencies';
import { loadTargets, normaliseAnswers, writeAnswers, type RawAnswer } from '../../electron/backend/services/answers-write';
import { createContact, linkContact } from '../../electron/backend/services/contacts';
import { createCycle } from '../../electron/backend/services/cycles';
import { duplicateFramework } from '../../electron/backend/services/framework-write';
import { listFrameworks } from '../../electron/backend/services/frameworks';
import { loadScaleForFramework } from '../../electron/backend/services/rating-scale';
import { listSectors } from '../../electron/backend/services/sectors';
import { inTransaction } from '../../electron/backend/db/transaction';
import { call, tempBackend } from './backend';
import { agencyFields } from './register-files';

// A small partnership for the action-plan tests: a real backend whose clock the test moves, three agencies
// (one retired), a cycle of the compact audit, and the default groups.

export async function actionFixture(start = '2026-11-22T10:00:00Z') {
  let clock = new Date(start);
  const b = await tempBackend({ now: () => clock });
  const ctx = b.ctx;
  /** Moves "now" (an instant; London's date of it is "today"). */
  const setNow = (iso: string) => {
    clock = new Date(iso);
  };
  const sectors = new Map((await listSectors(ctx.db)).map((s) => [s.code, s.id]));
  const builtIn = (await listFrameworks(ctx.db)).find((f) => f.familyKey === 'compact-audit')!;
  const framework = await duplicateFramework(ctx.db, ctx, builtIn.id, 'test v1');
  const person = (fullName: string) =>
    createContact(ctx.db, ctx, { fullName, jobTitle: null, email: `${fullName.split(' ')[0]!.toLowerCase()}@x.example`, phone: null, organisation: null, isBusinessUnit: false, isScrutineer: false, notes: null });
  const agency = async (name: string, sector: string, lead?: string) => {
    const a = await createAgency(ctx.db, ctx, agencyFields(sectors.get(sector)!, { name, duties: ['s11'] }));
    const contact = lead ? await person(lead) : null;
    if (contact) await linkContact(ctx.db, ctx, contact.id, a.id, 'safeguarding_lead');
    return { id: a.id, leadId: contact?.id ?? null };
  };
  const alder = await agency('Alder Health Trust', 'health', 'Jane Hollins');
  const birch = await agency('Birch Police', 'police', 'Sam Patel');
  const closed = await agency('Closed Youth Club', 'voluntary');
  await setAgencyActive(ctx.db, ctx, closed.id, false, 'closed down');

  const cycle = await createCycle(
    ctx.db,
    ctx,
    { name: 'S.11 Audit 2026', cycleType: 's11', frameworkId: framework.id, periodLabel: '2026/27', launchDate: '2026-09-01', initialDeadline: '2026-10-30', finalDeadline: '2026-12-15' },
    [alder.id, birch.id],
  );
  const fw = await loadTargets(ctx.db, framework.id);
  const scale = await loadScaleForFramework(ctx.db, framework.id);
  const groups = await call<ActionGroup[]>(b, 'actionGroups.list');
  const key = (number: string) => (number.includes('.') ? fw.itemByNumber : fw.standardByNumber).get(number)!.key;
  const cycleAgencyId = async (agencyId: number) =>
    (await ctx.db.selectFrom('cycle_agencies').select('id').where('cycle_id', '=', cycle.id).where('agency_id', '=', agencyId).executeTakeFirstOrThrow()).id;

  /** Answers by standard or item number, written as a return would be. */
  async function answer(agencyId: number, byNumber: Array<Omit<RawAnswer, 'targetKey'> & { number: string }>) {
    const raw = byNumber.map(({ number, ...a }) => ({ ...a, targetKey: key(number) }));
    const { answers, problems } = normaliseAnswers(scale, fw, raw);
    if (problems.length) throw new Error(JSON.stringify(problems));
    const id = await cycleAgencyId(agencyId);
    await inTransaction(ctx.db, (trx) => writeAnswers(trx, ctx, id, answers, { source: 'typed', replaceAll: false, summary: 'test answers' }));
    return id;
  }

  /** An agency action for Alder, due 31 December unless said otherwise, made through the API. */
  const create = (over: Partial<ActionInput> = {}) =>
    call<ActionDetail>(b, 'actions.create', { kind: 'agency', agencyId: alder.id, description: 'Refresh safeguarding training for bank staff', dueDate: '2026-12-31', ...over });
  const update = (id: number, u: Record<string, unknown>) => call<ActionDetail>(b, 'actions.addUpdate', { id, update: u });

  return { b, ctx, setNow, alder, birch, closed, person, framework, cycle, fw, key, groups, cycleAgencyId, answer, create, update };
}
export type ActionFixture = Awaited<ReturnType<typeof actionFixture>>;
