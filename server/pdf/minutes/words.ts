import { DateTime } from 'luxon';
import { daysAndHours } from '@shared/rules/time';
import type { Language } from '@shared/schemas/person';

/** A catalogue sentence with its `{{name}}` placeholders filled (the same sentences the page shows through i18next). */
export function fill(template: string, values: Record<string, string | number | boolean | null | undefined>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, name: string) => String(values[name] ?? ''));
}

/** An instant in a table of the minutes: day and time on the reference clock, "12/03/2027 10:00". */
export function minutesDate(iso: string, language: Language, zone: string): string {
  return DateTime.fromISO(iso, { zone })
    .setLocale(language === 'fr' ? 'fr-FR' : 'en-GB')
    .toFormat('dd/MM/yyyy HH:mm');
}

type DurationWords = Record<'days_one' | 'days_other' | 'hours_one' | 'hours_other' | 'daysAndHours', string>;

/** A duration as a notice period is read out: "24 days and 23 hours", "40 days", "5 hours". */
export function daysAndHoursWords(ms: number, w: DurationWords, language: Language): string {
  const { days, hours } = daysAndHours(ms);
  const rules = new Intl.PluralRules(language === 'fr' ? 'fr-FR' : 'en-GB');
  const count = (unit: 'days' | 'hours', amount: number) =>
    fill(w[`${unit}_${rules.select(amount) === 'one' ? 'one' : 'other'}`], { count: amount });
  if (days === 0) return count('hours', hours);
  if (hours === 0) return count('days', days);
  return fill(w.daysAndHours, { days: count('days', days), hours: count('hours', hours) });
}

const locale = (language: Language) => (language === 'fr' ? 'fr-FR' : 'en-GB');

/** An instant said in full on the reference clock, the zone named once elsewhere: "13 mars 2027 à 10:00". */
export function minutesInstant(iso: string, at: string, language: Language, zone: string): string {
  const local = DateTime.fromISO(iso, { zone }).setLocale(locale(language));
  return fill(at, {
    day: local.toLocaleString(DateTime.DATE_FULL),
    time: local.toLocaleString(DateTime.TIME_24_SIMPLE),
  });
}
