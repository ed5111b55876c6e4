import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isUiLanguage, messages, uiLanguages, type UiLanguage } from '@shared/i18n';

const STORAGE_KEY = 'agora.language';

/** The saved choice if any, else the first of the browser's languages we speak, else English. */
export function detectLanguage(): UiLanguage {
  const saved = readSavedLanguage();
  if (saved) return saved;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

function readSavedLanguage(): UiLanguage | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(saved) ? saved : null;
  } catch {
    return null; // storage disabled (private mode, strict settings): fall back to the browser
  }
}

function saveLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not saved: the choice still holds until the page is closed.
  }
}

/** The language the interface shows now. */
export function currentLanguage(): UiLanguage {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isUiLanguage(language) ? language : 'en';
}

/** Switches the interface language and remembers the choice on this device. */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  saveLanguage(language);
  await i18next.changeLanguage(language);
}

/** Starts i18next with the bundled catalogues; synchronous, so the first render is translated. */
export function setUpI18n(): typeof i18next {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18next.use(initReactI18next).init({
    resources: messages,
    lng: detectLanguage(),
    fallbackLng: 'en',
    supportedLngs: uiLanguages,
    defaultNS: 'translation',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes what it renders
    react: { useSuspense: false },
    returnNull: false,
  });
  document.documentElement.lang = currentLanguage();
  return i18next;
}
