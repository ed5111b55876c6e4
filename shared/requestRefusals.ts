/**
 * The refusals given before any command runs: the request could not be read, the address leads
 * nowhere, the person may not be here. Sentences: shared/i18n/en/refusals.ts and fr/refusals.ts.
 */
export interface RequestRefusalParams {
  /** A personal link's session reaches only its own assembly (`room`: another assembly's room). */
  link_scope: { context?: 'room' };
  /** Redis cannot be reached: nothing is wrong with the request, try again shortly. */
  store_unavailable: Record<string, never>;
  /**
   * The write reached Redis, but no replica confirmed it in time: it is not acknowledged, since a
   * failover could lose it. Doing it again is safe (what was kept is recognised).
   */
  store_unconfirmed: Record<string, never>;
  /** A change asked for by a page of another site (CSRF). */
  cross_site: Record<string, never>;
  /** A change sent as an HTML form. */
  form_refused: Record<string, never>;
  /** The built-in outbox is off: mail goes through a relay. */
  outbox_off: Record<string, never>;
  /** The outbox is read only on the machine that runs Agora. */
  outbox_local_only: Record<string, never>;
  /** Nothing at this address (`route`), no such number in it, or no such message in the outbox. */
  not_found:
    | { context: 'member_number' | 'minutes_version'; value: string }
    | { context: 'route'; method: string; path: string }
    | { context: 'outbox_message' };
  /** A document is sent with its name in the address. */
  name_missing: Record<string, never>;
  /** The imported register has problems, listed beside the refusal; nothing was stored. */
  invalid_file: { count: number };
  /** The body is not JSON (`not_object`: JSON, but not an object or a list). */
  bad_json: { context?: 'not_object' };
  /** The body is larger than the route takes. */
  too_large: { amount: number; context: 'megabytes' | 'kilobytes' };
  /** The body is compressed in a way the server does not read. */
  bad_encoding: Record<string, never>;
  /** The body is in a character set the server does not read. */
  bad_charset: Record<string, never>;
  /** The address has a damaged %-escape. */
  bad_address: Record<string, never>;
  /** The body is damaged or incomplete. */
  bad_request: Record<string, never>;
  /** The server failed (`room`: a message was not stored; `store`: Redis could not be reached). */
  internal: { context?: 'room' | 'store' };
}

/** The refusals of the live room (server/commands/room). */
export interface RoomRefusalParams {
  /** The assembly was cancelled. */
  assembly_cancelled: Record<string, never>;
  /** The person represents no convened member: it reads but does not post. */
  not_a_representative: Record<string, never>;
  /** The thread's agenda item is gone. */
  unknown_thread: Record<string, never>;
  /** No such message in the room (`reply`: the message answered). */
  unknown_message: { context?: 'reply' };
  /** Too many messages in a minute: wait `seconds`. */
  too_many_messages: { seconds: number };
  /** Someone else changes the message at the same moment. */
  message_busy: Record<string, never>;
  /** Only its author changes a message. */
  message_not_author: Record<string, never>;
  /** The message was withdrawn. */
  message_withdrawn: Record<string, never>;
  /** The message was hidden by the Table. */
  message_hidden: Record<string, never>;
  /** A message changes only in the minutes after it was posted. */
  message_edit_window_passed: Record<string, never>;
}

/** The codes above, listed once so a test can check each has its sentences. */
export const requestRefusalCodes = [
  'link_scope',
  'store_unavailable',
  'store_unconfirmed',
  'cross_site',
  'form_refused',
  'outbox_off',
  'outbox_local_only',
  'not_found',
  'name_missing',
  'invalid_file',
  'bad_json',
  'too_large',
  'bad_encoding',
  'bad_charset',
  'bad_address',
  'bad_request',
  'internal',
  'assembly_cancelled',
  'not_a_representative',
  'unknown_thread',
  'unknown_message',
  'too_many_messages',
  'message_busy',
  'message_not_author',
  'message_withdrawn',
  'message_hidden',
  'message_edit_window_passed',
] as const satisfies readonly (keyof RequestRefusalParams | keyof RoomRefusalParams)[];
