import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { MeetingStatus, NextMeeting } from '../../../shared/domain/scrutiny';
import type { ServiceContext } from '../context';
import type { Db } from '../db/schema';
import { LONDON } from '../io/ics';

// The home screen's "next meetings": live scrutiny meetings and challenge events not yet over, soonest first.

/** London wall-clock 'yyyy-mm-ddTHH:mm' at an instant. */
export const londonLocal = (at: Date): string => format(new TZDate(at.getTime(), LONDON), "yyyy-MM-dd'T'HH:mm");

export async function nextMeetings(db: Db, ctx: Pick<ServiceContext, 'now'>, limit: number): Promise<NextMeeting[]> {
  const now = londonLocal(ctx.now());
  const meetings = await db
    .selectFrom('meetings as m')
    .innerJoin('agencies as a', 'a.id', 'm.agency_id')
    .select(['m.id', 'a.name', 'm.start_at', 'm.end_at', 'm.status'])
    .where('m.status', 'in', ['proposed', 'confirmed', 'rescheduled'])
    .where('m.end_at', '>', now)
    .orderBy('m.start_at')
    .orderBy('m.id')
    .limit(limit)
    .execute();
  const events = await db
    .selectFrom('challenge_events')
    .select(['id', 'title', 'event_date', 'start_time', 'end_time'])
    .where('event_date', '>=', now.slice(0, 10))
    .orderBy('event_date')
    .orderBy('start_time')
    .limit(limit + 5)
    .execute();
  return [
    ...meetings.map((m): NextMeeting => ({ kind: 'meeting', id: m.id, title: `Scrutiny meeting with ${m.name}`, start: m.start_at, end: m.end_at, status: m.status as MeetingStatus })),
    ...events
      .map((e): NextMeeting => ({ kind: 'challenge', id: e.id, title: e.title, start: `${e.event_date}T${e.start_time}`, end: `${e.event_date}T${e.end_time}`, status: null }))
      .filter((e) => e.end > now),
  ]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.kind.localeCompare(b.kind) || a.id - b.id))
    .slice(0, limit);
}
