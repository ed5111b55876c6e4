import type { TFunction } from 'i18next';
import type { DuesView } from '@shared/api/membership';
import type { UiLanguage } from '@shared/i18n/languages';
import { renderReason } from '@shared/rules/messages';
import { formatMoney, formatNumber } from '../../i18n/format';
import { countryName } from '../register/countryNames';

/**
 * R.9's sentence for a territory's minimum dues: the amount with its figures (inhabitants / 1000
 * x the country's factor), or why it cannot be computed.
 */
export function duesSentence(dues: DuesView, language: UiLanguage, t: TFunction): string {
  if (dues.reason === 'dues_population_unknown') {
    return t('dues.populationUnknown', { country: countryName(dues.country, language) });
  }
  return renderReason(language, dues, (value) => {
    if (typeof value === 'number') return formatNumber(value, language);
    if (value === dues.country) return countryName(dues.country, language);
    return String(value);
  });
}

/** The amount alone ("376 €"), or null when it cannot be computed. */
export function duesAmount(dues: DuesView, language: UiLanguage): string | null {
  return dues.ok ? formatMoney(dues.amount, dues.currency, language) : null;
}
