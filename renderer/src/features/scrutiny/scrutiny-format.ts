import { format, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { MEETING_STATUS_LABELS, type MeetingStatus } from '../../../../shared/domain/scrutiny';

// Meeting times are London wall-clock times ("2026-11-24T10:00"), shown the English way with 24-hour clocks.

/** "2026-11-24" of "2026-11-24T10:00". */
export const dateOf = (localDateTime: string): string => localDateTime.slice(0, 10);
/** "10:00" of "2026-11-24T10:00". */
export const timeOf = (localDateTime: string): string => localDateTime.slice(11, 16);

/** "Tue 24 Nov 2026" */
export const shortDay = (isoDate: string): string => format(parseISO(isoDate), 'EEE d MMM yyyy', { locale: enGB });

/** "Tuesday 24 November 2026" */
export const longDay = (isoDate: string): string => format(parseISO(isoDate), 'EEEE d MMMM yyyy', { locale: enGB });

/** "Tue 24 Nov 2026, 10:00–10:45" */
export const slotText = (start: string, end: string): string =>
  dateOf(start) === dateOf(end) ? `${shortDay(dateOf(start))}, ${timeOf(start)}–${timeOf(end)}` : `${shortDay(dateOf(start))} ${timeOf(start)} – ${shortDay(dateOf(end))} ${timeOf(end)}`;

export const statusText = (s: MeetingStatus | null | undefined): string => (s ? MEETING_STATUS_LABELS[s] : '');

/** Minutes since midnight of "HH:mm". */
export const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

export const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const CLOCK = /^(\d{1,2})[:.]?(\d{2})$/;

/** "9:30", "0930", "9.30" → "09:30"; null when it is not a time of day. */
export function parseClock(text: string): string | null {
  const m = CLOCK.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? hhmm(h * 60 + min) : null;
}

/** The local date of a Date as yyyy-mm-dd (the renderer's own day, for calendar navigation only). */
export const isoOfDate = (d: Date): string => format(d, 'yyyy-MM-dd');
