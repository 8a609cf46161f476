import type { ChallengeEvent } from '../../../shared/domain/scrutiny';
import type { Db } from '../db/schema';
import { buildCalendar, type CalendarEvent } from '../io/ics';
import { getChallengeEvent } from './challenge-read';
import { getSettings } from './settings';

// A challenge event as a calendar invite. Its uid never changes and its sequence rises when the time or
// place moves, so Outlook updates the event it imported instead of adding a second one.

/** The business-unit contact named in settings, as the organiser, when they have an email address. */
export async function organiser(db: Db): Promise<{ name: string; email: string } | null> {
  const { businessUnitContactId } = await getSettings(db);
  if (!businessUnitContactId) return null;
  const c = await db.selectFrom('contacts').select(['full_name', 'email']).where('id', '=', businessUnitContactId).executeTakeFirst();
  return c?.email ? { name: c.full_name, email: c.email } : null;
}

/**
 * Who the invite goes to: the attendees recorded, then the safeguarding leads of invited agencies not already
 * represented, as an event is usually sent before anyone is named.
 */
async function invitees(db: Db, e: ChallengeEvent): Promise<Array<{ name: string; email: string }>> {
  const out = new Map<string, { name: string; email: string }>();
  for (const a of e.attendees) if (a.email) out.set(a.email.toLowerCase(), { name: a.name, email: a.email });
  const represented = new Set(e.attendees.map((a) => a.agencyId));
  const waiting = e.agencies.filter((a) => a.invited && !represented.has(a.agencyId)).map((a) => a.agencyId);
  if (waiting.length) {
    const leads = await db
      .selectFrom('agency_contacts as l')
      .innerJoin('contacts as c', 'c.id', 'l.contact_id')
      .select(['c.full_name', 'c.email'])
      .where('l.agency_id', 'in', waiting)
      .where('l.role', '=', 'safeguarding_lead')
      .where('c.active', '=', 1)
      .orderBy('c.full_name')
      .execute();
    for (const l of leads) if (l.email && !out.has(l.email.toLowerCase())) out.set(l.email.toLowerCase(), { name: l.full_name, email: l.email });
  }
  return [...out.values()];
}

export function challengeDescription(e: ChallengeEvent): string {
  const lines = [`Multi-agency challenge event: ${e.title}.`];
  if (e.questions.length) {
    lines.push('', 'Questions from the self-assessment:');
    for (const q of e.questions) lines.push(`${q.number}: ${q.title}${q.bring ? `\nPlease bring: ${q.bring}` : ''}`);
  }
  if (e.onlineLink) lines.push('', `Join online: ${e.onlineLink}`);
  return lines.join('\n');
}

export async function challengeCalendarEvent(db: Db, id: number): Promise<CalendarEvent> {
  const e = await getChallengeEvent(db, id);
  return {
    uid: e.uid,
    sequence: e.sequence,
    title: e.title,
    start: `${e.date}T${e.startTime}`,
    end: `${e.date}T${e.endTime}`,
    location: e.venue ?? (e.onlineLink ? 'Online' : null),
    url: e.onlineLink,
    description: challengeDescription(e),
    organizer: await organiser(db),
    attendees: await invitees(db, e),
    status: 'CONFIRMED',
  };
}

/** `stamp` is the context's clock, so the file's DTSTAMP does not come from the machine's. */
export async function challengeIcs(db: Db, id: number, stamp: Date): Promise<string> {
  return buildCalendar([await challengeCalendarEvent(db, id)], { method: 'PUBLISH', stamp });
}
