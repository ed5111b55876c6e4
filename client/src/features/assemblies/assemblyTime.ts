import type { UiLanguage } from '@shared/i18n/languages';
import { zoneName } from '@shared/zoneNames';
import { formattingLocale } from '../../i18n/format';

/**
 * Instants of an assembly as people read them, with Intl only (luxon stays in the form's chunk).
 * Every instant comes from the server; the client clock only drives the countdown.
 */

const partFormats = new Map<string, Intl.DateTimeFormat>();

/** The offset of `timeZone` from UTC at `at`, in milliseconds (+3,600,000 for Brussels in winter). */
export function zoneOffsetMs(at: Date, timeZone: string): number {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormats.set(timeZone, format);
  }
  const dateParts = format.formatToParts(at);
  const partNumber = (type: Intl.DateTimeFormatPartTypes) =>
    Number(dateParts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wall = Date.UTC(
    partNumber('year'),
    partNumber('month') - 1,
    partNumber('day'),
    partNumber('hour'),
    partNumber('minute'),
    partNumber('second'),
  );
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** Whether `timeZone` is one this browser knows (a profile may hold an old or mistyped name). */
export function knownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * R.6: the room is open exactly 24 hours, but the wall clock of a zone whose clocks change in
 * between reads 23 or 25: the hours between the two readings.
 */
export function wallClockHours(opensAt: string, closesAt: string, timeZone: string): number {
  const opens = new Date(opensAt);
  const closes = new Date(closesAt);
  const elapsed = closes.getTime() - opens.getTime();
  return (elapsed + zoneOffsetMs(closes, timeZone) - zoneOffsetMs(opens, timeZone)) / 3_600_000;
}

/** "jeudi 4 décembre 2026 à 15:00, heure d’Europe centrale (UTC+1)": an instant with its weekday and its zone. */
export function formatLongInstant(iso: string, language: UiLanguage, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    const text = new Intl.DateTimeFormat(formattingLocale(language), {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone,
    }).format(date);
    return `${text}, ${zoneName(timeZone, language, date)}`;
  } catch {
    return formatLongInstant(iso, language, 'UTC');
  }
}

/** A calendar day in `timeZone`, "31 March 2027" (the last day of a statutory deadline, say). */
export function formatDayIn(at: Date, language: UiLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'long', timeZone }).format(at);
}

/** Whether an instant reads differently in the reference zone than on the viewer's clock. */
export function readsDifferently(iso: string, viewerZone: string, referenceZone: string): boolean {
  if (viewerZone === referenceZone) return false;
  const at = new Date(iso);
  return zoneOffsetMs(at, viewerZone) !== zoneOffsetMs(at, referenceZone);
}

/** A duration split for a countdown: whole days, then hours, minutes and seconds. */
export function splitDuration(ms: number): { days: number; hours: number; minutes: number; seconds: number } {
  const total = Math.max(0, Math.floor(ms / 1000));
  return {
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3_600),
    minutes: Math.floor((total % 3_600) / 60),
    seconds: total % 60,
  };
}

// Bytes, kilobytes, megabytes as each language abbreviates them (French counts octets).
const sizeUnits: Record<UiLanguage, readonly [string, string, string]> = {
  fr: ['o', 'ko', 'Mo'],
  en: ['B', 'kB', 'MB'],
  pt: ['B', 'kB', 'MB'],
  ru: ['Б', 'кБ', 'МБ'],
};

/** A file size as people read it: "245 kB", "3.4 MB". */
export function formatSize(bytes: number, language: UiLanguage): string {
  const locale = formattingLocale(language);
  const units = sizeUnits[language];
  if (bytes < 1000) return `${new Intl.NumberFormat(locale).format(bytes)}\u00a0${units[0]}`;
  const [amount, unit] = bytes < 1_000_000 ? [bytes / 1000, units[1]] : [bytes / 1_000_000, units[2]];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: amount < 10 ? 1 : 0 }).format(amount)}\u00a0${unit}`;
}
