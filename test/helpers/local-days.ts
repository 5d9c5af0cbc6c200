import { daysBefore, localDate } from '../../shared/domain/local-day';

/**
 * The local date `days` before today in `zone`, counted by the calendar from the local date of
 * `now`. Not the local date of `now` less `days` × 24 hours: between 22:00 and 23:00 UTC such a
 * step across a change of the clocks lands an hour into the next date (autumn: two steps name one
 * date) or an hour before its own (spring: a date is skipped), and a test's days run together.
 */
export function calendarDaysAgo(days: number, now: Date = new Date(), zone = 'Europe/Copenhagen'): string {
  return daysBefore(localDate(now, zone), days);
}
