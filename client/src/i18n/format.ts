import type { UiLanguage } from '@shared/i18n';

/**
 * The locale to format dates with: the viewer's own regional variant of the interface language
 * when the browser has one (fr-BE, en-US...), else the language alone.
 */
export function formattingLocale(language: UiLanguage): string {
  const regional = navigator.languages?.find((tag) => tag.toLowerCase().split('-')[0] === language);
  return regional ?? language;
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
