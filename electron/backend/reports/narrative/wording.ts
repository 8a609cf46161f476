import { format, isValid, parseISO } from 'date-fns';
import { enGB } from 'date-fns/locale';
import { percent } from '../../services/returns-board';

// Numbers, lists and dates written as a person would in a board paper: "9 of the 10 agencies", "A, B and
// C", "18 November 2024", "82%". Every narrative module words things through these, so the paper reads the
// same throughout and the rules are tested in one place.

const numberFormat = new Intl.NumberFormat('en-GB');

/** 1,234. */
export const num = (n: number): string => numberFormat.format(n);

/** A noun after a number: "1 agency", "2 agencies", "1,200 standards". `many` defaults to one + "s". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${num(n)} ${n === 1 ? one : many}`;

/** Just the noun for a count: "agency" or "agencies". */
export const noun = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many);

/** "82%": a whole number, rounded half up (7 of 9 is 78%), 0% when there is nothing to count. */
export const percentText = (count: number, of: number): string => `${percent(count, of)}%`;

/**
 * "9 of the 10 agencies", "all 10 agencies", "both agencies", "none of the 10 agencies"; with nothing to
 * count, "no agencies".
 */
export function nOfM(n: number, m: number, one: string, many = `${one}s`): string {
  if (m === 0) return `no ${many}`;
  if (n === m) return m === 1 ? `the ${one}` : m === 2 ? `both ${many}` : `all ${num(m)} ${many}`;
  if (n === 0) return m === 1 ? `not the ${one}` : `none of the ${num(m)} ${many}`;
  return `${num(n)} of the ${num(m)} ${m === 1 ? one : many}`;
}

/** "9 of the 10 agencies (90%)"; the percentage is left out where it says nothing (all, none, no agencies). */
export function nOfMPercent(n: number, m: number, one: string, many = `${one}s`): string {
  const words = nOfM(n, m, one, many);
  return n === 0 || n === m ? words : `${words} (${percentText(n, m)})`;
}

/** "A", "A and B", "A, B and C" (no comma before "and", as British house styles write it). */
export function listAnd(items: readonly string[], conjunction = 'and'): string {
  const xs = items.filter((s) => s.trim().length > 0);
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} ${conjunction} ${xs[xs.length - 1]}`;
}

export const listOr = (items: readonly string[]): string => listAnd(items, 'or');

/** "A, B, C and 7 others": a list cut to `max` names, saying how many were left out. */
export function listSome(items: readonly string[], max: number, others = 'others'): string {
  if (items.length <= max) return listAnd(items);
  const rest = items.length - max;
  return `${items.slice(0, max).join(', ')} and ${num(rest)} ${rest === 1 ? others.replace(/s$/, '') : others}`;
}

const parse = (iso: string): Date => {
  const d = parseISO(iso);
  if (!isValid(d)) throw new Error(`not a date: ${iso}`);
  return d;
};

/** "18 November 2024". */
export const longDate = (iso: string): string => format(parse(iso), 'd MMMM yyyy', { locale: enGB });

/** "May 2024". */
export const monthYear = (iso: string): string => format(parse(iso), 'MMMM yyyy', { locale: enGB });

/** "between 3 January and 31 March 2027", "on 3 January 2027" when both are the same day. */
export function dateSpan(from: string, to: string): string {
  if (from === to) return `on ${longDate(from)}`;
  const a = parse(from);
  const b = parse(to);
  const sameYear = a.getFullYear() === b.getFullYear();
  const sameMonth = sameYear && a.getMonth() === b.getMonth();
  return `between ${format(a, sameMonth ? 'd' : sameYear ? 'd MMMM' : 'd MMMM yyyy', { locale: enGB })} and ${longDate(to)}`;
}

/** "is"/"are", "has"/"have", "was"/"were" agreeing with a count. */
export const isAre = (n: number) => (n === 1 ? 'is' : 'are');
export const hasHave = (n: number) => (n === 1 ? 'has' : 'have');
export const wasWere = (n: number) => (n === 1 ? 'was' : 'were');

/** First letter upper-case: for a sentence that starts with a phrase such as nOfM's. */
export const capitalise = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A sentence from parts: trimmed, full stop added when missing. */
export const sentence = (s: string): string => {
  const t = s.trim();
  return t && !/[.!?:]$/.test(t) ? `${t}.` : t;
};

/** Free text from a record (a note, a question) as one line: whitespace folded, cut at `max` with an ellipsis. */
export function oneLine(text: string, max = 400): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : t;
}
