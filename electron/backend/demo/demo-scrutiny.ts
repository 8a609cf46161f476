import { parseISO } from 'date-fns';
import { addDaysIso } from '../../../shared/domain/dates';
import type { MeetingStatus } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { insertAction } from '../services/actions';
import { createChallengeEvent } from '../services/challenge-events';
import { setChallengeAgencies, setChallengeAttendees, setChallengeQuestions } from '../services/challenge-parts';
import { recordChange } from '../services/history';
import { setMeetingStatus, updateMeeting } from '../services/meeting-changes';
import { applyMeetingRecord } from '../services/meeting-record';
import { createMeetings } from '../services/meetings';
import type { WriteCtx } from '../services/write-context';
import { DEMO_ANSWERS, DEMO_QUESTIONS, DEMO_SAMPLED, type DemoScope } from './demo-scrutiny-text';
import { heldRecord } from './demo-scrutiny-held';

// Scrutiny for the demo's open cycle: the partnership's common questions, a challenge event two and a half
// weeks ago, and a run of fifteen individual meetings: six held and recorded, one cancelled, one moved, the
// rest confirmed or proposed for the coming weeks. Dates are working days relative to today.

/** The working day `n` working days from `today` (negative: before); Saturday and Sunday are skipped. */
export function workingDay(today: string, n: number): string {
  let d = today;
  let left = Math.abs(n);
  const step = n < 0 ? -1 : 1;
  const weekend = (iso: string) => [0, 6].includes(parseISO(iso).getDay());
  if (n === 0) while (weekend(d)) d = addDaysIso(d, 1);
  while (left > 0) {
    d = addDaysIso(d, step);
    if (!weekend(d)) left -= 1;
  }
  return d;
}

const at = (date: string) => new Date(`${date}T16:00:00Z`);
const slot = (day: string, hour: string) => {
  const [h, m] = hour.split(':').map(Number) as [number, number];
  const end = h * 60 + m + 45;
  return { start: `${day}T${hour}`, end: `${day}T${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}` };
};

async function demoPeople(db: Db) {
  const scrutineer = await db.selectFrom('contacts').select(['id']).where('is_scrutineer', '=', 1).orderBy('id').executeTakeFirst();
  const officers = await db.selectFrom('contacts').select(['id']).where('is_business_unit', '=', 1).orderBy('id').limit(3).execute();
  return { scrutineer: scrutineer?.id ?? null, officers: officers.map((o) => o.id) };
}

async function seedCommonQuestions(db: Db, ctx: WriteCtx, cycleId: number): Promise<void> {
  const existing = await db.selectFrom('common_questions').select('id').where('cycle_id', '=', cycleId).execute();
  if (existing.length) return;
  await db.insertInto('common_questions').values(DEMO_QUESTIONS.map((text, i) => ({ cycle_id: cycleId, text, sort_order: i + 1 }))).execute();
  await recordChange(db, ctx, { entityType: 'cycle', entityId: cycleId, action: 'update', summary: 'Common questions for scrutiny meetings set', before: { commonQuestions: null }, after: { commonQuestions: DEMO_QUESTIONS.join(' | ') } });
}

async function seedChallengeEvent(db: Db, ctx: WriteCtx, today: string, cycleId: number, frameworkId: number, scope: DemoScope[], people: { scrutineer: number | null; officers: number[] }) {
  const date = workingDay(addDaysIso(today, -17), 0);
  const made = { userName: ctx.userName, now: () => at(addDaysIso(date, -30)) };
  const event = await createChallengeEvent(db, made, {
    cycleId,
    title: 'Section 11 challenge event',
    date,
    startTime: '09:30',
    endTime: '12:30',
    venue: 'Northmoor Town Hall, Committee Room 2',
    onlineLink: null,
    notes: 'The headline results of the self-assessment were shared first, to give the discussion its context.',
  });
  const items = await db
    .selectFrom('framework_items as i')
    .innerJoin('framework_standards as s', 's.id', 'i.standard_id')
    .select(['i.id', 'i.number'])
    .where('s.framework_id', '=', frameworkId)
    .orderBy('s.position')
    .orderBy('i.position')
    .execute();
  const byNumber = new Map(items.map((i) => [i.number, i.id]));
  // The sampled items where the framework has them, else the first items, so any framework gets three questions.
  const chosen = DEMO_SAMPLED.map((q, k) => ({ ...q, itemId: byNumber.get(q.number) ?? items[k]?.id })).filter((q, i, all) => q.itemId !== undefined && all.findIndex((x) => x.itemId === q.itemId) === i);
  const held = { userName: ctx.userName, now: () => at(date) };
  await setChallengeQuestions(db, made, event.id, chosen.map((q) => ({ targetKey: `i:${q.itemId}`, bring: q.bring, discussion: null, goodPractice: null, recommendations: null })));
  await setChallengeQuestions(db, held, event.id, chosen.map((q) => ({ targetKey: `i:${q.itemId}`, bring: q.bring, discussion: q.discussion, goodPractice: q.goodPractice, recommendations: q.recommendations })));
  await setChallengeAgencies(
    db,
    held,
    event.id,
    scope.map((a, i) => ({
      agencyId: a.agencyId,
      invited: true,
      broughtEvidence: i % 7 === 5 ? null : i % 4 === 3 ? false : true,
      evidenceKind: i % 7 === 5 || i % 4 === 3 ? null : i % 3 === 0 ? 'Single-agency audit' : 'Case study',
      notes: i % 4 === 3 ? 'Evidence promised by the end of the month.' : null,
    })),
  );
  const attendees = [
    ...(people.scrutineer ? [{ contactId: people.scrutineer, agencyId: null, attended: true }] : []),
    ...people.officers.slice(0, 2).map((contactId) => ({ contactId, agencyId: null, attended: true })),
    ...scope.filter((a) => a.leadId !== null).map((a, i) => ({ contactId: a.leadId!, agencyId: a.agencyId, attended: i % 6 !== 4 })),
  ];
  await setChallengeAttendees(db, held, event.id, attendees);
  return date;
}

/** The demo's meetings: [working-day offset, hour, status]. Held ones are in the past, the rest to come. */
const RUN: Array<[number, string, MeetingStatus | 'moved']> = [
  [-6, '10:00', 'held'],
  [-6, '11:00', 'held'],
  [-5, '10:00', 'held'],
  [-5, '14:00', 'held'],
  [-4, '10:00', 'held'],
  [-4, '11:00', 'held'],
  [-3, '10:00', 'cancelled'],
  [-2, '10:00', 'moved'],
  [2, '10:00', 'confirmed'],
  [2, '11:00', 'confirmed'],
  [3, '10:00', 'confirmed'],
  [4, '14:00', 'confirmed'],
  [5, '10:00', 'confirmed'],
  [8, '10:00', 'proposed'],
  [9, '10:00', 'proposed'],
];

export async function seedDemoScrutiny(db: Db, ctx: WriteCtx, today: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const cycle = await trx.selectFrom('cycles').select(['id', 'framework_id']).where('status', '=', 'open').where('historical', '=', 0).orderBy('id', 'desc').executeTakeFirst();
    if (!cycle) return;
    // Once only: a cycle with scrutiny already recorded is left alone.
    const done = await trx.selectFrom('meetings').select('id').where('cycle_id', '=', cycle.id).limit(1).executeTakeFirst();
    const event = await trx.selectFrom('challenge_events').select('id').where('cycle_id', '=', cycle.id).limit(1).executeTakeFirst();
    if (done || event) return;
    const scope: DemoScope[] = (
      await trx
        .selectFrom('cycle_agencies as ca')
        .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
        .leftJoin('agency_contacts as l', (j) => j.onRef('l.agency_id', '=', 'a.id').on('l.role', '=', 'safeguarding_lead'))
        .select(['ca.id as cycleAgencyId', 'a.id as agencyId', 'a.name', 'ca.status', 'l.contact_id as leadId'])
        .where('ca.cycle_id', '=', cycle.id)
        .orderBy('a.name_key')
        .execute()
    ).filter((a, i, all) => all.findIndex((b) => b.agencyId === a.agencyId) === i);
    if (!scope.length) return;
    const people = await demoPeople(trx);
    await seedCommonQuestions(trx, ctx, cycle.id);
    const eventDate = await seedChallengeEvent(trx, ctx, today, cycle.id, cycle.framework_id, scope, people);
    if (!people.scrutineer || !people.officers.length) return;

    // Agencies whose returns are in come first: their meetings are the ones held.
    const order = [...scope].sort((a, b) => Number(b.status === 'accepted') - Number(a.status === 'accepted'));
    const run = RUN.slice(0, order.length);
    const plannedOn = { userName: ctx.userName, now: () => at(addDaysIso(eventDate, 1)) };
    const ids = await createMeetings(
      trx,
      plannedOn,
      run.map(([offset, hour], i) => ({
        cycleId: cycle.id,
        agencyId: order[i]!.agencyId,
        ...slot(workingDay(today, offset), hour),
        location: i % 3 === 2 ? null : 'Northmoor Town Hall, Room 4',
        onlineLink: i % 3 === 2 ? 'https://meet.northmoor.example/scrutiny' : null,
        status: run[i]![2] === 'proposed' ? 'proposed' : 'confirmed',
        attendees: [
          { contactId: people.scrutineer!, role: 'scrutineer' as const },
          { contactId: people.officers[i % Math.min(2, people.officers.length)]!, role: 'officer' as const },
        ],
      })),
    );
    const questions = await trx.selectFrom('common_questions').select('id').where('cycle_id', '=', cycle.id).orderBy('sort_order').execute();
    for (const [i, [offset, hour, status]] of run.entries()) {
      const id = ids[i]!;
      const day = workingDay(today, offset);
      const onDay = { userName: ctx.userName, now: () => at(day) };
      if (status === 'held') {
        const held = await heldRecord(trx, { meetingId: id, cycleId: cycle.id, index: i, agency: order[i]!, questionIds: questions.map((q) => q.id), answers: DEMO_ANSWERS, day });
        await applyMeetingRecord(trx, onDay, held.record, day);
        if (held.action) await insertAction(trx, onDay, held.action, day);
      } else if (status === 'cancelled') {
        await setMeetingStatus(trx, { userName: ctx.userName, now: () => at(workingDay(today, offset - 2)) }, id, 'cancelled', 'The agency asked to meet after its restructure; a new date is being found.');
      } else if (status === 'moved') {
        const to = slot(workingDay(today, 6), hour === '10:00' ? '14:00' : hour);
        await updateMeeting(trx, { userName: ctx.userName, now: () => at(workingDay(today, offset - 1)) }, id, to, 'The safeguarding lead was called to a strategy meeting.');
      }
    }
  });
}
