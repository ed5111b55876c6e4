import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { isUiLanguage } from '@shared/i18n/languages';
import { isExplainedVerdict, renderReason } from '@shared/rules/messages';
import type { ApiFailure } from '../api/http';
import { refusalText } from './refusalText';

/**
 * The sentence to show a person for a failed request: a refusal worded from its code and
 * parameters, the server's own message for one it does not know, else what went wrong.
 */
export function failureMessage(failure: ApiFailure, t: TFunction): string {
  // A command's refusal comes with its code and parameters: worded in the reader's language.
  if (failure.apiError?.error.params) return refusalText(failure.apiError.error, t, i18next.resolvedLanguage ?? 'en');
  // A refusal by the rules engine comes with its verdict: said in the reader's language.
  const details = failure.apiError?.error.details;
  if (isExplainedVerdict(details))
    return renderReason(isUiLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'en', details);
  if (failure.apiError) return failure.apiError.error.message;
  switch (failure.kind) {
    case 'timeout':
      return t('errors.timeout');
    case 'invalid_response':
      return t('errors.invalidResponse');
    case 'http':
      // A gateway with no Agora behind it (proxy up, server down) is the same as no server.
      return failure.status === 502 || failure.status === 503 || failure.status === 504
        ? t('errors.network')
        : t('errors.server', { status: failure.status });
    case 'network':
    case 'aborted':
      return t('errors.network');
  }
}
