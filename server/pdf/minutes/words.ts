import { DateTime } from 'luxon';
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
