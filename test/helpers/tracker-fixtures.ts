import { AppError } from '../../electron/backend/errors';
import type { CycleInput } from '../../shared/domain/cycle';
import type { Duty } from '../../shared/domain/enums';
import { inTransaction } from '../../electron/backend/db/transaction';
import type { ServiceContext } from '../../electron/backend/context';
import { createAgency, setAgencyActive } from '../../electron/backend/services/agencies';
import { loadTargets, normaliseAnswers, writeAnswers, type RawAnswer } from '../../electron/backend/services/answers-write';
import { createContact, linkContact } from '../../electron/backend/services/contacts';
import { duplicateFramework } from '../../electron/backend/services/framework-write';
import { listFrameworks } from '../../electron/backend/services/frameworks';
import { loadScaleForFramework } from '../../electron/backend/services/rating-scale';
import { listSectors } from '../../electron/backend/services/sectors';
import { refreshReturnSummaries } from '../../electron/backend/services/return-summaries';
import { updateSettings } from '../../electron/backend/services/settings';
import { tempBackend } from './backend';
import { agencyFields } from './register-files';

// A small partnership for the cycle, returns-board and chaser tests, on a real backend with "today" pinned.

/** Monday 30 March 2026, the day after the clocks went forward. */
export const TRACKER_NOW = new Date('2026-03-30T09:00:00Z');

export async function trackerFixture(now: Date = TRACKER_NOW) {
  const b = await tempBackend({ now: () => now });
  const ctx = b.ctx;
  const sectors = new Map((await listSectors(ctx.db)).map((s) => [s.code, s.id]));
  const sectorId = (code: string) => sectors.get(code)!;
  const builtIn = (await listFrameworks(ctx.db)).find((f) => f.familyKey === 'compact-audit')!;
  /** A draft copy of the built-in compact audit (both items and standards rated; O, G, RI, I). */
  const framework = await duplicateFramework(ctx.db, ctx, builtIn.id, 'test v1');

  const person = (fullName: string, email: string | null, jobTitle: string | null = null) =>
    createContact(ctx.db, ctx, { fullName, jobTitle, email, phone: null, organisation: null, isBusinessUnit: false, isScrutineer: false, notes: null });
  const agency = async (name: string, sector: string, opts: { duties?: Duty[]; lead?: [string, string | null]; deputy?: [string, string | null] } = {}) => {
    const a = await createAgency(ctx.db, ctx, agencyFields(sectorId(sector), { name, duties: opts.duties ?? ['s11'] }));
    if (opts.lead) await linkContact(ctx.db, ctx, (await person(...opts.lead)).id, a.id, 'safeguarding_lead');
    if (opts.deputy) await linkContact(ctx.db, ctx, (await person(...opts.deputy)).id, a.id, 'deputy_lead');
    return a.id;
  };

  const bu = await createContact(ctx.db, ctx, {
    fullName: 'Pat Officer',
    jobTitle: 'Partnership Business Manager',
    email: 'pat.officer@northmoor-scp.example',
    phone: null,
    organisation: 'Northmoor SCP',
    isBusinessUnit: true,
    isScrutineer: false,
    notes: null,
  });
  await updateSettings(ctx.db, ctx, { partnershipName: 'Northmoor Safeguarding Children Partnership', partnershipShortName: 'NSCP', businessUnitContactId: bu.id });

  const ids = {
    alder: await agency('Alder Primary School', 'education', { duties: ['s175'], lead: ['Jane Hollins', 'jane.hollins@alder.example'], deputy: ['Kate Morrow', 'kate.morrow@alder.example'] }),
    birch: await agency('Birch Health Trust', 'health', { lead: ['Sam Patel', 'sam.patel@birch.example'] }),
    cedar: await agency('Cedar Police', 'police', { lead: ['Karen Blythe', null] }),
    damson: await agency('Damson Housing', 'housing'),
    elm: await agency('Elm Nursery: Main/Annex site.', 'education', { duties: ['childcare'], lead: ['Ruth Ng', 'ruth@elm.example'] }),
    closed: await agency('Closed Youth Club', 'voluntary'),
  };
  await setAgencyActive(ctx.db, ctx, ids.closed, false, 'closed down');

  const cycleInput = (over: Partial<CycleInput> = {}): CycleInput => ({
    name: 'S.11 Self-Assessment Audit 2026',
    cycleType: 's11',
    frameworkId: framework.id,
    periodLabel: '2025/26',
    launchDate: '2026-02-02',
    initialDeadline: '2026-03-27',
    finalDeadline: '2026-04-24',
    ...over,
  });

  /** Answers by standard or item number ("1" or "1.1"), through the shared model as a return would be. */
  async function answer(cycleAgencyId: number, frameworkId: number, byNumber: Array<Omit<RawAnswer, 'targetKey'> & { number: string }>) {
    const fw = await loadTargets(ctx.db, frameworkId);
    const scale = await loadScaleForFramework(ctx.db, frameworkId);
    const raw = byNumber.map(({ number, ...a }) => ({ ...a, targetKey: (number.includes('.') ? fw.itemByNumber : fw.standardByNumber).get(number)!.key }));
    const { answers, problems } = normaliseAnswers(scale, fw, raw);
    if (problems.length) throw new Error(JSON.stringify(problems));
    await inTransaction(ctx.db, (trx) => writeAnswers(trx, ctx, cycleAgencyId, answers, { source: 'typed', replaceAll: false, summary: 'test answers' }));
    return fw;
  }

  /** Sets a moderated rating straight in the table (moderation itself is another service's work). */
  async function moderate(cycleAgencyId: number, targetKey: string, code: string) {
    await inTransaction(ctx.db, async (trx) => {
      await trx.updateTable('answers').set({ moderated_code: code }).where('cycle_agency_id', '=', cycleAgencyId).where('target_key', '=', targetKey).execute();
      // A write outside the services keeps the derived rows in step as the services do.
      await refreshReturnSummaries(trx, [cycleAgencyId]);
    });
  }

  const cycleAgencyId = async (cycleId: number, agencyId: number) =>
    (await ctx.db.selectFrom('cycle_agencies').select('id').where('cycle_id', '=', cycleId).where('agency_id', '=', agencyId).executeTakeFirstOrThrow()).id;

  return { b, ctx: ctx as ServiceContext, sectorId, framework, builtIn, ids, bu, cycleInput, answer, moderate, cycleAgencyId, person, agency };
}

/** The AppError a call fails with; fails the test if it succeeds or throws anything else. */
export const failure = async (p: Promise<unknown>): Promise<AppError> => {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
};
