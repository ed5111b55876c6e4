import { describe, expect, it } from 'vitest';
import { utcOffsetName, zoneName } from '@shared/zoneNames';

const winter = new Date('2026-12-07T10:00:00Z');

describe('a time zone named in words, never as its identifier', () => {
  it.each([
    ['Atlantic/Cape_Verde', 'en', 'Cape Verde Standard Time (UTC−1)'],
    ['Atlantic/Cape_Verde', 'fr', 'heure normale du Cap-Vert (UTC−1)'],
    ['Europe/Ulyanovsk', 'en', 'Samara Standard Time (UTC+4)'],
    ['Europe/Ulyanovsk', 'fr', 'heure normale de Samara (UTC+4)'],
    ['Europe/Brussels', 'en', 'Central European Time (UTC+1)'],
    ['Europe/Brussels', 'fr', 'heure d’Europe centrale (UTC+1)'],
    ['America/New_York', 'en', 'Eastern Time (UTC−5)'],
    ['Asia/Kolkata', 'en', 'India Standard Time (UTC+5:30)'],
    ['Africa/Casablanca', 'en', 'Morocco Time (UTC+1)'],
    ['Africa/Casablanca', 'fr', 'Maroc (UTC+1)'],
    ['UTC', 'fr', 'temps universel coordonné (UTC)'],
    // Portuguese as Portugal and Cape Verde write it ("Hora padrão"), not Brazil's "Horário Padrão".
    ['Atlantic/Cape_Verde', 'pt', 'Hora padrão de Cabo Verde (UTC−1)'],
    ['Europe/Moscow', 'pt', 'Hora padrão de Moscovo (UTC+3)'],
    ['Europe/Moscow', 'ru', 'Москва, стандартное время (UTC+3)'],
    ['Atlantic/Cape_Verde', 'ru', 'Кабо-Верде, стандартное время (UTC−1)'],
  ] as const)('%s in %s reads "%s"', (timeZone, language, name) => {
    expect(zoneName(timeZone, language, winter)).toBe(name);
  });

  // Brussels changes its clocks on 29 March 2026 at 01:00 UTC, and back on 25 October at 01:00 UTC.
  it.each([
    ['2026-03-29T00:59:00Z', 'en', 'Central European Time (UTC+1)'],
    ['2026-03-29T01:00:00Z', 'en', 'Central European Time (UTC+2)'],
    ['2026-03-29T01:00:00Z', 'fr', 'heure d’Europe centrale (UTC+2)'],
    ['2026-10-25T00:59:00Z', 'fr', 'heure d’Europe centrale (UTC+2)'],
    ['2026-10-25T01:00:00Z', 'fr', 'heure d’Europe centrale (UTC+1)'],
  ] as const)('Brussels at %s in %s reads "%s"', (at, language, name) => {
    expect(zoneName('Europe/Brussels', language, new Date(at))).toBe(name);
  });

  it.each([
    ['America/Sao_Paulo', 'UTC−3'],
    ['Asia/Kathmandu', 'UTC+5:45'],
    ['Europe/Lisbon', 'UTC'],
  ])('%s is %s from UTC in December', (timeZone, offset) => {
    expect(utcOffsetName(timeZone, winter)).toBe(offset);
  });

  it('names an identifier nobody knows by its place, without the region or the underscores', () => {
    expect(zoneName('Mars/Olympus_Mons', 'en', winter)).toBe('Olympus Mons');
  });
});
