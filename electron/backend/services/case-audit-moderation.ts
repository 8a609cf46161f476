import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ModerationMeeting, moderationMeetingSchema } from '../../../shared/domain/case-audit';
import type { GeneratedFile } from '../../../shared/domain/settings';
import type { Selectable } from 'kysely';
import type { CaseAuditsTable, Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { conflict, invalid, notFound } from '../errors';
import { buildCalendar, ICS_MIME, type CalendarEvent } from '../io/ics';
import { windowsFileName } from '../io/windows-file-name';
import { organiser } from './challenge-ics';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

// The moderation meeting where the auditors agree findings (one per audit). Scheduled like other meetings: a
// calendar file whose uid never changes and whose sequence rises each time it moves, so Outlook updates the
// invitation it already has.

export type ModerationFields = z.output<typeof moderationMeetingSchema>;

type ModerationColumns = Pick<Selectable<CaseAuditsTable>, 'id' | 'mod_start' | 'mod_end' | 'mod_location' | 'mod_online_link' | 'mod_uid' | 'mod_sequence' | 'mod_held'>;

export async function readModeration(db: Db, a: ModerationColumns): Promise<ModerationMeeting | null> {
  if (!a.mod_start || !a.mod_end || !a.mod_uid) return null;
  const attendees = await db
    .selectFrom('case_audit_attendees as t')
    .innerJoin('contacts as c', 'c.id', 't.contact_id')
    .select(['c.id', 'c.full_name', 'c.email'])
    .where('t.audit_id', '=', a.id)
    .orderBy('c.full_name')
    .execute();
  return {
    start: a.mod_start,
    end: a.mod_end,
    location: a.mod_location,
    onlineLink: a.mod_online_link,
    uid: a.mod_uid,
    sequence: a.mod_sequence,
    held: a.mod_held === 1,
    attendees: attendees.map((p) => ({ contactId: p.id, name: p.full_name, email: p.email })),
  };
}

/** Sets (or moves) the meeting and who is invited. Moving it raises the sequence; the reason goes in history. */
export async function scheduleModeration(db: Db, ctx: WriteCtx, m: ModerationFields): Promise<void> {
  await inTransaction(db, async (trx) => {
    const a = await trx.selectFrom('case_audits').selectAll().where('id', '=', m.auditId).executeTakeFirst();
    if (!a) throw notFound('Case-file audit', m.auditId);
    if (a.status === 'cancelled') throw conflict(`${a.title} is cancelled: reopen it before scheduling its moderation meeting.`);
    const ids = [...new Set(m.attendeeContactIds)];
    const found = ids.length ? await trx.selectFrom('contacts').select('id').where('id', 'in', ids).execute() : [];
    const missing = ids.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw invalid(`No contact has the id ${missing.join(', ')}.`, missing.map((id) => ({ field: 'attendeeContactIds', message: `no contact ${id}` })));
    const before = await readModeration(trx, a);
    const moved = Boolean(before && (before.start !== m.start || before.end !== m.end || before.location !== m.location || before.onlineLink !== m.onlineLink));
    await trx
      .updateTable('case_audits')
      .set({
        mod_start: m.start,
        mod_end: m.end,
        mod_location: m.location,
        mod_online_link: m.onlineLink,
        mod_uid: a.mod_uid ?? `case-audit-${randomUUID()}@audit-desk`,
        mod_sequence: moved ? a.mod_sequence + 1 : a.mod_sequence,
        mod_held: m.held ? 1 : 0,
        // The planned date follows the meeting once it has one.
        moderation_planned: m.start.slice(0, 10),
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', m.auditId)
      .execute();
    await trx.deleteFrom('case_audit_attendees').where('audit_id', '=', m.auditId).execute();
    if (ids.length) await trx.insertInto('case_audit_attendees').values(ids.map((contact_id) => ({ audit_id: m.auditId, contact_id }))).execute();
    const after = await readModeration(trx, await trx.selectFrom('case_audits').selectAll().where('id', '=', m.auditId).executeTakeFirstOrThrow());
    const view = (x: ModerationMeeting | null) => (x ? { start: x.start, end: x.end, location: x.location, onlineLink: x.onlineLink, held: x.held, attendees: x.attendees.map((p) => p.name).join('; ') } : null);
    await recordChange(trx, ctx, {
      entityType: 'case_audit',
      entityId: m.auditId,
      action: before ? 'update' : 'create',
      summary: `${a.title}: moderation meeting ${before ? (moved ? `moved${m.reason ? ` (${m.reason})` : ''}` : 'updated') : 'scheduled'} for ${m.start.replace('T', ' ')}`,
      before: view(before),
      after: view(after),
    });
  });
}

export async function moderationCalendarEvent(db: Db, auditId: number): Promise<CalendarEvent> {
  const a = await db.selectFrom('case_audits').selectAll().where('id', '=', auditId).executeTakeFirst();
  if (!a) throw notFound('Case-file audit', auditId);
  const m = await readModeration(db, a);
  if (!m) throw conflict(`${a.title} has no moderation meeting scheduled yet.`, [{ field: 'auditId', message: 'schedule the meeting first' }]);
  const lines = [
    `Moderation meeting of the multi-agency case-file audit "${a.title}" (theme: ${a.theme}).`,
    'Auditors meet to review practice and agree findings, judgements and recommendations.',
    ...(m.onlineLink ? ['', `Join online: ${m.onlineLink}`] : []),
  ];
  return {
    uid: m.uid,
    sequence: m.sequence,
    title: `Case-file audit moderation: ${a.title}`,
    start: m.start,
    end: m.end,
    location: m.location ?? (m.onlineLink ? 'Online' : null),
    url: m.onlineLink,
    description: lines.join('\n'),
    organizer: await organiser(db),
    attendees: m.attendees.filter((p) => p.email).map((p) => ({ name: p.name, email: p.email! })),
    status: a.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

export async function moderationIcs(db: Db, auditId: number, now: Date): Promise<GeneratedFile> {
  const event = await moderationCalendarEvent(db, auditId);
  const text = buildCalendar([event], { method: 'PUBLISH', stamp: now });
  return { fileName: windowsFileName(event.title, '.ics', { maxLength: 120 }), mimeType: ICS_MIME, contentBase64: Buffer.from(text, 'utf8').toString('base64') };
}
