import { useTranslation } from 'react-i18next';
import { languageNames, uiLanguages, type UiLanguage } from '@shared/i18n/languages';
import { updateProfile } from '../features/auth/api';
import { useSession } from '../features/auth/session';
import { chooseLanguage, rememberPickBeforeSignIn } from '../i18n/setup';
import { useLanguage } from '../i18n/useLanguage';

/**
 * FR | EN, the current one marked as pressed. The visible code is the button's name (what a
 * voice-control user says); its name in its own language is the description (`title`), and
 * `lang` makes a screen reader pronounce it in that language. A signed-in person's choice is
 * also saved to their profile (their e-mails follow it), and a choice made before signing in
 * becomes theirs when they sign in; `onSaveFailed` hears when it could not be saved.
 */
export function LanguageSwitch({ onSaveFailed }: { onSaveFailed: (failed: boolean) => void }) {
  const { t } = useTranslation();
  const current = useLanguage();
  const { me, update } = useSession();

  const choose = async (language: UiLanguage) => {
    await chooseLanguage(language);
    if (!me) rememberPickBeforeSignIn(language);
    if (!me || me.person.language === language) return;
    try {
      update(await updateProfile({ language }));
      onSaveFailed(false);
    } catch {
      onSaveFailed(true);
    }
  };

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
          onClick={() => void choose(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
