import { addDays, endOfMonth, format, parseISO, startOfQuarter, endOfQuarter } from 'date-fns';

// Calendar dates in England. "Today" is the date on a wall calendar in London, whatever the machine's time
// zone, so a deadline falls due at the same moment in the app, the CLI and the tests, across BST and GMT.

const LONDON = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The yyyy-mm-dd date in London at the instant `now`. */
export const londonDate = (now: Date): string => LONDON.format(now);

/** An ISO date `days` calendar days after (or before) another; month ends and leap days fall where they should. */
export const addDaysIso = (iso: string, days: number): string => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');

/** The last day of the month `iso` falls in. */
export const monthEndIso = (iso: string): string => format(endOfMonth(parseISO(iso)), 'yyyy-MM-dd');

/** The calendar quarter (Jan–Mar, Apr–Jun, …; the same boundaries as financial-year quarters) around a date. */
export function quarterOf(iso: string): { start: string; end: string; label: string } {
  const d = parseISO(iso);
  const start = startOfQuarter(d);
  const end = endOfQuarter(d);
  return {
    start: format(start, 'yyyy-MM-dd'),
    end: format(end, 'yyyy-MM-dd'),
    label: `${format(start, 'MMMM')} to ${format(end, 'MMMM yyyy')}`,
  };
}
