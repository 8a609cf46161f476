import type { ChallengeAgency, ChallengeAttendee, ChallengeEvent, ChallengeEventSummary, ChallengeQuestion } from '../../../shared/domain/scrutiny';
import type { Selectable } from 'kysely';
import type { ChallengeEventsTable, Db } from '../db/schema';
import { notFound } from '../errors';

// Reading challenge events: the list for a cycle and one event with its questions, agencies and attendees.

const flag = (v: number | null): boolean | null => (v === null ? null : v === 1);

type EventRow = Omit<Selectable<ChallengeEventsTable>, 'notes' | 'uid' | 'sequence' | 'created_at' | 'updated_at'>;

/** When and where an event is, as the API names it: its summary and its history snapshot both start with these. */
export const eventFields = (e: Pick<EventRow, 'title' | 'event_date' | 'start_time' | 'end_time' | 'venue' | 'online_link'>) => ({
  title: e.title,
  date: e.event_date,
  startTime: e.start_time,
  endTime: e.end_time,
  venue: e.venue,
  onlineLink: e.online_link,
});

/** Agencies with at least one attendee recorded as there: what "attended" means for an agency. */
async function attendedAgencyIds(db: Db, eventIds: number[]): Promise<Map<number, Set<number>>> {
  const out = new Map<number, Set<number>>(eventIds.map((id) => [id, new Set<number>()]));
  if (!eventIds.length) return out;
  const rows = await db
    .selectFrom('challenge_attendees')
    .select(['event_id', 'agency_id'])
    .where('event_id', 'in', eventIds)
    .where('attended', '=', 1)
    .where('agency_id', 'is not', null)
    .execute();
  for (const r of rows) out.get(r.event_id)!.add(r.agency_id!);
  return out;
}

async function summaries(db: Db, events: EventRow[]): Promise<ChallengeEventSummary[]> {
  const ids = events.map((e) => e.id);
  const [questions, invited, attended] = await Promise.all([
    ids.length
      ? db.selectFrom('challenge_questions').select(['event_id', (eb) => eb.fn.countAll<number>().as('n')]).where('event_id', 'in', ids).groupBy('event_id').execute()
      : [],
    ids.length
      ? db
          .selectFrom('challenge_agencies')
          .select(['event_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('event_id', 'in', ids)
          .where('invited', '=', 1)
          .groupBy('event_id')
          .execute()
      : [],
    attendedAgencyIds(db, ids),
  ]);
  const count = (rows: Array<{ event_id: number; n: number | string }>, id: number) => Number(rows.find((r) => r.event_id === id)?.n ?? 0);
  return events.map((e) => ({
    id: e.id,
    cycleId: e.cycle_id,
    ...eventFields(e),
    questionCount: count(questions, e.id),
    invitedCount: count(invited, e.id),
    attendedAgencies: attended.get(e.id)!.size,
  }));
}

export async function listChallengeEvents(db: Db, cycleId: number): Promise<ChallengeEventSummary[]> {
  const events = await db.selectFrom('challenge_events').selectAll().where('cycle_id', '=', cycleId).orderBy('event_date').orderBy('start_time').orderBy('id').execute();
  return summaries(db, events);
}

/** The sampled questions with their framework number and title, in order. */
export async function challengeQuestions(db: Db, eventIds: number[]): Promise<Array<ChallengeQuestion & { eventId: number }>> {
  if (!eventIds.length) return [];
  const rows = await db
    .selectFrom('challenge_questions as q')
    .innerJoin('framework_standards as s', 's.id', 'q.standard_id')
    .leftJoin('framework_items as i', 'i.id', 'q.item_id')
    .select(['q.id', 'q.event_id', 'q.target_key', 'q.bring', 'q.discussion', 'q.good_practice', 'q.recommendations', 's.number as s_number', 's.title as s_title', 'i.number as i_number', 'i.text as i_text'])
    .where('q.event_id', 'in', eventIds)
    .orderBy('q.event_id')
    .orderBy('q.sort_order')
    .orderBy('q.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    eventId: r.event_id,
    targetKey: r.target_key,
    number: r.i_number ?? r.s_number,
    title: r.i_text ?? r.s_title,
    bring: r.bring,
    discussion: r.discussion,
    goodPractice: r.good_practice,
    recommendations: r.recommendations,
  }));
}

export async function getChallengeEvent(db: Db, id: number): Promise<ChallengeEvent> {
  const e = await db.selectFrom('challenge_events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw notFound('Challenge event', id);
  const [[summary], questions, agencies, attendees] = await Promise.all([
    summaries(db, [e]),
    challengeQuestions(db, [id]),
    db
      .selectFrom('challenge_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .innerJoin('sectors as s', 's.id', 'a.sector_id')
      .select(['ca.agency_id', 'a.name', 's.name as sector_name', 'ca.invited', 'ca.brought_evidence', 'ca.evidence_kind', 'ca.notes'])
      .where('ca.event_id', '=', id)
      .orderBy('a.name_key')
      .execute(),
    db
      .selectFrom('challenge_attendees as t')
      .leftJoin('contacts as c', 'c.id', 't.contact_id')
      .leftJoin('agencies as a', 'a.id', 't.agency_id')
      .select(['t.id', 't.contact_id', 'c.full_name', 'c.email', 't.agency_id', 'a.name as agency_name', 't.attended'])
      .where('t.event_id', '=', id)
      .orderBy('t.id')
      .execute(),
  ]);
  return {
    ...summary!,
    notes: e.notes,
    uid: e.uid,
    sequence: e.sequence,
    questions: questions.map(({ eventId: _, ...q }) => q),
    agencies: agencies.map(
      (a): ChallengeAgency => ({
        agencyId: a.agency_id,
        agencyName: a.name,
        sectorName: a.sector_name,
        invited: a.invited === 1,
        broughtEvidence: flag(a.brought_evidence),
        evidenceKind: a.evidence_kind,
        notes: a.notes,
      }),
    ),
    attendees: attendees.map(
      (t): ChallengeAttendee => ({
        id: t.id,
        contactId: t.contact_id,
        name: t.full_name ?? 'Unknown contact',
        email: t.email,
        agencyId: t.agency_id,
        agencyName: t.agency_name,
        attended: flag(t.attended),
      }),
    ),
  };
}
