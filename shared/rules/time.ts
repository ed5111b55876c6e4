import { DateTime } from 'luxon';
import type { Period } from '../statutes';

const MS_PER_HOUR = 3_600_000;

/** The instant `period` after `from`, calendar units counted on the wall clock of `timeZone`. */
export function addPeriod(from: Date, period: Period, timeZone: string): Date {
  if (period.unit === 'hours') return new Date(from.getTime() + period.amount * MS_PER_HOUR);
  const local = DateTime.fromJSDate(from, { zone: timeZone });
  // luxon clamps to the month's last day: 31 January + 1 month = 28/29 February.
  if (period.unit === 'calendar_days') return local.plus({ days: period.amount }).toJSDate();
  if (period.unit === 'calendar_months') return local.plus({ months: period.amount }).toJSDate();
  return local.plus({ years: period.amount }).toJSDate();
}

/** A safe over-estimate of a period in milliseconds (a day is at most 25 h, a month 31 days). */
function upperBoundMs(period: Period): number {
  const day = 25 * MS_PER_HOUR;
  switch (period.unit) {
    case 'hours':
      return period.amount * MS_PER_HOUR;
    case 'calendar_days':
      return period.amount * day + day;
    case 'calendar_months':
      return period.amount * 31 * day + day;
    case 'calendar_years':
      return period.amount * 366 * day + day;
  }
}

/**
 * The latest instant `t` with addPeriod(t, period) <= `until`. Calendar addition is monotone but
 * not invertible (29, 30 and 31 January + 1 month all give 28 February), so search for it.
 */
export function latestStartFor(until: Date, period: Period, timeZone: string): Date {
  if (period.unit === 'hours') return new Date(until.getTime() - period.amount * MS_PER_HOUR);
  const target = until.getTime();
  if (addPeriod(until, period, timeZone).getTime() <= target) return until; // a zero period
  let low = target - upperBoundMs(period); // addPeriod(low) <= until
  let high = target; // addPeriod(high) > until
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (addPeriod(new Date(middle), period, timeZone).getTime() <= target) low = middle;
    else high = middle;
  }
  return new Date(low);
}

/** The first instant of the day after the end of `month` (1-12) of `year`, in `timeZone`. */
export function endOfMonth(year: number, month: number, timeZone: string): Date {
  return DateTime.fromObject({ year, month, day: 1 }, { zone: timeZone }).plus({ months: 1 }).toJSDate();
}

/** The calendar year of `at` in `timeZone`. */
export function yearIn(at: Date, timeZone: string): number {
  return DateTime.fromJSDate(at, { zone: timeZone }).year;
}

/** The first instant of the calendar day of `at` in `timeZone`, moved by `days`. */
export function startOfDay(at: Date, timeZone: string, days = 0): Date {
  return DateTime.fromJSDate(at, { zone: timeZone }).startOf('day').plus({ days }).toJSDate();
}

/** `at` as ISO 8601 text with the offset in force in `timeZone` at that instant. */
export function toLocalIso(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toISO() ?? at.toISOString();
}

/** A duration as whole days and the hours left over (rounded down), as a notice period is read out. */
export function daysAndHours(ms: number): { days: number; hours: number } {
  const hours = Math.floor(Math.max(0, ms) / MS_PER_HOUR);
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}
