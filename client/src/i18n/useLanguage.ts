import { useTranslation } from 'react-i18next';
import { isUiLanguage, type UiLanguage } from '@shared/i18n/languages';

/** The current interface language, re-rendering the caller when it changes. */
export function useLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : 'en';
}
