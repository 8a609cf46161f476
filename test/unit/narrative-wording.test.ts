import { describe, expect, it } from 'vitest';
import {
  capitalise,
  dateSpan,
  listAnd,
  listOr,
  listSome,
  longDate,
  monthYear,
  nOfM,
  nOfMPercent,
  num,
  oneLine,
  percentText,
  plural,
  sentence,
} from '../../electron/backend/reports/narrative/wording';
import { describeChanges, fingerprint, listFact } from '../../electron/backend/reports/narrative/facts';

describe('numbers as a person writes them', () => {
  it('counts things with the right noun', () => {
    expect(plural(1, 'agency', 'agencies')).toBe('1 agency');
    expect(plural(0, 'agency', 'agencies')).toBe('0 agencies');
    expect(plural(2000, 'standard')).toBe('2,000 standards');
    expect(num(1234567)).toBe('1,234,567');
  });

  it('says "9 of the 10 agencies", "all", "both" and "none"', () => {
    expect(nOfM(9, 10, 'agency', 'agencies')).toBe('9 of the 10 agencies');
    expect(nOfM(10, 10, 'agency', 'agencies')).toBe('all 10 agencies');
    expect(nOfM(2, 2, 'agency', 'agencies')).toBe('both agencies');
    expect(nOfM(1, 1, 'agency', 'agencies')).toBe('the agency');
    expect(nOfM(0, 10, 'agency', 'agencies')).toBe('none of the 10 agencies');
    expect(nOfM(0, 0, 'agency', 'agencies')).toBe('no agencies');
    expect(nOfM(1200, 2000, 'school')).toBe('1,200 of the 2,000 schools');
  });

  it('adds a whole-number percentage, rounded half up, only where it says something', () => {
    expect(nOfMPercent(9, 10, 'agency', 'agencies')).toBe('9 of the 10 agencies (90%)');
    expect(nOfMPercent(7, 9, 'agency', 'agencies')).toBe('7 of the 9 agencies (78%)');
    expect(nOfMPercent(1, 8, 'agency', 'agencies')).toBe('1 of the 8 agencies (13%)');
    expect(nOfMPercent(10, 10, 'agency', 'agencies')).toBe('all 10 agencies');
    expect(percentText(41, 50)).toBe('82%');
    expect(percentText(1, 200)).toBe('1%');
    expect(percentText(0, 0)).toBe('0%');
  });
});

describe('lists', () => {
  it('joins with commas and a final "and", without a serial comma', () => {
    expect(listAnd([])).toBe('');
    expect(listAnd(['A'])).toBe('A');
    expect(listAnd(['A', 'B'])).toBe('A and B');
    expect(listAnd(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listAnd(['A', ' ', 'C'])).toBe('A and C');
    expect(listOr(['Requires improvement', 'Inadequate'])).toBe('Requires improvement or Inadequate');
  });

  it('cuts a long list and says how many more', () => {
    expect(listSome(['A', 'B', 'C'], 5)).toBe('A, B and C');
    expect(listSome(['A', 'B', 'C', 'D'], 2, 'agencies')).toBe('A, B and 2 agencies');
    expect(listSome(['A', 'B', 'C'], 2, 'others')).toBe('A, B and 1 other');
  });
});

describe('dates', () => {
  it('writes "18 November 2024" and "May 2024"', () => {
    expect(longDate('2024-11-18')).toBe('18 November 2024');
    expect(longDate('2024-05-01')).toBe('1 May 2024');
    expect(monthYear('2024-05-16')).toBe('May 2024');
    expect(() => longDate('2024-13-40')).toThrow(/not a date/);
  });

  it('writes a span without repeating what both ends share', () => {
    expect(dateSpan('2026-11-16', '2026-11-18')).toBe('between 16 and 18 November 2026');
    expect(dateSpan('2026-11-16', '2027-01-31')).toBe('between 16 November 2026 and 31 January 2027');
    expect(dateSpan('2027-01-31', '2027-03-31')).toBe('between 31 January and 31 March 2027');
    expect(dateSpan('2027-01-31', '2027-01-31')).toBe('on 31 January 2027');
  });
});

describe('sentences', () => {
  it('capitalises, ends with a full stop, folds whitespace and cuts long text at a word', () => {
    expect(capitalise('all 10 agencies')).toBe('All 10 agencies');
    expect(sentence(' done ')).toBe('done.');
    expect(sentence('Is it?')).toBe('Is it?');
    expect(oneLine('a\n\n b   c')).toBe('a b c');
    expect(oneLine('one two three four', 12)).toBe('one two…');
  });
});

describe('facts and fingerprints', () => {
  it('fingerprints the same facts the same whatever their order, and differently when a value moves', () => {
    expect(fingerprint({ a: 1, b: 'x' })).toBe(fingerprint({ b: 'x', a: 1 }));
    expect(fingerprint({ a: 1, b: 'x' })).not.toBe(fingerprint({ a: 2, b: 'x' }));
  });

  it('keeps short lists readable and long ones as a count and a hash', () => {
    expect(listFact(['A', 'B'])).toBe('A; B');
    expect(listFact([])).toBe('none');
    const long = listFact(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(long).toMatch(/^7 entries #[0-9a-f]{8}$/);
    expect(listFact(['A', 'B', 'C', 'D', 'E', 'F', 'H'])).not.toBe(long);
  });

  it('says what changed in words', () => {
    expect(describeChanges({ Returned: 9, Standards: 9, Gone: 'x' }, { Returned: 10, Standards: 9, New: 'y' })).toEqual(['Returned: 9 → 10', 'Gone: x → none', 'New: none → y']);
    const before = { Agencies: listFact(['A', 'B', 'C', 'D', 'E', 'F', 'G']) };
    expect(describeChanges(before, { Agencies: listFact(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) })).toEqual(['Agencies: 7 → 8']);
    expect(describeChanges(before, { Agencies: listFact(['A', 'B', 'C', 'D', 'E', 'F', 'X']) })).toEqual(['Agencies: changed']);
  });
});
