import type { TFunction } from 'i18next';
import type { ApiFailure } from '../../api/http';
import { failureMessage } from '../../ui/failureMessage';
import i18next from 'i18next';
import type { Messages } from '@shared/i18n/languages';

type RefusalCode = keyof Messages['minutes']['refusal'];

/** The server's refusals about the minutes, in the reader's language; others as the server words them. */
export function minutesFailureText(failure: ApiFailure, t: TFunction): string {
  if (failure.apiError?.error.params) return failureMessage(failure, t);
  const code = failure.code;
  if (code && i18next.exists(`minutes.refusal.${code}`)) return t(`minutes.refusal.${code as RefusalCode}`);
  return failureMessage(failure, t);
}
