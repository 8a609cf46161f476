import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AttendeeRole, meetingInputSchema } from '../../../shared/domain/scrutiny';
import type { ApiErrorDetail } from '../../../shared/result';
import type { Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { chunks } from './cycle-scope';
import { recordChange } from './history';
import { clashesFor, type ClashSubject } from './meeting-clashes';
import { agencyLeads, contactsById, whenText } from './meeting-occupancy';
import type { WriteCtx } from './write-context';

// Saving scrutiny meetings, one or a whole accepted timetable at once, and deleting one made in error.
// Moving and status changes are in meeting-changes.ts.

export type MeetingInputParsed = z.output<typeof meetingInputSchema>;
type Attendee = { contactId: number; role: AttendeeRole };

/** A meeting's attendees with the agency's safeguarding lead added, once each, as the agency's attendee. */
async function withLeads(db: Db, meetings: MeetingInputParsed[]): Promise<Attendee[][]> {
  const leads = await agencyLeads(db, meetings.map((m) => m.agencyId));
  return meetings.map((m) => {
    const lead = leads.get(m.agencyId);
    const list = lead && !m.attendees.some((a) => a.contactId === lead.id) ? [...m.attendees, { contactId: lead.id, role: 'agency' as const }] : m.attendees;
    return list.filter((a, i) => list.findIndex((b) => b.contactId === a.contactId) === i);
  });
}

/** Clash warnings for a meeting being edited by hand (its own saved version, `ignoreId`, left out). */
export async function checkClashes(db: Db, meeting: MeetingInputParsed, ignoreId?: number): Promise<string[]> {
  const [attendees] = await withLeads(db, [meeting]);
  const subject: ClashSubject = { id: null, ...meeting, contactIds: attendees!.map((a) => a.contactId) };
  return (await clashesFor(db, [subject], ignoreId ? [ignoreId] : []))[0]!;
}

/** Refuses contacts that do not exist; names each by its meeting. */
export async function requireContacts(db: Db, lists: Attendee[][], field = 'meetings'): Promise<Map<number, { name: string }>> {
  const found = await contactsById(db, lists.flat().map((a) => a.contactId));
  const missing = lists.flatMap((list, i) => list.filter((a) => !found.has(a.contactId)).map((a) => ({ field: `${field}.${i}.attendees`, message: `contact ${a.contactId} does not exist` })));
  if (missing.length) throw invalid(`Some attendees are not in the register: ${missing.map((m) => m.message).join('; ')}.`, missing);
  return found;
}

/**
 * Inserts meetings in the caller's transaction, each with its attendees and a UID that stays the same for
 * ever (so calendar re-exports update rather than duplicate). Refused whole if any clashes, unless allowed.
 */
export async function createMeetings(trx: Db, ctx: WriteCtx, meetings: MeetingInputParsed[], options: { allowClashes?: boolean } = {}): Promise<number[]> {
  if (!meetings.length) return [];
  const cycleIds = [...new Set(meetings.map((m) => m.cycleId))];
  const cycles = new Map((await trx.selectFrom('cycles').select(['id', 'name']).where('id', 'in', cycleIds).execute()).map((c) => [c.id, c.name]));
  const scope = new Map<string, string>();
  for (const part of chunks([...new Set(meetings.map((m) => m.agencyId))]))
    for (const r of await trx
      .selectFrom('cycle_agencies as ca')
      .innerJoin('agencies as a', 'a.id', 'ca.agency_id')
      .select(['ca.cycle_id', 'ca.agency_id', 'a.name'])
      .where('ca.cycle_id', 'in', cycleIds)
      .where('ca.agency_id', 'in', part)
      .execute())
      scope.set(`${r.cycle_id}:${r.agency_id}`, r.name);
  const problems: ApiErrorDetail[] = meetings.flatMap((m, i) =>
    !cycles.has(m.cycleId)
      ? [{ field: `meetings.${i}.cycleId`, message: `cycle ${m.cycleId} does not exist` }]
      : !scope.has(`${m.cycleId}:${m.agencyId}`)
        ? [{ field: `meetings.${i}.agencyId`, message: `agency ${m.agencyId} is not in the scope of ${cycles.get(m.cycleId)}` }]
        : [],
  );
  if (problems.length) throw invalid(`Some meetings cannot be made: ${problems.map((p) => p.message).join('; ')}.`, problems);
  const attendees = await withLeads(trx, meetings);
  const people = await requireContacts(trx, attendees);
  const agencyName = (m: MeetingInputParsed) => scope.get(`${m.cycleId}:${m.agencyId}`)!;

  if (!options.allowClashes) {
    const clashes = await clashesFor(trx, meetings.map((m, i) => ({ id: null, ...m, contactIds: attendees[i]!.map((a) => a.contactId) })));
    const details = clashes.flatMap((list, i) => list.map((message) => ({ field: `meetings.${i}`, message: `${agencyName(meetings[i]!)}, ${whenText(meetings[i]!.start, meetings[i]!.end)}: ${message}` })));
    if (details.length)
      throw conflict(
        `${clashes.filter((c) => c.length).length === 1 ? 'A meeting clashes' : `${clashes.filter((c) => c.length).length} meetings clash`} with others; nothing was saved. ${details[0]!.message}.`,
        details,
      );
  }

  const now = ctx.now().toISOString();
  return inTransaction(trx, async (t) => {
    const ids: number[] = [];
    for (const [i, m] of meetings.entries()) {
      const { id } = await t
        .insertInto('meetings')
        .values({
          cycle_id: m.cycleId,
          agency_id: m.agencyId,
          start_at: m.start,
          end_at: m.end,
          location: m.location,
          online_link: m.onlineLink,
          status: m.status,
          uid: `meeting-${randomUUID()}@audit-desk`,
          sequence: 0,
          created_at: now,
          created_by: ctx.userName,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(id);
      if (attendees[i]!.length)
        await t
          .insertInto('meeting_attendees')
          .values(attendees[i]!.map((a) => ({ meeting_id: id, contact_id: a.contactId, role: a.role, attended: null })))
          .execute();
      await recordChange(t, ctx, {
        entityType: 'meeting',
        entityId: id,
        action: 'create',
        summary: `Meeting with ${agencyName(m)} on ${whenText(m.start, m.end)} (${m.status})`,
        after: {
          cycle: cycles.get(m.cycleId),
          agency: agencyName(m),
          start: m.start,
          end: m.end,
          location: m.location,
          onlineLink: m.onlineLink,
          status: m.status,
          attendees: attendees[i]!.map((a) => `${people.get(a.contactId)!.name} (${a.role})`).join('; '),
        },
      });
    }
    return ids;
  });
}

/** Deletes a meeting made in error. One that was held, or has answers, notes or actions, is cancelled instead. */
export async function deleteMeeting(db: Db, ctx: WriteCtx, id: number): Promise<{ deleted: true }> {
  return inTransaction(db, async (trx) => {
    const m = await trx
      .selectFrom('meetings as m')
      .innerJoin('agencies as a', 'a.id', 'm.agency_id')
      .select(['m.id', 'm.status', 'm.start_at', 'm.end_at', 'm.location', 'a.name'])
      .where('m.id', '=', id)
      .executeTakeFirst();
    if (!m) throw notFound('Meeting', id);
    const [answers, notes, actions] = await Promise.all([
      trx.selectFrom('meeting_answers').select('id').where('meeting_id', '=', id).where('answer', 'is not', null).limit(1).execute(),
      trx.selectFrom('meeting_notes').select('id').where('meeting_id', '=', id).limit(1).execute(),
      trx.selectFrom('actions').select('id').where('source', '=', 'meeting').where('source_ref', '=', String(id)).limit(1).execute(),
    ]);
    const kept = m.status === 'held' ? 'was held' : answers.length ? 'has answers recorded' : notes.length ? 'has notes recorded' : actions.length ? 'has actions made at it' : null;
    if (kept) throw conflict(`The meeting with ${m.name} ${kept}, so it cannot be deleted; cancel it instead.`, [{ field: 'id', message: `meeting ${id} ${kept}` }]);
    await trx.deleteFrom('meetings').where('id', '=', id).execute();
    await recordChange(trx, ctx, {
      entityType: 'meeting',
      entityId: id,
      action: 'delete',
      summary: `Meeting with ${m.name} on ${whenText(m.start_at, m.end_at)} deleted`,
      before: { agency: m.name, start: m.start_at, end: m.end_at, location: m.location, status: m.status },
    });
    return { deleted: true as const };
  });
}
