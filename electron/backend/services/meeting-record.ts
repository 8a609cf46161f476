import type { z } from 'zod';
import type { MeetingDetail, MeetingStatus, meetingRecordSchema } from '../../../shared/domain/scrutiny';
import { MEETING_STATUS_LABELS } from '../../../shared/domain/scrutiny';
import type { ApiErrorDetail } from '../../../shared/result';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { moderate } from './answers';
import { recordChange } from './history';
import { setMeetingStatus } from './meeting-changes';
import { getMeetingDetail, meetingReturnId } from './meeting-detail';
import { todayOf, type WriteCtx } from './write-context';

// Recording a scrutiny meeting: status, who came, answers to the common questions, notes per agenda item
// and the moderated ratings agreed, all in one transaction, so a record is saved whole or not at all.
// Moderation goes through the returns' own moderation service: it joins this transaction.

export type MeetingRecordParsed = z.output<typeof meetingRecordSchema>;

/** 'weak:s:12', 'optimistic:i:40', 'action:7', 'theme:3', 'question:2' or 'other'. */
export const AGENDA_KEY = /^((weak|optimistic):[si]:\d+|(action|theme|question):\d+|other)$/;

const short = (s: string | null, n = 60) => (s && s.length > n ? `${s.slice(0, n - 1)}…` : s);
const bit = (v: boolean | null) => (v === null ? null : v ? 1 : 0);
const shown = (v: number | null) => (v === null ? 'not recorded' : v ? 'attended' : 'did not attend');

function refuse(details: ApiErrorDetail[]) {
  return invalid(`The meeting record was not saved: ${details.length === 1 ? `${details[0]!.field} ${details[0]!.message}` : `${details.length} problems`}.`, details);
}

/** Writes a record inside the caller's transaction (the demo records meetings inside its own). */
export async function applyMeetingRecord(trx: Db, ctx: WriteCtx, r: MeetingRecordParsed, today: string): Promise<void> {
  const m = await trx
    .selectFrom('meetings as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select(['m.id', 'm.cycle_id', 'm.agency_id', 'm.start_at', 'm.status', 'a.name'])
    .where('m.id', '=', r.id)
    .executeTakeFirst();
  if (!m) throw notFound('Meeting', r.id);
  const [attendees, questions, answers, notes] = await Promise.all([
    trx.selectFrom('meeting_attendees as t').leftJoin('contacts as c', 'c.id', 't.contact_id').select(['t.id', 't.contact_id', 't.attended', 'c.full_name']).where('t.meeting_id', '=', m.id).execute(),
    trx.selectFrom('common_questions').select(['id', 'text']).where('cycle_id', '=', m.cycle_id).execute(),
    trx.selectFrom('meeting_answers').select(['id', 'question_id', 'answer']).where('meeting_id', '=', m.id).execute(),
    trx.selectFrom('meeting_notes').select(['id', 'item_key', 'note']).where('meeting_id', '=', m.id).execute(),
  ]);
  const added = r.addAttendees.length
    ? await trx.selectFrom('contacts').select(['id', 'full_name']).where('id', 'in', r.addAttendees.map((a) => a.contactId)).execute()
    : [];
  const cycleAgencyId = r.moderations.length ? await meetingReturnId(trx, m.cycle_id, m.agency_id) : null;

  const problems: ApiErrorDetail[] = [];
  const meetingDay = m.start_at.slice(0, 10);
  if (r.status === 'held' && m.status !== 'held' && meetingDay > today) problems.push({ field: 'status', message: `cannot be "held": the meeting is on ${meetingDay}, after today` });
  const attendeeById = new Map(attendees.map((a) => [a.id, a]));
  r.attendance.forEach((a, i) => {
    if (!attendeeById.has(a.attendeeId)) problems.push({ field: `attendance.${i}.attendeeId`, message: `is not an attendee of this meeting (${a.attendeeId})` });
  });
  const contactNames = new Map(added.map((c) => [c.id, c.full_name]));
  const adding = new Set<number>();
  r.addAttendees.forEach((a, i) => {
    if (!contactNames.has(a.contactId)) problems.push({ field: `addAttendees.${i}.contactId`, message: `contact ${a.contactId} does not exist` });
    else if (adding.has(a.contactId)) problems.push({ field: `addAttendees.${i}.contactId`, message: `${contactNames.get(a.contactId)} is added twice` });
    adding.add(a.contactId);
  });
  const questionText = new Map(questions.map((q) => [q.id, q.text]));
  const answered = new Set<number>();
  r.answers.forEach((a, i) => {
    if (!questionText.has(a.questionId)) problems.push({ field: `answers.${i}.questionId`, message: `is not a common question of this meeting's cycle (${a.questionId})` });
    else if (answered.has(a.questionId)) problems.push({ field: `answers.${i}.questionId`, message: 'is answered twice' });
    answered.add(a.questionId);
  });
  const noted = new Set<string>();
  r.notes.forEach((n, i) => {
    if (!AGENDA_KEY.test(n.itemKey)) problems.push({ field: `notes.${i}.itemKey`, message: `"${n.itemKey}" is not an agenda item` });
    else if (noted.has(n.itemKey)) problems.push({ field: `notes.${i}.itemKey`, message: `"${n.itemKey}" has two notes` });
    noted.add(n.itemKey);
  });
  if (r.moderations.length && !cycleAgencyId) problems.push({ field: 'moderations', message: `cannot be saved: ${m.name} is not in this cycle's scope, so it has no return` });
  if (problems.length) throw refuse(problems);

  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const change = (field: string, was: unknown, now: unknown) => {
    if (JSON.stringify(was ?? null) === JSON.stringify(now ?? null)) return;
    before[field] = was ?? null;
    after[field] = now ?? null;
  };

  const status = r.status ?? (m.status as MeetingStatus);
  // The meetings service owns status rules (sequence for calendars, clashes when a cancelled one returns)
  // and records the change in history itself.
  if (status !== m.status) await setMeetingStatus(trx, ctx, m.id, status);
  for (const a of r.attendance) {
    const old = attendeeById.get(a.attendeeId)!;
    if (old.attended === bit(a.attended)) continue;
    await trx.updateTable('meeting_attendees').set({ attended: bit(a.attended) }).where('id', '=', a.attendeeId).execute();
    change(old.full_name ?? `attendee ${old.id}`, shown(old.attended), shown(bit(a.attended)));
  }
  for (const a of r.addAttendees) {
    const name = contactNames.get(a.contactId)!;
    const there = attendees.find((t) => t.contact_id === a.contactId);
    if (there) {
      // Already on the list: adding them again just records that they came.
      if (there.attended === bit(a.attended)) continue;
      await trx.updateTable('meeting_attendees').set({ attended: bit(a.attended) }).where('id', '=', there.id).execute();
      change(name, shown(there.attended), shown(bit(a.attended)));
    } else {
      await trx.insertInto('meeting_attendees').values({ meeting_id: m.id, contact_id: a.contactId, role: a.role, attended: bit(a.attended) }).execute();
      change(name, null, `${shown(bit(a.attended))} (added)`);
    }
  }
  const answerByQuestion = new Map(answers.map((a) => [a.question_id, a]));
  for (const a of r.answers) {
    const old = answerByQuestion.get(a.questionId);
    if ((old?.answer ?? null) === a.answer) continue;
    if (!a.answer) await trx.deleteFrom('meeting_answers').where('id', '=', old!.id).execute();
    else if (old) await trx.updateTable('meeting_answers').set({ answer: a.answer }).where('id', '=', old.id).execute();
    else await trx.insertInto('meeting_answers').values({ meeting_id: m.id, question_id: a.questionId, answer: a.answer }).execute();
    change(`Answer: ${short(questionText.get(a.questionId)!, 50)}`, short(old?.answer ?? null), short(a.answer));
  }
  const noteByKey = new Map(notes.map((n) => [n.item_key, n]));
  for (const n of r.notes) {
    const old = noteByKey.get(n.itemKey);
    const text = n.note.trim();
    if ((old?.note ?? '') === text) continue;
    if (!text) await trx.deleteFrom('meeting_notes').where('id', '=', old!.id).execute();
    else if (old) await trx.updateTable('meeting_notes').set({ note: text }).where('id', '=', old.id).execute();
    else await trx.insertInto('meeting_notes').values({ meeting_id: m.id, item_key: n.itemKey, note: text }).execute();
    change(`Note ${n.itemKey}`, short(old?.note ?? null), short(text || null));
  }
  // The return's moderation service checks the codes against the scale and records its own history.
  if (r.moderations.length) await moderate(trx, ctx, cycleAgencyId!, r.moderations);

  const changed = Object.keys(after).length;
  if (!changed && !r.moderations.length && status === m.status) return;
  await trx.updateTable('meetings').set({ updated_at: ctx.now().toISOString() }).where('id', '=', m.id).execute();
  const parts = [
    status !== m.status ? MEETING_STATUS_LABELS[status].toLowerCase() : null,
    changed ? `${changed} ${changed === 1 ? 'change' : 'changes'}` : null,
    r.moderations.length ? `${r.moderations.length} moderated ${r.moderations.length === 1 ? 'rating' : 'ratings'}` : null,
  ].filter(Boolean);
  await recordChange(trx, ctx, { entityType: 'meeting', entityId: m.id, action: 'record', summary: `${m.name}: meeting of ${meetingDay} recorded (${parts.join('; ')})`, before, after });
}

export async function recordMeeting(db: Db, ctx: WriteCtx, r: MeetingRecordParsed): Promise<MeetingDetail> {
  const today = todayOf(ctx);
  await inTransaction(db, (trx) => applyMeetingRecord(trx, ctx, r, today));
  return getMeetingDetail(db, r.id, today);
}
