import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIdentifiers,
  findDatesOfBirth,
  findNameLikeText,
  findNhsNumbers,
  isValidNhsNumber,
  nhsCheckDigit,
} from '../../shared/domain/identifiers';

// Nine digits and the check digit that makes them a valid NHS number (some nine-digit stems have none).
const validNhs = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((d) => d.join(''))
  .filter((nine) => nhsCheckDigit(nine) !== null)
  .map((nine) => `${nine}${nhsCheckDigit(nine)}`);

/** The same ten digits with every other check digit: none of them is a valid NHS number. */
const withWrongCheckDigit = validNhs.chain((n) =>
  fc.integer({ min: 1, max: 9 }).map((shift) => `${n.slice(0, 9)}${(Number(n[9]) + shift) % 10}`),
);

const spaced = (n: string) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
const dashed = (n: string) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;

describe('NHS numbers', () => {
  it('accepts the published example and refuses its neighbours', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
  });

  it('finds every valid NHS number, written plain, spaced or dashed, anywhere in text', () => {
    fc.assert(
      fc.property(validNhs, fc.constantFrom((n: string) => n, spaced, dashed), fc.string({ maxLength: 20 }), (n, write, before) => {
        const prefix = before.replace(/[\d -]/g, 'x');
        const text = `${prefix} child's number ${write(n)}, seen at clinic`;
        const found = findNhsNumbers(text);
        expect(found.map((f) => f.text.replace(/\D/g, ''))).toEqual([n]);
        const check = checkIdentifiers({ summary: text }, { strictDates: true });
        expect(check.errors.map((e) => e.field)).toEqual(['summary']);
        expect(check.errors[0]!.message).toMatch(/NHS number/);
        // The message shows the last four digits only, never the whole number.
        expect(check.errors[0]!.message).not.toContain(n);
      }),
    );
  });

  it('does not treat ten digits with a wrong check digit as an NHS number', () => {
    fc.assert(
      fc.property(withWrongCheckDigit, (n) => {
        expect(isValidNhsNumber(n)).toBe(false);
        expect(findNhsNumbers(`ref ${spaced(n)} and ${n}`)).toEqual([]);
        expect(checkIdentifiers({ notes: `call ${n}` }, { strictDates: false }).errors).toEqual([]);
      }),
    );
  });

  it('ignores numbers that are part of a longer run of digits', () => {
    expect(findNhsNumbers('phone 01632 960200 or 4943476591 99')).toEqual([]);
    expect(findNhsNumbers('id 19434765919')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it('finds labelled dates of birth in the usual UK forms', () => {
    for (const text of ['DOB 01/02/2015', 'D.O.B: 1.2.2015', 'born on 3rd March 2015', 'date of birth 2015-03-03', 'born 3 Mar 2015', 'Born in May 2013', 'b. 2014', 'dob 12/03/15', '1/2/2015 (DOB)'])
      expect(findDatesOfBirth(`Child A, ${text}, lives with mother`).length, text).toBe(1);
  });

  it('leaves the dates of events alone in narratives, but not in strict case fields', () => {
    const text = 'Strategy meeting held 12/03/2026; review on 3 March 2026.';
    expect(findDatesOfBirth(text)).toEqual([]);
    expect(findDatesOfBirth(text, { strict: true }).map((d) => d.text)).toEqual(['12/03/2026', '3 March 2026']);
  });

  it('refuses any full date in strict mode, whatever the format', () => {
    const days = fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 1, max: 12 }), y: fc.integer({ min: 2000, max: 2026 }) });
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 2 }), ({ d, m, y }, form) => {
        const written = [`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, `${d} ${months[m - 1]} ${y}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`][form]!;
        const check = checkIdentifiers({ summary: `Referred ${written}` }, { strictDates: true });
        expect(check.errors.map((e) => e.field)).toEqual(['summary']);
        expect(check.errors[0]!.message).toMatch(/date of birth/);
      }),
    );
  });

  it('does not take impossible dates or case references for dates', () => {
    expect(findDatesOfBirth('DOB 31/02/2015')).toEqual([]);
    expect(findDatesOfBirth('NSCP-26-04-C3 and 2026/27', { strict: true })).toEqual([]);
    expect(findDatesOfBirth('seen 12/3/26', { strict: true })).toEqual([]);
  });
});

describe('name-like text', () => {
  it('warns about two capitalised words that are not everyday, role or agency words, and titles with a name', () => {
    const found = findNameLikeText("Jane Smith attended with Mrs Patel and Mary-Jane O'Brien.").map((f) => f.text);
    expect(found).toEqual(['Jane Smith', 'Mrs Patel', "Mary-Jane O'Brien"]);
    const check = checkIdentifiers({ summary: 'Seen by Jane Smith' }, { strictDates: true });
    expect(check.errors).toEqual([]);
    expect(check.warnings).toHaveLength(1);
    expect(check.warnings[0]).toMatchObject({ field: 'summary', found: 'Jane Smith' });
  });

  it('does not warn about roles, agencies, months or sentence starts', () => {
    for (const text of [
      'The Health Visitor and Social Worker met in March.',
      'Child A was seen by the School Nurse. Mother engaged well.',
      'Strategy Meeting held; Front Door referral. Good Practice noted.',
      'Northmoor General Hospital and the Designated Safeguarding Lead.',
    ])
      expect(findNameLikeText(text), text).toEqual([]);
  });

  it("does not warn about the register's own names when told them", () => {
    expect(findNameLikeText('Kestrel Brightwater Trust referred', { knownWords: [] })).toHaveLength(1);
    expect(findNameLikeText('Kestrel Brightwater Trust referred', { knownWords: ['Kestrel Brightwater Trust'] })).toEqual([]);
  });

  it('can be turned off where names are not expected', () => {
    expect(checkIdentifiers({ notes: 'Jane Smith' }, { strictDates: false, warnNames: false }).warnings).toEqual([]);
  });
});
