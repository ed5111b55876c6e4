import { DateTime } from 'luxon';

/** The instant of a wall-clock time in a zone: at('2026-01-31T10:00', 'Europe/Brussels'). */
export function at(local: string, zone = 'Europe/Brussels'): Date {
  const dateTime = DateTime.fromISO(local, { zone });
  if (!dateTime.isValid) throw new Error(`Not a time: ${local} in ${zone}`);
  return dateTime.toJSDate();
}

/** The wall-clock reading of an instant in a zone, to the millisecond: '2026-02-28T10:00:00.000+01:00'. */
export function wall(instant: Date, zone = 'Europe/Brussels'): string {
  return DateTime.fromJSDate(instant, { zone }).toISO() ?? '';
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** `instant` moved by `ms` milliseconds. */
export const plus = (instant: Date, ms: number): Date => new Date(instant.getTime() + ms);
