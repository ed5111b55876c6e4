import type { TFunction } from 'i18next';
import type { ApiFailure } from '../../api/http';
import { failureMessage } from '../../ui/failureMessage';

/**
 * What went wrong with a request about an assembly, in the reader's language. A body refused
 * before any route read it (too large, not in an encoding the server reads) or by a gateway is
 * the file's fault here: it is said as such.
 */
export function assemblyFailureText(failure: ApiFailure, t: TFunction): string {
  if (failure.status === 413 && failure.code !== 'file_too_large') return t('assemblyErrors.file_too_large');
  if (failure.status === 415 && failure.code !== 'file_type_refused' && failure.code !== 'file_type_mismatch')
    return t('assemblyErrors.file_type_refused');
  return failureMessage(failure, t);
}
