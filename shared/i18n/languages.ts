import type { Language } from '../schemas/person';
import type { en } from './en';

/** A catalogue's shape (or one area's): the English keys, each message a string in any language. */
export type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

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
