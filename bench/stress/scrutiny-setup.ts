import type { ServiceContext } from '../../electron/backend/context';
import type { Db } from '../../electron/backend/db/schema';
import { createChallengeEvent } from '../../electron/backend/services/challenge-events';
import { setChallengeAgencies, setChallengeAttendees, setChallengeQuestions } from '../../electron/backend/services/challenge-parts';
import { createContact } from '../../electron/backend/services/contacts';
import { recordChange } from '../../electron/backend/services/history';
import type { WriteCtx } from '../../electron/backend/services/write-context';
import { addDaysIso } from '../../shared/domain/dates';
import { DEMO_QUESTIONS, DEMO_SAMPLED } from '../../electron/backend/demo/demo-scrutiny-text';
import type { Random } from '../../electron/backend/demo/random';
import { on, shuffled, uuidFrom } from './scale';

// What scrutiny needs before meetings: the scrutineers and business-unit officers who sit in them, each
// cycle's common questions, and each cycle's challenge event (through the services: there are only five).

export interface ScrutinyPeople {
  scrutineers: number[];
  officers: number[];
}

const SCRUTINEERS = ['Margaret Holloway', 'David Okonjo', 'Fiona Castle', 'Rajesh Menon', 'Ann Whitworth', 'Colin Baxter', 'Yasmin Farouk', 'Gordon Pike', 'Elaine Muir', 'Trevor Lamb', 'Sunita Rao', 'Bernard Quayle'];
const OFFICERS = ['Jo Marsden', 'Kate Ellison', 'Imran Siddiqui', 'Laura Penrose', 'Neil Cartwright', 'Hannah Boyd'];

/** Twelve independent scrutineers and six business-unit officers: six meetings can run at once. */
export async function scrutinyPeople(ctx: ServiceContext): Promise<ScrutinyPeople> {
  const make = async (name: string, scrutineer: boolean) => {
    const c = await createContact(ctx.db, ctx, {
      fullName: name,
      jobTitle: scrutineer ? 'Independent Scrutineer' : 'Business Unit Officer',
      email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@partnership.example.org`,
      phone: null,
      organisation: 'Safeguarding Partnership',
      isBusinessUnit: !scrutineer,
      isScrutineer: scrutineer,
      notes: null,
    });
    return c.id;
  };
  const scrutineers: number[] = [];
  for (const n of SCRUTINEERS) scrutineers.push(await make(n, true));
  const officers: number[] = [];
  for (const n of OFFICERS) officers.push(await make(n, false));
  return { scrutineers, officers };
}

/** The cycle's common questions, set when scrutiny is planned. */
export async function setCommonQuestions(db: Db, ctx: WriteCtx, cycleId: number): Promise<number[]> {
  const texts = [...DEMO_QUESTIONS, 'What has changed since your last self-assessment?'];
  const ids = (await db.insertInto('common_questions').values(texts.map((text, i) => ({ cycle_id: cycleId, text, sort_order: i + 1 }))).returning('id').execute()).map((q) => q.id);
  await recordChange(db, ctx, { entityType: 'cycle', entityId: cycleId, action: 'update', summary: 'Common questions for scrutiny meetings set', before: { commonQuestions: null }, after: { commonQuestions: texts.join(' | ') } });
  return ids;
}

export interface EventScope {
  agencyId: number;
  leadId: number | null;
}

/**
 * The cycle's challenge event on `date`, already held: three sampled items with the discussion recorded, up to
 * sixty agencies invited (most brought evidence) and their leads at it. Returns the sampled questions' ids.
 */
export async function holdChallengeEvent(db: Db, ctx: WriteCtx, r: Random, cycle: { cycleId: number; frameworkId: number; name: string }, date: string, scope: EventScope[], people: ScrutinyPeople): Promise<number[]> {
  const planned = on(ctx, addDaysIso(date, -30));
  const held = on(ctx, date, '13:00');
  const event = await createChallengeEvent(db, planned, {
    cycleId: cycle.cycleId,
    title: `${cycle.name} challenge event`,
    date,
    startTime: '09:30',
    endTime: '12:30',
    venue: 'Northmoor Town Hall, Council Chamber',
    onlineLink: null,
    notes: 'Headline results shared first; then the sampled items, one table per item.',
  });
  // The service draws a random UID; a seeded one keeps two runs identical (nothing has been exported yet).
  await db.updateTable('challenge_events').set({ uid: `challenge-${uuidFrom(r)}@audit-desk` }).where('id', '=', event.id).execute();
  const items = await db
    .selectFrom('framework_items as i')
    .innerJoin('framework_standards as s', 's.id', 'i.standard_id')
    .select(['i.id'])
    .where('s.framework_id', '=', cycle.frameworkId)
    .orderBy('s.position')
    .orderBy('i.position')
    .execute();
  const sampled = shuffled(r, items).slice(0, 3);
  const questions = sampled.map((item, k) => ({ targetKey: `i:${item.id}`, bring: DEMO_SAMPLED[k]!.bring, discussion: null, goodPractice: null, recommendations: null }));
  await setChallengeQuestions(db, planned, event.id, questions);
  await setChallengeQuestions(db, held, event.id, questions.map((q, k) => ({ ...q, discussion: DEMO_SAMPLED[k]!.discussion, goodPractice: DEMO_SAMPLED[k]!.goodPractice, recommendations: DEMO_SAMPLED[k]!.recommendations })));
  const invited = shuffled(r, scope).slice(0, 60);
  await setChallengeAgencies(
    db,
    held,
    event.id,
    invited.map((a) => {
      const brought = r.chance(0.8);
      return { agencyId: a.agencyId, invited: true, broughtEvidence: brought, evidenceKind: brought ? r.pick(['Case study', 'Single-agency audit']) : null, notes: brought ? null : 'Evidence promised by the end of the month.' };
    }),
  );
  await setChallengeAttendees(db, held, event.id, [
    { contactId: people.scrutineers[0]!, agencyId: null, attended: true },
    ...people.officers.slice(0, 2).map((contactId) => ({ contactId, agencyId: null, attended: true })),
    ...invited.filter((a) => a.leadId !== null).map((a) => ({ contactId: a.leadId!, agencyId: a.agencyId, attended: r.chance(0.85) })),
  ]);
  return (await db.selectFrom('challenge_questions').select('id').where('event_id', '=', event.id).orderBy('sort_order').execute()).map((q) => q.id);
}
