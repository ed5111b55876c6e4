import { defaultLocales } from './i18n/languages';
import type { Language } from './schemas/person';

/**
 * Time zones named in words, as people read them, never as IANA identifiers: "Cape Verde Standard
 * Time (UTC−1)", "heure normale du Cap-Vert (UTC−1)". The words come from the platform's Intl
 * (CLDR), in the reader's language; the offset is the one in force at the instant shown, so a
 * zone that changes its clocks reads "Central European Time (UTC+2)" in July, "(UTC+1)" in December.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

type ZoneStyle = 'long' | 'longGeneric' | 'shortOffset';

function zonePart(timeZone: string, locale: string, style: ZoneStyle, at: Date): string {
  const key = `${timeZone} ${locale} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style });
    formats.set(key, format);
  }
  return format.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

// What Intl answers when CLDR has no name for a zone: "GMT+01:00", "UTC+1".
const onlyAnOffset = /^(GMT|UTC)([+\-−]\d|$)/;

/** The offset from UTC in force in `timeZone` at `at`, as "UTC−1", "UTC+5:30" or "UTC". */
export function utcOffsetName(timeZone: string, at: Date): string {
  const offset = zonePart(timeZone, 'en', 'shortOffset', at).replace(/^GMT/, '');
  return `UTC${offset.replace('-', '−')}`.replace(/^UTC[+−]0$/, 'UTC');
}

/** The last part of an identifier in words ("Europe/Ulyanovsk" → "Ulyanovsk"): when CLDR has no name. */
const placeOf = (timeZone: string) => (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');

/**
 * A time zone named in words in `language`, with its offset at `at`: "Cape Verde Standard Time
 * (UTC−1)". An identifier the platform does not know keeps its place name only.
 */
export function zoneName(timeZone: string, language: Language, at: Date = new Date()): string {
  try {
    // The generic name ("Central European Time") holds all year; the offset says which clock is in force.
    const locale = defaultLocales[language];
    let name = zonePart(timeZone, locale, 'longGeneric', at);
    if (onlyAnOffset.test(name)) name = zonePart(timeZone, locale, 'long', at);
    if (onlyAnOffset.test(name)) name = placeOf(timeZone);
    // French CLDR names a few zones by their country alone, "heure : Maroc": the country reads better.
    name = name.replace(/^heure\s*:\s*/, '');
    // Within the hour a clock repeats, ICU adds the country: "heure d’Europe centrale (Belgique)".
    name = name.replace(/\s*\([^)]*\)$/, '');
    return `${name} (${utcOffsetName(timeZone, at)})`;
  } catch {
    return placeOf(timeZone);
  }
}
