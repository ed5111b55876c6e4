import type { TFunction } from 'i18next';
import type { ApiFailure } from '../../api/http';
import { failureMessage } from '../../ui/failureMessage';

/** The server's refusals about assemblies that the interface words itself, in the reader's language. */
const translated = [
  'assembly_not_found',
  'assembly_not_editable',
  'assembly_not_draft',
  'assembly_not_convenable',
  'assembly_not_cancellable',
  'assembly_not_convened',
  'notice_too_short',
  'agenda_item_not_allowed',
  'agenda_item_needs_extraordinary',
  'agenda_item_needs_ordinary',
  'item_not_found',
  'empty_file',
  'file_too_large',
  'file_type_refused',
  'file_type_mismatch',
  'convocation_no_agenda',
  'convocation_not_draft',
  'delivery_not_found',
  'document_not_found',
] as const;
type TranslatedCode = (typeof translated)[number];

function isTranslated(code: string | null): code is TranslatedCode {
  return translated.some((known) => known === code);
}

/**
 * What went wrong with a request about an assembly: a known refusal in the reader's language,
 * a body too large for the server (413 before any check), else the usual message.
 */
export function assemblyFailureText(failure: ApiFailure, t: TFunction): string {
  if (failure.apiError?.error.params) return failureMessage(failure, t);
  if (isTranslated(failure.code)) return t(`assemblyErrors.${failure.code}`);
  if (failure.status === 413) return t('assemblyErrors.file_too_large');
  if (failure.status === 415) return t('assemblyErrors.file_type_refused');
  return failureMessage(failure, t);
}
