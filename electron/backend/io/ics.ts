import { TZDate } from '@date-fns/tz';
import { createEvents, type EventAttributes } from 'ics';

// Calendar files (RFC 5545) that Outlook, Google and Apple calendars import. Times are written as UTC
// instants converted from London wall-clock time, so a 10:00 meeting is 10:00 in London in BST and GMT
// alike, with no VTIMEZONE for a calendar program to misread. The UID never changes for a meeting and
// SEQUENCE rises with each change, so importing a newer file updates the entry instead of adding another.

export const ICS_MIME = 'text/calendar';
export const LONDON = 'Europe/London';

export interface CalendarEvent {
  uid: string;
  sequence: number;
  title: string;
  /** London local 'yyyy-mm-ddTHH:mm'. */
  start: string;
  end: string;
  location?: string | null;
  url?: string | null;
  description?: string | null;
  organizer?: { name: string; email: string } | null;
  attendees: Array<{ name: string; email: string; role?: 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT' }>;
  status?: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
}

/** The instant (ms since 1970) of a London wall-clock time. */
export function londonInstant(local: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`not a local time yyyy-mm-ddTHH:mm: ${local}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  return new TZDate(y, mo - 1, d, h, mi, LONDON).getTime();
}

export interface CalendarOptions {
  /** PUBLISH for a file to import; REQUEST for an invitation sent by e-mail. */
  method?: 'PUBLISH' | 'REQUEST';
  /** DTSTAMP: when the file was made (the context's clock); defaults to now. */
  stamp?: Date;
  /** X-WR-CALNAME, the name a subscribed calendar shows. */
  name?: string;
}

export function buildCalendar(events: CalendarEvent[], options: CalendarOptions = {}): string {
  const timestamp = (options.stamp ?? new Date()).getTime();
  const attributes = events.map(
    (e): EventAttributes & { timestamp: number } => ({
      uid: e.uid,
      sequence: e.sequence,
      title: e.title,
      start: londonInstant(e.start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: londonInstant(e.end),
      endInputType: 'utc',
      endOutputType: 'utc',
      timestamp,
      ...(e.location ? { location: e.location } : {}),
      ...(e.url ? { url: e.url } : {}),
      ...(e.description ? { description: e.description } : {}),
      ...(e.organizer ? { organizer: { name: e.organizer.name, email: e.organizer.email } } : {}),
      ...(e.status ? { status: e.status } : {}),
      attendees: e.attendees.map((a) => ({ name: a.name, email: a.email, role: a.role ?? 'REQ-PARTICIPANT', rsvp: true, partstat: 'NEEDS-ACTION' as const })),
      busyStatus: e.status === 'CANCELLED' ? 'FREE' : 'BUSY',
    }),
  );
  const { error, value } = createEvents(attributes, {
    productId: '-//Audit Desk//Scrutiny meetings//EN',
    method: options.method ?? 'PUBLISH',
    ...(options.name ? { calName: options.name } : {}),
  });
  if (error || !value) throw new Error(`The calendar could not be made: ${error?.message ?? 'no output'}`);
  return value;
}
