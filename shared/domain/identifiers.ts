import { NOT_NAME_WORDS } from './identifier-words';

// Case-file audits hold a pseudonymous case reference only. These checks find what must not be stored (NHS
// numbers, dates of birth) and what looks like a person's name, so the app can refuse the first and warn about
// the second. Pure: used by the backend on every write and import, and by the UI as the user types.

// ---- NHS numbers -------------------------------------------------------------------------------------

/** The modulus-11 check of NHS England: weights 10..2 on the first nine digits; 10 means no valid number. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** The check digit that makes nine digits a valid NHS number, or null when none does. */
export function nhsCheckDigit(nine: string): number | null {
  if (!/^\d{9}$/.test(nine)) return null;
  const sum = [...nine].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? null : check === 11 ? 0 : check;
}

export interface Found {
  text: string;
  index: number;
}

// Ten digits, with at most one space or dash between any two, not part of a longer run of digits.
const NHS_CANDIDATE = /(?<!\d[ -]?)\d(?:[ -]?\d){9}(?![ -]?\d)/g;

/** Ten-digit numbers (spaces and dashes allowed) whose check digit is valid. Phone numbers and the like fail the check. */
export function findNhsNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(NHS_CANDIDATE)) if (isValidNhsNumber(m[0].replace(/\D/g, ''))) out.push({ text: m[0], index: m.index });
  return out;
}

// ---- Dates of birth ------------------------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORD = '(?:st|nd|rd|th)?';
/** Day-first numeric (UK), day month-name year, month-name day year, ISO. Groups: numeric d/m/y, text d/m/y, text m/d/y, iso y/m/d. */
const DATE = `(?:(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})|(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})|(${MONTH})\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))`;
const LABEL = '(?:d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|birth\\s?date|birthday|born(?:\\s+on|\\s+in)?|b\\.)';
const LABELLED = new RegExp(`\\b${LABEL}\\s*(?:[:=\\-–]\\s*)?(?:${DATE}|(${MONTH})\\s+(\\d{4})|(\\d{4})\\b)`, 'gi');
const LABEL_AFTER = new RegExp(`(?<![\\d/.\\-])${DATE}\\s*\\(?\\s*(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth)\\b`, 'gi');
const BARE = new RegExp(`(?<![\\d/.\\-])${DATE}(?![\\d/])`, 'gi');

const monthNumber = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;

/** The date the match's groups describe, when it is a day on the calendar; two-digit years count as 19xx/20xx. */
function calendarDate(g: Array<string | undefined>, offset: number): boolean {
  const at = (i: number) => g[offset + i];
  let d: number, m: number, y: string;
  if (at(0)) [d, m, y] = [Number(at(0)), Number(at(1)), at(2)!];
  else if (at(3)) [d, m, y] = [Number(at(3)), monthNumber(at(4)!), at(5)!];
  else if (at(6)) [d, m, y] = [Number(at(7)), monthNumber(at(6)!), at(8)!];
  else if (at(9)) [d, m, y] = [Number(at(11)), Number(at(10)), at(9)!];
  else return false;
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(year, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export interface DateOptions {
  /**
   * Treat any full date (with a four-digit year or a month name) as a possible date of birth, labelled or not.
   * Case records hold no dates (the period of practice is on the audit), so their fields are strict; an agency's
   * narrative mentions the dates of visits and meetings, so only labelled dates of birth are refused there.
   */
  strict: boolean;
}

/** Dates of birth: "DOB 01/02/2015", "born on 3 March 2015", "(date of birth: 2015-03-03)", and in strict mode any full date. */
export function findDatesOfBirth(text: string, opts: DateOptions = { strict: false }): Found[] {
  const out: Found[] = [];
  const taken: Array<[number, number]> = [];
  const add = (m: RegExpMatchArray) => {
    const [s, e] = [m.index!, m.index! + m[0].length];
    if (taken.some(([a, b]) => s < b && a < e)) return;
    taken.push([s, e]);
    out.push({ text: m[0].trim(), index: s });
  };
  for (const m of text.matchAll(LABELLED)) {
    const labelledYearOnly = m[13] !== undefined || m[15] !== undefined;
    if (labelledYearOnly || calendarDate([...m], 1)) add(m);
  }
  for (const m of text.matchAll(LABEL_AFTER)) if (calendarDate([...m], 1)) add(m);
  if (opts.strict)
    for (const m of text.matchAll(BARE)) {
      const twoDigitYear = m[3] !== undefined && m[3].length === 2;
      if (!twoDigitYear && calendarDate([...m], 1)) add(m);
    }
  return out.sort((a, b) => a.index - b.index);
}

// ---- Names ---------------------------------------------------------------------------------------------

const TITLED = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\.?\s+[A-Z][A-Za-z'’-]+/g;
const CAPITALISED = /^(?:(?:Mc|Mac|O['’])?[A-Z][a-z]+)(?:[-'’][A-Z]?[a-z]+)*$/;

export interface NameOptions {
  /** Words that are not names here, e.g. the words of the register's agency names ("Northmoor"). Any case. */
  knownWords?: Iterable<string>;
}

/**
 * Text that looks like a person's name: a title and a name ("Mrs Patel"), or two or more capitalised words in a
 * row, at least two of which are not everyday, month, role or agency words ("Jane Smith", not "Health Visitor").
 */
export function findNameLikeText(text: string, opts: NameOptions = {}): Found[] {
  const known = new Set([...(opts.knownWords ?? [])].flatMap((w) => w.toLowerCase().split(/[^a-z]+/)).filter(Boolean));
  const notName = (w: string) => w.toLowerCase().split(/[-'’]/).every((p) => !p || NOT_NAME_WORDS.has(p) || known.has(p));
  const out: Found[] = [];
  for (const m of text.matchAll(TITLED)) out.push({ text: m[0], index: m.index });
  // Words and the gap after each: a run continues only across a single space.
  const words = [...text.matchAll(/[A-Za-z][A-Za-z'’-]*/g)];
  let run: RegExpMatchArray[] = [];
  const flush = () => {
    if (run.filter((w) => !notName(w[0])).length >= 2) {
      const start = run[0]!.index!;
      const last = run[run.length - 1]!;
      if (!out.some((o) => o.index <= start && start < o.index + o.text.length)) out.push({ text: text.slice(start, last.index! + last[0].length), index: start });
    }
    run = [];
  };
  for (const w of words) {
    const prev = run[run.length - 1];
    const joined = prev && text.slice(prev.index! + prev[0].length, w.index) === ' ';
    if (!joined) flush();
    if (CAPITALISED.test(w[0])) run.push(w);
    else flush();
  }
  flush();
  return out.sort((a, b) => a.index - b.index);
}

// ---- Checking fields -----------------------------------------------------------------------------------

export interface IdentifierIssue {
  /** The field as the caller names it: "reference", "summary", "Narrative". */
  field: string;
  /** What was found, for the user to find it (an NHS number is shown by its last four digits only). */
  found: string;
  message: string;
}

export interface IdentifierCheck {
  /** NHS numbers and dates of birth: the text must not be saved. */
  errors: IdentifierIssue[];
  /** Name-like text: saved, but the user is asked to check it. */
  warnings: IdentifierIssue[];
}

export interface CheckOptions extends NameOptions {
  strictDates: boolean;
  /** Default true. */
  warnNames?: boolean;
}

/** Every field's problems at once; empty and missing fields are skipped. */
export function checkIdentifiers(fields: Record<string, string | null | undefined>, opts: CheckOptions): IdentifierCheck {
  const errors: IdentifierIssue[] = [];
  const warnings: IdentifierIssue[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (!value) continue;
    for (const n of findNhsNumbers(value)) {
      const found = `NHS number ending ${n.text.replace(/\D/g, '').slice(-4)}`;
      errors.push({ field, found, message: `holds what looks like an NHS number (ending ${found.slice(-4)}): audit records hold no identifiers, so take it out` });
    }
    for (const d of findDatesOfBirth(value, { strict: opts.strictDates }))
      errors.push({
        field,
        found: d.text,
        message: opts.strictDates
          ? `holds a date ("${d.text}") that may be a date of birth: a case record holds a pseudonymous reference only, so take it out`
          : `holds what looks like a date of birth ("${d.text}"): audit records hold no dates of birth, so take it out`,
      });
    if (opts.warnNames !== false)
      for (const n of findNameLikeText(value, opts))
        warnings.push({ field, found: n.text, message: `"${n.text}" looks like a person's name: use a pseudonym ("Child A") or a role ("mother") instead` });
  }
  return { errors, warnings };
}
