/**
 * The enumerations and limits that both the input schemas and the pages use. It imports nothing,
 * so a page that shows them (the room, a ballot) does not load the schemas' validation library.
 */

/** What an agenda item is for: information, or a decision of one of the kinds of motion. */
export const agendaItemKinds = [
  'information',
  'ordinary_decision',
  'statute_change',
  'rules_change',
  'election',
  'admission_validation',
  'exclusion',
  'agenda_change',
] as const;

/** A vote on a motion (R.6: abstentions are recorded and shown, not counted). */
export const ballotChoices = ['for', 'against', 'abstain'] as const;

/** The founding texts are about 20,000 characters; a new version may grow well beyond, within reason. */
export const amendedTextMaxLength = 100_000;

/** The longest message a person can post: a long contribution, not a document (attach those). */
export const messageMaxLength = 4000;

/** How many hours apart the digests of a room's discussion go out while it is open (issue #21). */
export const roomDigestHours = 4;

/** The three coordination bodies of S.5. */
export const bodies = ['direction', 'table', 'audit_council'] as const;

/** The three offices of each body (S.5). */
export const offices = ['president', 'vice_president', 'secretary'] as const;
