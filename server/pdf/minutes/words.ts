import { DateTime } from 'luxon';
import { daysAndHours } from '@shared/rules/time';
import type { Language } from '@shared/schemas/person';
import { writtenLocale } from '../../mail/format';

/** A catalogue sentence with its `{{name}}` placeholders filled (the same sentences the page shows through i18next). */
export function fill(template: string, values: Record<string, string | number | boolean | null | undefined>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, name: string) => String(values[name] ?? ''));
}

/** An instant in a table of the minutes: day and time on the reference clock, "12/03/2027 10:00". */
export function minutesDate(iso: string, language: Language, zone: string): string {
  return DateTime.fromISO(iso, { zone }).setLocale(writtenLocale[language]).toFormat('dd/MM/yyyy HH:mm');
}

type DurationWords = Record<'days_one' | 'days_other' | 'hours_one' | 'hours_other' | 'daysAndHours', string> &
  Partial<Record<'days_few' | 'days_many' | 'hours_few' | 'hours_many', string>>;

/** A duration as a notice period is read out: "24 days and 23 hours", "40 days", "5 hours". */
export function daysAndHoursWords(ms: number, w: DurationWords, language: Language): string {
  const { days, hours } = daysAndHours(ms);
  const rules = new Intl.PluralRules(writtenLocale[language]);
  // The language's own plural form (Russian: one, few, many), else the general one.
  const form = (amount: number) => {
    const category = rules.select(amount);
    return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
  };
  const count = (unit: 'days' | 'hours', amount: number) =>
    fill(w[`${unit}_${form(amount)}`] ?? w[`${unit}_other`], { count: amount });
  if (days === 0) return count('hours', hours);
  if (hours === 0) return count('days', days);
  return fill(w.daysAndHours, { days: count('days', days), hours: count('hours', hours) });
}

/** An instant said in full on the reference clock, the zone named once elsewhere: "13 mars 2027 à 10:00". */
export function minutesInstant(iso: string, at: string, language: Language, zone: string): string {
  const local = DateTime.fromISO(iso, { zone }).setLocale(writtenLocale[language]);
  return fill(at, {
    day: local.toLocaleString(DateTime.DATE_FULL),
    time: local.toLocaleString(DateTime.TIME_24_SIMPLE),
  });
}
