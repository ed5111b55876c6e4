import type { College, Continent, MemberStatus } from '../schemas/member';
import type { Language } from '../schemas/person';
import { en } from './en';
import { fr } from './fr';

/** A catalogue's shape: the English keys, each message a string in any language. */
type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** What every language's catalogue must be: exactly the keys of the English one. */
export type Messages = Catalogue<typeof en>;

/** The languages the interface speaks, French first (the network's working language). */
export const uiLanguages = ['fr', 'en'] as const satisfies readonly Language[];
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** Each language's name in itself, as a language switch shows it whatever the current language. */
export const languageNames: Record<UiLanguage, string> = { fr: 'Français', en: 'English' };

/** The i18next resources: one namespace per language. */
export const messages = {
  en: { translation: en },
  fr: { translation: fr },
} as const satisfies Record<UiLanguage, { translation: Messages }>;

export { en, fr };

// Every college, continent and status of the register has a label (a new one added to the
// schemas and not here fails the type check).
type Assert<T extends true> = T;
type Labels<K extends string, T> = [Exclude<K, keyof T>] extends [never] ? ([Exclude<keyof T, K>] extends [never] ? true : false) : false;
export type LabelsAreComplete = [
  Assert<Labels<College, Messages['college']>>,
  Assert<Labels<Continent, Messages['continent']>>,
  Assert<Labels<MemberStatus, Messages['memberStatus']>>,
];
