import { DateTime } from 'luxon';
import type { Language } from '@shared/schemas/person';

/** An instant as a reader in `timeZone` says it: "12 December 2026 at 10:00 (Africa/Casablanca)". */
export function formatInstant(iso: string, language: Language, timeZone: string): string {
  const local = DateTime.fromISO(iso, { zone: timeZone }).setLocale(language === 'fr' ? 'fr-FR' : 'en-GB');
  const day = local.toLocaleString(DateTime.DATE_FULL);
  const time = local.toLocaleString(DateTime.TIME_24_SIMPLE);
  return language === 'fr' ? `${day} à ${time} (${timeZone})` : `${day} at ${time} (${timeZone})`;
}
