import type { TFunction } from 'i18next';
import { validationMessages as validationEn } from '@shared/i18n/en/validation';

/** The parts of a zod issue (or of a server's `issues` entry) used to word it for a person. */
export interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

type ValidationKey = Exclude<keyof typeof validationEn, GenericKey>;
type GenericKey = 'required' | 'tooLong' | 'tooShort' | 'invalid';

/** The shared schemas word their messages in English; `validation.*` holds the same words, keyed. */
const keyOfEnglish = new Map<string, ValidationKey>(
  (Object.entries(validationEn) as Array<[string, string]>)
    .filter(([key]) => !['required', 'tooLong', 'tooShort', 'invalid'].includes(key))
    .map(([key, text]) => [text, key as ValidationKey]),
);

/**
 * An issue in the reader's language. A message the schemas wrote is found by its English
 * wording; zod's own defaults ("Too big: ...") by their kind; anything else is shown as written.
 */
export function issueText(
  issue: Pick<IssueLike, 'message' | 'code' | 'origin' | 'minimum' | 'maximum'>,
  t: TFunction,
): string {
  const key = keyOfEnglish.get(issue.message);
  if (key) return t(`validation.${key}`);
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof issue.maximum === 'number') {
    return t('validation.tooLong', { count: issue.maximum });
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && typeof issue.minimum === 'number') {
    return issue.minimum <= 1 ? t('validation.required') : t('validation.tooShort', { count: issue.minimum });
  }
  if (issue.code === 'invalid_type') return t('validation.invalid');
  return issue.message;
}

/** A server message that repeats a schema's words (an import problem, say), translated when known. */
export function knownMessage(message: string, t: TFunction): string {
  const key = keyOfEnglish.get(message);
  return key ? t(`validation.${key}`) : message;
}
