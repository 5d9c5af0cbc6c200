import { describe, expect, it } from 'vitest';
import { digitsAt, startsWithCalendarSecond } from '../../../shared/domain/calendar-second';

/** "YYYY-MM-DDTHH:MM:SS" read from its digits: only seconds that exist on the calendar. */
describe('a calendar second written out', () => {
  it('knows the seconds that exist, leap days included (2000 and 2028 are leap years, 1900 and 2026 not)', () => {
    for (const text of ['2026-12-31T23:59:59', '2000-02-29T00:00:00', '2028-02-29T12:30:00Z', '0000-01-01T00:00:00', '2026-04-30T10:00:00+02:00']) {
      expect(startsWithCalendarSecond(text), text).toBe(true);
    }
  });

  it('refuses days, hours, minutes and seconds that do not exist, and anything not in the form', () => {
    for (const text of ['1900-02-29T00:00:00', '2026-02-29T00:00:00', '2026-04-31T00:00:00', '2026-13-01T00:00:00', '2026-00-10T00:00:00', '2026-01-00T00:00:00', '2026-01-01T24:00:00', '2026-01-01T23:60:00', '2026-01-01T23:59:60', '2026-01-01 10:00:00', '2026/01/01T10:00:00', '2026-1-01T10:00:00', '2026-01-01T10:00', 'x026-01-01T10:00:00', '2026-01-01T1a:00:00', '']) {
      expect(startsWithCalendarSecond(text), text).toBe(false);
    }
  });

  it('reads digits to their number, and -1 where one is no digit', () => {
    expect([digitsAt('2026-12', 0, 4), digitsAt('2026-12', 5, 2), digitsAt('09', 0, 2), digitsAt('2a', 0, 2), digitsAt('2-', 0, 2)]).toEqual([2026, 12, 9, -1, -1]);
  });
});
