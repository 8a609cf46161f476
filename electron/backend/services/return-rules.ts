import { differenceInCalendarDays, parseISO } from 'date-fns';
import { RETURNED_STATUSES, type ReturnDisplayStatus, type ReturnStatus } from '../../../shared/domain/cycle';
import { isWeak, rankOf, stepsBetter, type LoadedScale } from './rating-scale';

// The rules of a return's tracker row, in one place: the returns list, one return's detail and the board
// all read them from here, so they cannot disagree.

/** Whole days from one ISO date to another, on calendar dates: a clock change or month end makes no difference. */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(parseISO(to), parseISO(from));

/** Returned, sent back for more evidence or accepted: the return is in. */
export const isReturned = (status: string): boolean => RETURNED_STATUSES.includes(status as ReturnStatus);

/** The date an agency is asked to return by: the initial deadline, else the final one. */
export const returnBy = (c: { initial_deadline: string | null; final_deadline: string | null }): string | null => c.initial_deadline ?? c.final_deadline;

/** "Returned late" is worked out, not stored: returned after the initial deadline. */
export function displayStatus(status: ReturnStatus, returnedOn: string | null, initialDeadline: string | null): ReturnDisplayStatus {
  return status === 'returned' && returnedOn && initialDeadline && returnedOn > initialDeadline ? 'returned_late' : status;
}

/**
 * Whole days past the initial deadline for a return not yet in; null when it is in, the deadline is not past
 * or there is none. Counting from the initial deadline keeps the number growing steadily; the final deadline
 * is a last call, not a new start.
 */
export function daysOverdue(status: string, initialDeadline: string | null, today: string): number | null {
  if (!initialDeadline || isReturned(status)) return null;
  const days = daysBetween(initialDeadline, today);
  return days > 0 ? days : null;
}

/** The stored columns the flags are worked out from. */
export interface FlagSource {
  self_code: string | null;
  self_na: number;
  moderated_code: string | null;
}

export interface AnswerFlags {
  overOptimistic: boolean;
  underscored: boolean;
  weak: boolean;
}

/**
 * Moderation flags of one answer, from the shared scale model: self better (over-optimistic) or worse
 * (underscored) than moderated; weak when the rating in force (moderated, else self unless N/A) is at the weak end.
 */
export function answerFlags(scale: LoadedScale, a: FlagSource): AnswerFlags {
  const self = a.self_na === 1 ? null : a.self_code;
  // A code no longer on the scale compares with nothing rather than as the worst level.
  const known = (c: string | null): c is string => Boolean(c) && rankOf(scale, c!) >= 0;
  const steps = known(self) && known(a.moderated_code) ? stepsBetter(scale, self, a.moderated_code) : 0;
  return { overOptimistic: steps > 0, underscored: steps < 0, weak: isWeak(scale, a.moderated_code ?? self) };
}

/** An answer counts towards progress when it has a rating or is marked N/A. */
export const isAnswered = (a: Pick<FlagSource, 'self_code' | 'self_na'>): boolean => Boolean(a.self_code) || a.self_na === 1;
