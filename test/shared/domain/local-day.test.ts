import { describe, expect, it } from 'vitest';
import { daysAfter, daysBefore, localDate } from '../../../shared/domain/local-day';

const DAY_MS = 86_400_000;

describe('dates counted back by the calendar', () => {
  it('names each date once across a change of the clocks, where 24-hour steps late in the evening name one twice', () => {
    // 22:30 UTC on 7 December 2026 is 23:30 in Copenhagen (winter time); 43 and 44 steps of 24 h
    // back fall at 23:30 on 25 October (winter time, after the change) and at 00:30 on 25 October (summer time).
    const now = new Date('2026-12-07T22:30:00Z');
    // The flaw itself, shown on purpose.
    // eslint-disable-next-line no-restricted-syntax
    const stepsBack = [43, 44].map((n) => localDate(new Date(now.getTime() - n * DAY_MS), 'Europe/Copenhagen'));
    expect(stepsBack).toEqual(['2026-10-25', '2026-10-25']);
    const today = localDate(now, 'Europe/Copenhagen');
    expect([43, 44].map((n) => daysBefore(today, n))).toEqual(['2026-10-25', '2026-10-24']);
  });

  it('counts across months, years and 29 February', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2024-03-01', 1)).toBe('2024-02-29');
    expect(daysBefore('2027-01-01', 1)).toBe('2026-12-31');
    expect(daysBefore('2026-12-07', 0)).toBe('2026-12-07');
    expect(daysBefore('2026-12-07', 365)).toBe('2025-12-07');
  });

  it('counts on by the calendar too (a due date): across months, the year, 29 February', () => {
    expect(daysAfter('2026-12-08', 8)).toBe('2026-12-16');
    expect(daysAfter('2026-12-28', 8)).toBe('2027-01-05');
    expect(daysAfter('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysAfter('2026-02-28', 1)).toBe('2026-03-01');
    expect(daysAfter('2026-10-24', 30)).toBe('2026-11-23');
    expect(daysAfter('2026-12-07', 0)).toBe('2026-12-07');
  });
});
