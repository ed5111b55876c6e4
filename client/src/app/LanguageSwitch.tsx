import { useTranslation } from 'react-i18next';
import { languageNames, uiLanguages } from '@shared/i18n';
import { chooseLanguage } from '../i18n/setup';
import { useLanguage } from '../i18n/useLanguage';

/**
 * FR | EN, the current one marked as pressed. The visible code is the button's name (what a
 * voice-control user says); its name in its own language is the description (`title`), and
 * `lang` makes a screen reader pronounce it in that language.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {uiLanguages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="lang-switch__button"
          aria-pressed={language === current}
          title={languageNames[language]}
          onClick={() => void chooseLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
