import type { Language } from '../schemas/person';
import type { en } from './en';

/**
 * A catalogue's shape (or one area's): the English keys, each message a string in any language.
 * Where English has a plural (`_one` / `_other`), a language with more forms adds them (Russian
 * `_few` and `_many`): i18next picks the form the language's plural rules name.
 */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> } & {
  readonly [K in keyof T as K extends `${infer Base}_one` ? `${Base}_few` | `${Base}_many` : never]?: string;
};

/** What every language's catalogue must be: exactly the keys of the English one. */
export type Messages = Catalogue<typeof en>;

/** The languages the interface speaks, French first (the network's working language). */
export const uiLanguages = ['fr', 'en', 'pt', 'ru'] as const satisfies readonly Language[];
export type UiLanguage = (typeof uiLanguages)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
}

/** Each language's name in itself, as a language switch shows it whatever the current language. */
export const languageNames: Record<UiLanguage, string> = {
  fr: 'Français',
  en: 'English',
  pt: 'Português',
  ru: 'Русский',
};

/**
 * The locale each language is written in where the reader's region is unknown: Portugal's
 * Portuguese (the one Cape Verde writes too: "Hora padrão de Cabo Verde"), not Brazil's.
 */
export const defaultLocales: Record<UiLanguage, string> = { fr: 'fr', en: 'en', pt: 'pt-PT', ru: 'ru' };
