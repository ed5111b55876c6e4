import type { TFunction } from 'i18next';
import { isUiLanguage } from '@shared/i18n/languages';
import { isOwnRefusalCode, isRuleRefusalCode, refusalSentence } from '@shared/refusals';

/** A refusal as the server sends it, over HTTP or in a socket acknowledgement. */
export interface RefusalSaid {
  code: string;
  params?: Record<string, unknown>;
  message: string;
}

/**
 * A server's refusal in the reader's language, worded from its code and parameters (enumerations
 * and instants translated too). Only a refusal the catalogue does not know keeps the server's words.
 */
export function refusalText(refusal: RefusalSaid, t: TFunction, language: string): string {
  if (!refusal.params || !(isOwnRefusalCode(refusal.code) || isRuleRefusalCode(refusal.code))) return refusal.message;
  const lang = isUiLanguage(language) ? language : 'en';
  const say = (key: string, options?: Record<string, unknown>) => t(key as 'refusal.empty_file', options) as string;
  return refusalSentence(refusal.code, refusal.params, {
    language: lang,
    t: say,
    word: (kind, value) => {
      switch (kind) {
        case 'phase':
          return say(`assemblyPhase.${value}`).toLowerCase();
        case 'status':
          return say(`memberStatus.${value}`);
        case 'kind':
        case 'by':
          return say(`refusal.words.${kind}.${value}`);
        case 'instant':
          return new Date(value).toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' });
      }
    },
  });
}
