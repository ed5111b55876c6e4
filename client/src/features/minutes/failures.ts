import type { TFunction } from 'i18next';
import type { ApiFailure } from '../../api/http';
import { failureMessage } from '../../ui/failureMessage';
import { en } from '@shared/i18n/en';

type RefusalCode = keyof typeof en.minutes.refusal;

/** The server's refusals about the minutes, in the reader's language; others as the server words them. */
export function minutesFailureText(failure: ApiFailure, t: TFunction): string {
  const code = failure.code;
  if (code && code in en.minutes.refusal) return t(`minutes.refusal.${code as RefusalCode}`);
  return failureMessage(failure, t);
}
