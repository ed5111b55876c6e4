import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isUiLanguage, uiLanguages, type Messages, type UiLanguage } from '@shared/i18n/languages';

const STORAGE_KEY = 'agora.language';
/** A language picked while signed out, waiting to become the person's at sign-in. */
const PICKED_SIGNED_OUT_KEY = 'agora.language.pickedSignedOut';

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

/** Remembers that the reader picked `language` before signing in: it becomes theirs when they do. */
export function rememberPickBeforeSignIn(language: UiLanguage): void {
  try {
    localStorage.setItem(PICKED_SIGNED_OUT_KEY, language);
  } catch {
    // Not kept: the person's stored language will show after sign-in.
  }
}

/** The language picked before signing in, once: it is forgotten as it is read. */
export function takePickBeforeSignIn(): UiLanguage | null {
  try {
    const picked = localStorage.getItem(PICKED_SIGNED_OUT_KEY);
    localStorage.removeItem(PICKED_SIGNED_OUT_KEY);
    return isUiLanguage(picked) ? picked : null;
  } catch {
    return null;
  }
}

/** The language the interface shows now. */
export function currentLanguage(): UiLanguage {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isUiLanguage(language) ? language : 'en';
}

/**
 * Each language's catalogue, in a file of its own: a reader downloads only the language it reads
 * (a switch fetches the other one then).
 */
const catalogues: Record<UiLanguage, () => Promise<Messages>> = {
  fr: () => import('@shared/i18n/fr').then((module) => module.fr),
  en: () => import('@shared/i18n/en').then((module) => module.en),
  pt: () => import('@shared/i18n/pt').then((module) => module.pt),
  ru: () => import('@shared/i18n/ru').then((module) => module.ru),
};

async function loadCatalogue(language: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await catalogues[language]());
}

/** Switches the interface language and remembers the choice on this device. */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  saveLanguage(language);
  await loadCatalogue(language);
  await i18next.changeLanguage(language);
}

/**
 * Starts i18next with the reader's language: resolves once its catalogue is there, so the first
 * render is translated. No fallback language: the type check makes every catalogue complete.
 */
export async function setUpI18n(): Promise<typeof i18next> {
  const language = detectLanguage();
  i18next.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  await i18next.use(initReactI18next).init({
    resources: { [language]: { translation: await catalogues[language]() } },
    lng: language,
    fallbackLng: false,
    supportedLngs: uiLanguages,
    defaultNS: 'translation',
    interpolation: { escapeValue: false }, // React escapes what it renders
    react: { useSuspense: false },
    returnNull: false,
  });
  document.documentElement.lang = currentLanguage();
  return i18next;
}
