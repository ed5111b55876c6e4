import { defaultLocales, type UiLanguage } from '@shared/i18n/languages';
import { zoneName } from '@shared/zoneNames';

/**
 * The locale to format dates with: the viewer's own regional variant of the interface language
 * when the browser has one (fr-BE, en-US, pt-CV...), else the language's usual one.
 */
export function formattingLocale(language: UiLanguage): string {
  const regional = navigator.languages?.find((tag) => tag.toLowerCase().split('-')[0] === language);
  return regional ?? defaultLocales[language];
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the viewer's locale and time zone, e.g. "21 nov. 2025, 15:04". */
export function formatDateTime(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = formattingLocale(language);
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}

/** A time of day in the viewer's locale and time zone, e.g. "15:04:09". */
export function formatTime(date: Date, language: UiLanguage): string {
  return new Intl.DateTimeFormat(formattingLocale(language), { timeStyle: 'medium' }).format(date);
}

/** The time zone of this browser (what a person who is not signed in sees dates in). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * An instant in a given time zone, with the zone named in words, so nobody wonders whose clock it
 * is: "4 déc. 2026, 15:00, heure d’Europe centrale (UTC+1)".
 */
export function formatInstant(iso: string, language: UiLanguage, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let text: string;
  try {
    text = new Intl.DateTimeFormat(formattingLocale(language), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(date);
  } catch {
    return formatDateTime(iso, language); // a zone this browser does not know: its own clock
  }
  return `${text}, ${zoneName(timeZone, language, date)}`;
}

/** A calendar day written as 2026-11-04 (no time, no zone), in the reader's locale: "4 nov. 2026". */
export function formatDay(isoDate: string, language: UiLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(formattingLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A number with the reader's grouping: 1 234 567 in French, 1,234,567 in English. */
export function formatNumber(value: number, language: UiLanguage, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(formattingLocale(language), { maximumFractionDigits }).format(value);
}

/** An amount of money in whole units ("376 €", "€376"), or with its cents when it has some ("7,50 €"). */
export function formatMoney(amount: number, currency: string, language: UiLanguage): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  try {
    return new Intl.NumberFormat(formattingLocale(language), {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount);
  } catch {
    return `${formatNumber(amount, language)} ${currency}`;
  }
}

/** A day ("2013-11-04") as a day, an instant as an instant with its zone: the server sends both. */
export function formatWhen(value: string, language: UiLanguage, timeZone: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDay(value, language) : formatInstant(value, language, timeZone);
}

/** How far off an instant is, in words: "in 5 hours", "dans 40 minutes", "in 3 days". */
export function formatTimeUntil(ms: number, language: UiLanguage): string {
  const format = new Intl.RelativeTimeFormat(formattingLocale(language), { numeric: 'always' });
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  if (minutes < 60) return format.format(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return format.format(hours, 'hour');
  return format.format(Math.floor(hours / 24), 'day');
}
