import { addDaysIso } from '../../../../shared/domain/dates';
import { scheduleRequestSchema, type ScheduleRequest } from '../../../../shared/domain/scrutiny';
import { parseISO } from 'date-fns';

// The scheduling wizard's answers, and how they become a request for the scheduler.

export interface PlanDay {
  date: string;
  start: string;
  end: string;
}

export interface Plan {
  days: PlanDay[];
  meetingMinutes: number | null;
  gapMinutes: number | null;
  scrutineerId: number | null;
  /** Offered days the scrutineer cannot do (every other offered day is available). */
  scrutineerAway: string[];
  officerIds: number[];
  officerOff: Array<{ contactId: number; date: string }>;
  /** null until the scope has loaded and the default (in scope, no meeting yet) is filled in. */
  agencyIds: number[] | null;
  agencyOff: Array<{ agencyId: number; date: string }>;
  location: string;
  onlineLink: string;
}

export const emptyPlan = (): Plan => ({
  days: [{ date: '', start: '09:30', end: '16:30' }],
  meetingMinutes: 45,
  gapMinutes: 15,
  scrutineerId: null,
  scrutineerAway: [],
  officerIds: [],
  officerOff: [],
  agencyIds: null,
  agencyOff: [],
  location: '',
  onlineLink: '',
});

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** The offered days that are real dates, in order, once each. */
export const validDays = (p: Plan): string[] => [...new Set(p.days.map((d) => d.date).filter((d) => ISO.test(d)))].sort();

/** The next working day after the last one offered, for "Add a day". */
export function nextDay(p: Plan): string {
  const last = validDays(p).at(-1);
  if (!last) return '';
  let d = addDaysIso(last, 1);
  while ([0, 6].includes(parseISO(d).getDay())) d = addDaysIso(d, 1);
  return d;
}

export function toRequest(cycleId: number, p: Plan): ScheduleRequest {
  const days = validDays(p);
  const offered = new Set(days);
  return {
    cycleId,
    agencyIds: p.agencyIds ?? undefined,
    days: p.days.map((d) => ({ date: d.date, start: d.start, end: d.end })),
    meetingMinutes: p.meetingMinutes ?? Number.NaN,
    gapMinutes: p.gapMinutes ?? Number.NaN,
    scrutineerContactId: p.scrutineerId ?? 0,
    officerContactIds: p.officerIds,
    scrutineerDays: days.filter((d) => !p.scrutineerAway.includes(d)),
    officerUnavailable: p.officerOff.filter((o) => offered.has(o.date) && p.officerIds.includes(o.contactId)),
    agencyUnavailable: p.agencyOff.filter((o) => offered.has(o.date) && (p.agencyIds ?? []).includes(o.agencyId)),
    location: p.location.trim() || null,
    onlineLink: p.onlineLink.trim() || null,
  };
}

const FIELD_WORDS: Record<string, string> = {
  days: 'Days offered',
  meetingMinutes: 'Meeting length',
  gapMinutes: 'Gap',
  scrutineerContactId: 'Scrutineer',
  officerContactIds: 'Officers',
  onlineLink: 'Online link',
  agencyIds: 'Agencies',
};

/** What is missing or wrong before the plan can go to the scheduler, in words. */
export function planProblems(cycleId: number, p: Plan): string[] {
  const out: string[] = [];
  if (!p.scrutineerId) out.push('Scrutineer: choose the independent scrutineer.');
  if (p.agencyIds && p.agencyIds.length === 0) out.push('Agencies: choose at least one agency to meet.');
  p.days.forEach((d, i) => {
    if (!ISO.test(d.date)) out.push(`Day ${i + 1}: enter its date, for example 18/03/2027.`);
  });
  if (validDays(p).length && validDays(p).every((d) => p.scrutineerAway.includes(d))) out.push('Scrutineer: available on none of the days offered.');
  const r = scheduleRequestSchema.safeParse(toRequest(cycleId, p));
  if (!r.success)
    for (const issue of r.error.issues) {
      const [field, index, sub] = issue.path.map(String);
      if (field === 'scrutineerContactId' && !p.scrutineerId) continue;
      if (field === 'days' && sub === 'date') continue;
      const where = field === 'days' && index !== undefined ? `Day ${Number(index) + 1}${sub ? ` ${sub === 'start' ? 'start' : 'end'}` : ''}` : (FIELD_WORDS[field ?? ''] ?? field ?? 'Plan');
      const message = /expected number/i.test(issue.message) ? 'must be a number' : /must match pattern|HH:mm/i.test(issue.message) ? 'is not a time such as 09:30' : issue.message;
      out.push(`${where}: ${message}.`);
    }
  return [...new Set(out)];
}
