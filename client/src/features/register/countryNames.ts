import { uiLanguages } from '@shared/i18n/languages';

/**
 * The register names countries in English; the interface shows them in the reader's language
 * through the browser's own list of region names (Intl.DisplayNames), which needs ISO codes.
 * A country missing here is shown as the register writes it.
 */
const isoCodes: Record<string, string> = {
  Algeria: 'DZ',
  Angola: 'AO',
  Austria: 'AT',
  Belgium: 'BE',
  Benin: 'BJ',
  'Burkina Faso': 'BF',
  Burundi: 'BI',
  Cameroon: 'CM',
  'Cape Verde': 'CV',
  'Cabo Verde': 'CV',
  'Central African Republic': 'CF',
  Chad: 'TD',
  Comoros: 'KM',
  Congo: 'CG',
  "Côte d'Ivoire": 'CI',
  'Ivory Coast': 'CI',
  Croatia: 'HR',
  Cyprus: 'CY',
  'Czech Republic': 'CZ',
  Czechia: 'CZ',
  'Democratic Republic of the Congo': 'CD',
  Denmark: 'DK',
  Djibouti: 'DJ',
  Egypt: 'EG',
  Estonia: 'EE',
  Finland: 'FI',
  France: 'FR',
  Gabon: 'GA',
  Georgia: 'GE',
  Germany: 'DE',
  Ghana: 'GH',
  Greece: 'GR',
  Guinea: 'GN',
  'Guinea-Bissau': 'GW',
  Hungary: 'HU',
  Ireland: 'IE',
  Italy: 'IT',
  Kenya: 'KE',
  Latvia: 'LV',
  Lithuania: 'LT',
  Luxembourg: 'LU',
  Madagascar: 'MG',
  Mali: 'ML',
  Malta: 'MT',
  Mauritania: 'MR',
  Mauritius: 'MU',
  Moldova: 'MD',
  Morocco: 'MA',
  Mozambique: 'MZ',
  Netherlands: 'NL',
  Niger: 'NE',
  Nigeria: 'NG',
  Norway: 'NO',
  Poland: 'PL',
  Portugal: 'PT',
  Romania: 'RO',
  Russia: 'RU',
  Rwanda: 'RW',
  'São Tomé and Príncipe': 'ST',
  'Sao Tome and Principe': 'ST',
  Senegal: 'SN',
  Serbia: 'RS',
  Slovakia: 'SK',
  Slovenia: 'SI',
  'South Africa': 'ZA',
  Spain: 'ES',
  Sweden: 'SE',
  Switzerland: 'CH',
  Togo: 'TG',
  Tunisia: 'TN',
  Ukraine: 'UA',
  'United Kingdom': 'GB',
};

const displayNames = new Map<string, Intl.DisplayNames | null>();

function regionNames(language: string): Intl.DisplayNames | null {
  if (!displayNames.has(language)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'region' });
    } catch {
      names = null; // an older browser: keep the register's names
    }
    displayNames.set(language, names);
  }
  return displayNames.get(language) ?? null;
}

/** The country's name in every interface language, for searching. */
export function countryNamesInAllLanguages(country: string): string[] {
  return uiLanguages.map((language) => countryName(country, language));
}

/** The country's name in `language` ("Cape Verde" -> "Cap-Vert" in French). */
export function countryName(country: string, language: string): string {
  const code = isoCodes[country];
  if (!code) return country;
  return regionNames(language)?.of(code) ?? country;
}
