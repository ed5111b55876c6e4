import { DateTime } from 'luxon';
import type { Language } from '@shared/schemas/person';
import { zoneName } from '@shared/zoneNames';

/** An instant as a reader in `timeZone` says it: "12 December 2026 at 10:00, Morocco Time (UTC+1)". */
export function formatInstant(iso: string, language: Language, timeZone: string): string {
  const key = `${iso} ${language} ${timeZone}`;
  let said = formatted.get(key);
  if (said === undefined) {
    if (formatted.size >= 1000) formatted.clear();
    said = sayInstant(iso, language, timeZone);
    formatted.set(key, said);
  }
  return said;
}

// A dispatch says the same two instants in a handful of zones thousands of times.
const formatted = new Map<string, string>();

function sayInstant(iso: string, language: Language, timeZone: string): string {
  const local = DateTime.fromISO(iso, { zone: timeZone }).setLocale(language === 'fr' ? 'fr-FR' : 'en-GB');
  const day = local.toLocaleString(DateTime.DATE_FULL);
  const time = local.toLocaleString(DateTime.TIME_24_SIMPLE);
  const zone = zoneName(timeZone, language, local.toJSDate());
  return language === 'fr' ? `${day} à ${time}, ${zone}` : `${day} at ${time}, ${zone}`;
}
