import type { AttendeeRole, MeetingAttendee, MeetingDetail } from '../../../shared/domain/scrutiny';
import { ATTENDEE_ROLES } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { notFound } from '../errors';
import { actionRowsByIds } from './actions-read';
import { buildAgenda, loadAgendaSources } from './meeting-agenda';
import { meetingRow } from './meetings-read';

// One scrutiny meeting with everything the meeting page and the agenda need: who is coming, the agenda built
// from the agency's data, notes and answers taken so far, its actions and how it has moved.

const flag = (v: number | null): boolean | null => (v === null ? null : v === 1);

/** The return of the meeting's agency in its cycle, if the agency is in scope. */
export async function meetingReturnId(db: Db, cycleId: number, agencyId: number): Promise<number | null> {
  const ca = await db.selectFrom('cycle_agencies').select('id').where('cycle_id', '=', cycleId).where('agency_id', '=', agencyId).executeTakeFirst();
  return ca?.id ?? null;
}

export async function meetingAttendees(db: Db, meetingId: number): Promise<MeetingAttendee[]> {
  const rows = await db
    .selectFrom('meeting_attendees as t')
    .leftJoin('contacts as c', 'c.id', 't.contact_id')
    .select(['t.id', 't.contact_id', 'c.full_name', 'c.email', 't.role', 't.attended'])
    .where('t.meeting_id', '=', meetingId)
    .orderBy('t.id')
    .execute();
  const order = (r: string) => ATTENDEE_ROLES.indexOf(r as AttendeeRole);
  return rows
    .map((r) => ({ id: r.id, contactId: r.contact_id, name: r.full_name ?? 'Unknown contact', email: r.email, role: r.role as AttendeeRole, attended: flag(r.attended) }))
    .sort((a, b) => order(a.role) - order(b.role) || a.id - b.id);
}

/** Ids of the actions made at a meeting: actions with source 'meeting' pointing at it. */
export async function meetingActionIds(db: Db, meetingId: number): Promise<number[]> {
  const rows = await db.selectFrom('actions').select('id').where('source', '=', 'meeting').where('source_ref', '=', String(meetingId)).orderBy('id').execute();
  return rows.map((r) => r.id);
}

export async function getMeetingDetail(db: Db, id: number, today: string): Promise<MeetingDetail> {
  const m = await db.selectFrom('meetings').select(['id', 'cycle_id', 'agency_id', 'uid', 'sequence']).where('id', '=', id).executeTakeFirst();
  if (!m) throw notFound('Meeting', id);
  const cycleAgencyId = await meetingReturnId(db, m.cycle_id, m.agency_id);
  const [row, sources, notes, answers, attendees, actionIds, reschedules] = await Promise.all([
    meetingRow(db, id),
    loadAgendaSources(db, { cycleId: m.cycle_id, agencyId: m.agency_id, cycleAgencyId }, today),
    db.selectFrom('meeting_notes').select(['item_key', 'note']).where('meeting_id', '=', id).orderBy('id').execute(),
    db
      .selectFrom('common_questions as q')
      .leftJoin('meeting_answers as a', (j) => j.onRef('a.question_id', '=', 'q.id').on('a.meeting_id', '=', id))
      .select(['q.id', 'q.text', 'a.answer'])
      .where('q.cycle_id', '=', m.cycle_id)
      .orderBy('q.sort_order')
      .orderBy('q.id')
      .execute(),
    meetingAttendees(db, id),
    meetingActionIds(db, id),
    db.selectFrom('meeting_reschedules').selectAll().where('meeting_id', '=', id).orderBy('at').orderBy('id').execute(),
  ]);
  return {
    ...row,
    // 0 only when the agency has left the cycle's scope since: there is no return to moderate.
    cycleAgencyId: cycleAgencyId ?? 0,
    uid: m.uid,
    sequence: m.sequence,
    notes: notes.map((n) => ({ itemKey: n.item_key, note: n.note })),
    answers: answers.map((a) => ({ questionId: a.id, question: a.text, answer: a.answer ?? null })),
    attendees,
    agenda: buildAgenda(sources),
    openActions: sources.openActions,
    meetingActions: actionIds.length ? await actionRowsByIds(db, actionIds, today) : [],
    reschedules: reschedules.map((r) => ({ at: r.at, by: r.by, previousStart: r.previous_start, previousEnd: r.previous_end, reason: r.reason })),
  };
}
