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

/** Which of `forms` a count takes in `language`: Russian has three (1 голос, 2 голоса, 5 голосов), English two. */
export function plural(
  language: Language,
  count: number,
  forms: { one: string; few?: string; many?: string; other: string },
): string {
  const category = new Intl.PluralRules(writtenLocale[language]).select(count);
  const form = category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined;
  return (form ?? forms.other).replaceAll('#', String(count));
}

/** The locale a language's e-mails and PDFs write dates in (Portugal's Portuguese, as Cape Verde writes it). */
export const writtenLocale: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', pt: 'pt-PT', ru: 'ru-RU' };

const dayAtTime: Record<Language, (day: string, time: string, zone: string) => string> = {
  en: (day, time, zone) => `${day} at ${time}, ${zone}`,
  fr: (day, time, zone) => `${day} à ${time}, ${zone}`,
  pt: (day, time, zone) => `${day}, às ${time}, ${zone}`,
  ru: (day, time, zone) => `${day} в ${time}, ${zone}`,
};

function sayInstant(iso: string, language: Language, timeZone: string): string {
  const local = DateTime.fromISO(iso, { zone: timeZone }).setLocale(writtenLocale[language]);
  const day = local.toLocaleString(DateTime.DATE_FULL);
  const time = local.toLocaleString(DateTime.TIME_24_SIMPLE);
  const zone = zoneName(timeZone, language, local.toJSDate());
  return dayAtTime[language](day, time, zone);
}
