import { describe, expect, it } from 'vitest';
import { addDaysIso, londonDate, monthEndIso, quarterOf } from '../../shared/domain/dates';
import { todayOf } from '../../electron/backend/services/write-context';

describe('dates in England', () => {
  it('takes the date on a London calendar at an instant, across BST and GMT', () => {
    // GMT until 01:00 UTC on 29 March 2026, then BST until 01:00 UTC on 25 October 2026.
    expect(londonDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(londonDate(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    expect(londonDate(new Date('2026-10-24T22:59:00Z'))).toBe('2026-10-24');
    expect(londonDate(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(londonDate(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
    expect(londonDate(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(todayOf({ now: () => new Date('2026-06-30T23:15:00Z') })).toBe('2026-07-01');
  });

  it('adds calendar days over month ends, year ends and leap days', () => {
    expect(addDaysIso('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysIso('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDaysIso('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysIso('2026-11-22', -90)).toBe('2026-08-24');
    expect(addDaysIso('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDaysIso('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('finds the month end, including February in a leap year', () => {
    expect(monthEndIso('2028-02-01')).toBe('2028-02-29');
    expect(monthEndIso('2027-02-14')).toBe('2027-02-28');
    expect(monthEndIso('2026-11-30')).toBe('2026-11-30');
    expect(monthEndIso('2026-12-01')).toBe('2026-12-31');
  });

  it('names calendar quarters with their first and last days', () => {
    expect(quarterOf('2026-11-22')).toEqual({ start: '2026-10-01', end: '2026-12-31', label: 'October to December 2026' });
    expect(quarterOf('2028-02-29')).toEqual({ start: '2028-01-01', end: '2028-03-31', label: 'January to March 2028' });
    expect(quarterOf('2026-04-01')).toEqual({ start: '2026-04-01', end: '2026-06-30', label: 'April to June 2026' });
    expect(quarterOf('2026-09-30').end).toBe('2026-09-30');
  });
});
