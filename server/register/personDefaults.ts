import type { Language } from '@shared/schemas/person';

/**
 * A first guess of a new person's language and time zone from the member's country, until they
 * set their own profile. Countries not listed get English and Brussels time.
 */
const byCountry: Record<string, { timeZone: string; language: Language }> = {
  Belgium: { timeZone: 'Europe/Brussels', language: 'fr' },
  France: { timeZone: 'Europe/Paris', language: 'fr' },
  Luxembourg: { timeZone: 'Europe/Luxembourg', language: 'fr' },
  Switzerland: { timeZone: 'Europe/Zurich', language: 'fr' },
  Greece: { timeZone: 'Europe/Athens', language: 'en' },
  Italy: { timeZone: 'Europe/Rome', language: 'en' },
  Latvia: { timeZone: 'Europe/Riga', language: 'en' },
  Portugal: { timeZone: 'Europe/Lisbon', language: 'en' },
  Romania: { timeZone: 'Europe/Bucharest', language: 'en' },
  Russia: { timeZone: 'Europe/Ulyanovsk', language: 'en' },
  Spain: { timeZone: 'Europe/Madrid', language: 'en' },
  'Cape Verde': { timeZone: 'Atlantic/Cape_Verde', language: 'fr' },
  Gabon: { timeZone: 'Africa/Libreville', language: 'fr' },
  Morocco: { timeZone: 'Africa/Casablanca', language: 'fr' },
  Tunisia: { timeZone: 'Africa/Tunis', language: 'fr' },
  Senegal: { timeZone: 'Africa/Dakar', language: 'fr' },
  Algeria: { timeZone: 'Africa/Algiers', language: 'fr' },
};

export function personDefaults(country: string): { timeZone: string; language: Language } {
  return byCountry[country] ?? { timeZone: 'Europe/Brussels', language: 'en' };
}
