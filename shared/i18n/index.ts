import type { College, Continent, MemberStatus } from '../schemas/member';
import { en } from './en';
import { fr } from './fr';
import { pt } from './pt';
import { ru } from './ru';
import type { Messages, UiLanguage } from './languages';

export { isUiLanguage, languageNames, uiLanguages, type Messages, type UiLanguage } from './languages';

/** The i18next resources: one namespace per language. */
export const messages = {
  en: { translation: en },
  fr: { translation: fr },
  pt: { translation: pt },
  ru: { translation: ru },
} as const satisfies Record<UiLanguage, { translation: Messages }>;

export { en, fr, pt, ru };

// Every college, continent and status of the register has a label (a new one added to the
// schemas and not here fails the type check).
type Assert<T extends true> = T;
type Labels<K extends string, T> = [Exclude<K, keyof T>] extends [never]
  ? [Exclude<keyof T, K>] extends [never]
    ? true
    : false
  : false;
export type LabelsAreComplete = [
  Assert<Labels<College, Messages['college']>>,
  Assert<Labels<Continent, Messages['continent']>>,
  Assert<Labels<MemberStatus, Messages['memberStatus']>>,
];
