import { refusalSentence, type RefusalCode } from '@shared/refusals';
import { en } from '@shared/i18n/en';
import i18next from 'i18next';
import type { ApiError } from '@shared/api';
import type { Refusal } from '../commands/refusal';

/** The HTTP status of each refusal; a rule's reason not listed here is a 422. */
const statuses: Partial<Record<RefusalCode, number | ((params: { context?: unknown }) => number)>> = {
  member_not_found: 404,
  dues_payment_not_found: 404,
  person_not_found: (params) => (params.context === 'choose' ? 422 : 404),
  email_taken: 409,
  assembly_not_found: 404,
  assembly_not_editable: 409,
  notice_too_short: 409,
  assembly_not_draft: 409,
  assembly_overlaps: 409,
  agenda_item_not_allowed: 409,
  agenda_item_needs_extraordinary: 422,
  agenda_item_needs_ordinary: 422,
  item_not_found: (params) => (params.context === 'change' ? 422 : 404),
  assembly_not_convenable: 409,
  assembly_not_cancellable: 409,
  assembly_not_convened: 409,
  delivery_not_found: 404,
  member_not_convened: 404,
  convocation_no_agenda: 422,
  convocation_not_draft: 422,
  convocation_notice_too_short: 422,
  empty_file: 400,
  file_too_large: 413,
  file_type_refused: 415,
  file_type_mismatch: 415,
  link_expired: 410,
  link_damaged: 400,
  link_used: 410,
  person_gone: 410,
  too_many_requests: 429,
  not_representative: 403,
  forbidden: 403,
  assembly_not_open_for_proxies: 409,
  proxies_busy: 409,
  proxy_not_found: 404,
  proxy_already_used: 409,
  proxy_already_revoked: 409,
  assembly_not_open: 409,
  motion_not_found: 404,
  motion_closed: 409,
  trustees_not_ready: 409,
  trustees_started: 409,
  trustee_not_representative: 422,
  not_a_trustee: 403,
  ceremony_step_not_due: 409,
  ceremony_piece_invalid: 422,
  ballot_invalid: 422,
  vote_not_encrypted: 409,
  share_not_due: 409,
  share_invalid: 422,
  archive_not_ready: 404,
  window_closed: 409,
  window_not_yet_open: 409,
  ballot_not_allowed: 403,
  ballot_not_recorded: 409,
  not_an_election_item: 422,
  no_candidates: 422,
  election_not_found: 404,
  round_closed: 409,
  candidacy_duplicate: 422,
  candidacy_not_found: 404,
  candidacy_closed: 409,
  admission_not_found: 404,
  member_transition_not_allowed: 409,
  text_version_not_found: 404,
  minutes_too_early: 409,
  minutes_busy: 409,
  minutes_not_drafted: 409,
  minutes_draft_pending: 409,
  minutes_correction_exists: 409,
  minutes_published: 409,
  minutes_changed: 409,
  minutes_not_found: 404,
  document_not_found: 404,
  mandate_not_found: 404,
  sign_in_required: 401,
  minutes_role: 403,
  minutes_not_signed: 409,
  minutes_president_missing: 409,
  minutes_secretary_missing: 409,
  minutes_published_already: 409,
  candidate_not_standing: 403,
  link_scope: 403,
  store_unavailable: 503,
  store_unconfirmed: 503,
  cross_site: 403,
  form_refused: 415,
  outbox_off: 404,
  outbox_local_only: 403,
  not_found: 404,
  name_missing: 400,
  invalid_file: 422,
  bad_json: 400,
  too_large: 413,
  bad_encoding: 415,
  bad_charset: 415,
  bad_address: 400,
  bad_request: 400,
  internal: 500,
};

const english = i18next.createInstance();
void english.init({
  lng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** The English sentence of a refusal, as API clients and the tests read it (instants left as ISO). */
export function englishSentence(code: string, params: Record<string, unknown>): string {
  return refusalSentence(code, params, {
    language: 'en',
    t: (key, options) => english.t(key as 'refusal.empty_file', options) as string,
    word: (kind, value) => (kind === 'phase' ? value.replace('_', ' ') : value),
  });
}

/** A refusal as HTTP says it: its status and the body every refused request answers. */
export function refusalAnswer(refusal: Refusal): { status: number; body: ApiError } {
  const params = refusal.params as Record<string, unknown>;
  const status = statuses[refusal.code];
  return {
    status: typeof status === 'function' ? status(params) : (status ?? 422),
    body: {
      error: { code: refusal.code, params, message: englishSentence(refusal.code, params), ...refusal.extra },
    },
  };
}
