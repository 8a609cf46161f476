import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ChallengeEvent, challengeEventInputSchema } from '../../../shared/domain/scrutiny';
import type { Selectable } from 'kysely';
import type { ChallengeEventsTable, Db } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { invalid, notFound } from '../errors';
import { eventFields, getChallengeEvent } from './challenge-read';
import { recordChange } from './history';
import type { WriteCtx } from './write-context';

// Creating, editing and deleting a challenge event. Its questions, agencies and attendees are set in
// challenge-parts.ts. The uid never changes, and the sequence rises whenever the time or place moves, so a
// calendar that imported the invite updates the event instead of adding a second one.

export type ChallengeEventFields = z.output<typeof challengeEventInputSchema>;

export interface ChallengeEventPatch {
  title?: string;
  date?: string;
  startTime?: string;
  endTime?: string;
  venue?: string | null;
  onlineLink?: string | null;
  notes?: string | null;
}

/** The event's own fields, as stored. */
type Stored = Omit<Selectable<ChallengeEventsTable>, 'id' | 'uid' | 'sequence' | 'created_at' | 'updated_at'>;

const snapshot = (e: Stored) => ({ ...eventFields(e), notes: e.notes });

const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** The event row, or notFound; for the services that change its parts. */
export async function loadEvent(db: Db, id: number) {
  const e = await db.selectFrom('challenge_events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw notFound('Challenge event', id);
  return e;
}

async function cycleName(db: Db, cycleId: number): Promise<string> {
  const c = await db.selectFrom('cycles').select('name').where('id', '=', cycleId).executeTakeFirst();
  if (!c) throw invalid(`Cycle ${cycleId} does not exist.`, [{ field: 'cycleId', message: `cycle ${cycleId} does not exist` }]);
  return c.name;
}

export async function createChallengeEvent(db: Db, ctx: WriteCtx, f: ChallengeEventFields): Promise<ChallengeEvent> {
  const id = await inTransaction(db, async (trx) => {
    const cycle = await cycleName(trx, f.cycleId);
    const now = ctx.now().toISOString();
    const row = {
      cycle_id: f.cycleId,
      title: f.title,
      event_date: f.date,
      start_time: f.startTime,
      end_time: f.endTime,
      venue: f.venue,
      online_link: f.onlineLink,
      notes: f.notes,
    };
    const { id } = await trx
      .insertInto('challenge_events')
      .values({ ...row, uid: `challenge-${randomUUID()}@audit-desk`, sequence: 0, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx, ctx, { entityType: 'challenge_event', entityId: id, action: 'create', summary: `Challenge event "${f.title}" on ${f.date} (${cycle})`, after: snapshot(row) });
    return id;
  });
  return getChallengeEvent(db, id);
}

export async function updateChallengeEvent(db: Db, ctx: WriteCtx, id: number, patch: ChallengeEventPatch): Promise<ChallengeEvent> {
  await inTransaction(db, async (trx) => {
    const e = await loadEvent(trx, id);
    const next: Stored = {
      ...e,
      title: patch.title ?? e.title,
      event_date: patch.date ?? e.event_date,
      start_time: patch.startTime ?? e.start_time,
      end_time: patch.endTime ?? e.end_time,
      venue: patch.venue === undefined ? e.venue : blank(patch.venue),
      online_link: patch.onlineLink === undefined ? e.online_link : blank(patch.onlineLink),
      notes: patch.notes === undefined ? e.notes : blank(patch.notes),
    };
    if (next.end_time <= next.start_time)
      throw invalid('The event ends before it starts.', [{ field: 'endTime', message: `${next.end_time} is not after ${next.start_time}` }]);
    // What a calendar shows: a change here must reach people who already imported the invite.
    const moved = (['event_date', 'start_time', 'end_time', 'venue', 'online_link', 'title'] as const).some((k) => next[k] !== e[k]);
    const before = snapshot(e);
    const after = snapshot(next);
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    await trx
      .updateTable('challenge_events')
      .set({
        title: next.title,
        event_date: next.event_date,
        start_time: next.start_time,
        end_time: next.end_time,
        venue: next.venue,
        online_link: next.online_link,
        notes: next.notes,
        sequence: moved ? e.sequence + 1 : e.sequence,
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await recordChange(trx, ctx, { entityType: 'challenge_event', entityId: id, action: 'update', summary: `Challenge event "${next.title}" changed`, before, after });
  });
  return getChallengeEvent(db, id);
}

export async function deleteChallengeEvent(db: Db, ctx: WriteCtx, id: number): Promise<{ deleted: true }> {
  await inTransaction(db, async (trx) => {
    const e = await loadEvent(trx, id);
    // Meeting notes on this event's themes would point at nothing: they go with it.
    const questions = await trx.selectFrom('challenge_questions').select('id').where('event_id', '=', id).execute();
    if (questions.length)
      await trx
        .deleteFrom('meeting_notes')
        .where('item_key', 'in', questions.map((q) => `theme:${q.id}`))
        .execute();
    for (const table of ['challenge_questions', 'challenge_agencies', 'challenge_attendees'] as const) await trx.deleteFrom(table).where('event_id', '=', id).execute();
    await trx.deleteFrom('challenge_events').where('id', '=', id).execute();
    await recordChange(trx, ctx, { entityType: 'challenge_event', entityId: id, action: 'delete', summary: `Challenge event "${e.title}" on ${e.event_date} deleted`, before: snapshot(e) });
  });
  return { deleted: true };
}

/** Marks the event changed when its questions, agencies or attendees change (challenge-parts.ts). */
export async function touchEvent(trx: Db, ctx: WriteCtx, id: number): Promise<void> {
  await trx.updateTable('challenge_events').set({ updated_at: ctx.now().toISOString() }).where('id', '=', id).execute();
}
