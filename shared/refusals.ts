import type { ReasonCode } from './rules/messages';
import { messages as ruleMessages } from './rules/messages';
import type { Language } from './schemas/person';
import type { Requirement } from './rules/permissions';
import { requestRefusalCodes, type RequestRefusalParams, type RoomRefusalParams } from './requestRefusals';

type Phase = 'draft' | 'convened' | 'open' | 'closed' | 'minutes_published' | 'cancelled';
type AssemblyKind = 'ordinary' | 'extraordinary';
/** A rule's verdict sent as it is: its fields fill the rule's sentence (shared/rules/messages.ts). */
type Verdict = { reason: ReasonCode } & Record<string, unknown>;

/**
 * Every refusal a command can give, with the parameters its sentence needs. `context` picks a
 * variant of the sentence (i18next context: the key `code_context`). Sentences:
 * shared/i18n/en/refusals.ts and fr/refusals.ts.
 */
export interface RefusalParams extends RequestRefusalParams, RoomRefusalParams {
  /** The member number is not in the register. */
  member_not_found: { memberNo: number };
  /** The dues payment is not recorded (any more). */
  dues_payment_not_found: Record<string, never>;
  /** The person is not in the register (`choose`: while choosing a representative). */
  person_not_found: { context?: 'choose' };
  /** The e-mail address belongs to another person (`designate`: choose that person instead). */
  email_taken: { email: string; name: string; context?: 'designate' };
  /** No such assembly (`removed`, `link`, `not_convened`: why it cannot be found). */
  assembly_not_found: { context?: 'removed' | 'link' | 'not_convened' };
  /** The agenda can no longer change in this phase. */
  assembly_not_editable: { phase: Phase };
  /** An updated convocation sent now would not give the statutory notice. */
  notice_too_short: { latestDispatchAt: string };
  /** A convened assembly keeps its date and kind. */
  assembly_not_draft: Record<string, never>;
  /** The assembly's window would meet that of another convened or held assembly. */
  assembly_overlaps: { assemblyId: string; title: string; opensAt: string; closesAt: string };
  /** An item of the agenda cannot stand at an assembly of this kind. */
  agenda_item_not_allowed: { title: string; kind: AssemblyKind };
  /** Only an extraordinary assembly decides this item. */
  agenda_item_needs_extraordinary: Record<string, never>;
  /** Only an ordinary assembly decides this item. */
  agenda_item_needs_ordinary: Record<string, never>;
  /** The agenda item is gone (`not_on_agenda`, `change`: the item a proposed change is about). */
  item_not_found: { context?: 'not_on_agenda' | 'change' };
  /** No convocation can go in this phase. */
  assembly_not_convenable: { phase: Phase };
  /** The assembly has opened or ended: it can no longer be cancelled. */
  assembly_not_cancellable: { phase: Phase };
  /** The assembly was not convened (`resend`, `print`: what was asked). */
  assembly_not_convened: { context: 'resend' | 'print' };
  /** The member has no convocation to resend. */
  delivery_not_found: { memberNo: number };
  /** The member is not convened to this assembly. */
  member_not_convened: { memberNo: number | null };
  /** The convocation needs at least one agenda item. */
  convocation_no_agenda: Record<string, never>;
  /** Only a draft is convened the first time. */
  convocation_not_draft: Record<string, never>;
  /** Not enough notice before the opening. */
  convocation_notice_too_short: { opensAt: string; earliestOpensAt: string | null; latestDispatchAt: string };
  /** The uploaded file is empty (`register`: the register import had no file). */
  empty_file: { context?: 'register' };
  /** The uploaded file is larger than the limit. */
  file_too_large: { megabytes: string };
  /** The file's content is not an accepted document (`detected`: its content was recognised). */
  file_type_refused: { detected: string | null; context?: 'detected' };
  /** The file's name or declared type contradicts its content. */
  file_type_mismatch: {
    by: 'name' | 'type';
    /** The English descriptions the server's sentence uses, and the media types themselves. */
    claimed: string;
    detected: string;
    claimedType: string;
    detectedType: string;
  };
  /** A personal or sign-in link is past its time (`personal`: a convocation's link). */
  link_expired: { context?: 'personal' };
  /** A link is damaged or incomplete (`personal`: a convocation's link). */
  link_damaged: { context?: 'personal' };
  /** A sign-in link works once. */
  link_used: Record<string, never>;
  /** The person of the link has left the register. */
  person_gone: Record<string, never>;
  /** Too many requests from here (`sign_in`: wait `count` minutes; `admission`). */
  too_many_requests: { context: 'sign_in'; count: number } | { context: 'admission' };
  /** The person does not represent the member (`proxy`, `file`, `withdraw`: what was asked). */
  not_representative: { memberNo: number; context: 'proxy' | 'file' | 'withdraw' };
  /**
   * Not allowed: a member proposes an admission only through its own representative (`proposer`),
   * only the Table hides or pins a message (`hide`, `pin`), or the person signed in as `name` is
   * not what the action needs (the context is the requirement).
   */
  forbidden: { context: 'proposer' | 'hide' | 'pin' } | { context: Exclude<Requirement, 'signed_in'>; name: string };
  /** Proxies change only until the close. */
  assembly_not_open_for_proxies: { phase: Phase };
  /** Another proxy of the assembly is being written (`changing`: a mandate being attached). */
  proxies_busy: { context?: 'changing' };
  /** No such proxy (`in_force`: none in force, for a mandate). */
  proxy_not_found: { context?: 'in_force' };
  /** Votes open or close early only while the room is open (`open`, `close`). */
  assembly_not_open: { phase: Phase; context: 'open' | 'close' };
  /** No such motion in this assembly. */
  motion_not_found: Record<string, never>;
  /** The motion is closed (`already`: closed again; `late`: a ballot after the count). */
  motion_closed: { context?: 'already' | 'late' };
  /** The room is closed (`ballot`, `election`, `room`: what was refused). */
  window_closed: { context: 'ballot' } | { context: 'election'; phase: Phase } | { context: 'room'; closesAt: string };
  /** The room is not open yet (`ballot`, `election`, `room`: what was refused). */
  window_not_yet_open:
    { context: 'ballot' } | { context: 'election'; phase: Phase } | { context: 'room'; opensAt: string };
  /** No ballot was allowed: each refusal says why; nothing was recorded. */
  ballot_not_allowed: { refusals: NestedRefusal[] };
  /** No ballot could be recorded: each refusal says why; nothing was recorded. */
  ballot_not_recorded: { refusals: NestedRefusal[] };
  /** The member has already voted in a secret ballot (`round`: of an election). */
  member_voted_secret: { memberNo: number; organisation: string; context?: 'round' };
  /** A secret vote needs the election key its trustees make together (`open`: a secret vote was asked for). */
  trustees_not_ready: { done: number; needed: number; context?: 'open' };
  /** The trustees began making the key: they can no longer be changed. */
  trustees_started: Record<string, never>;
  /** A chosen trustee does not represent a member of the register. */
  trustee_not_representative: { personId: string };
  /** Only a trustee of this assembly's secret votes does this. */
  not_a_trustee: Record<string, never>;
  /** The step sent is not the one this trustee has to do now (`done`: it was done already; `wait`: others first). */
  ceremony_step_not_due: { step: string; context?: 'done' | 'wait' };
  /** A piece of the key was refused by the checks (`problem`: what was wrong, from the checks). */
  ceremony_piece_invalid: { step: string; problem: string };
  /** A ballot did not pass Belenios's checks: it is not stored. */
  ballot_invalid: { memberNo: number; organisation: string; problem: string };
  /** This vote is not secret (its ballots are not encrypted), or it has no election. */
  vote_not_encrypted: Record<string, never>;
  /** No decryption of this vote waits for this trustee's share (`done`: it was sent; `open`: the vote is not counted yet). */
  share_not_due: { context?: 'done' | 'open' };
  /** The share does not decrypt this tally with this trustee's key. */
  share_invalid: { problem: string };
  /** The vote's archive is published once its result is decrypted. */
  archive_not_ready: Record<string, never>;
  /** The member voted for does not stand in this round. */
  candidate_not_standing: { memberNo: number; round: number };
  /** The member voted itself: its own vote counts, not its proxy's. */
  member_voted_itself: { memberNo: number; organisation: string };
  /** Elections take place on an election item. */
  not_an_election_item: Record<string, never>;
  /** Nobody stands for the office. */
  no_candidates: Record<string, never>;
  /** No such election in this assembly. */
  election_not_found: Record<string, never>;
  /** The round is closed (`over`, `moved`, `late`, `counted`). */
  round_closed:
    | { context: 'over' }
    | { context: 'moved'; round: number; current: number }
    | { context: 'late'; round: number }
    | { context: 'counted' };
  /** The member already stands for this office. */
  candidacy_duplicate: { memberNo: number };
  /** No such candidacy at this assembly. */
  candidacy_not_found: Record<string, never>;
  /** Candidacies could be withdrawn until the eve of the assembly. */
  candidacy_closed: { deadline: string };
  /** No admission request for this member. */
  admission_not_found: { memberNo: number };
  /** The member's status does not allow this step (`decided`, `proposed`, `not_active`). */
  member_transition_not_allowed: {
    memberNo: number;
    status: string;
    context: 'decided' | 'proposed' | 'not_active';
  };
  /** A text has no such version (`address`: the address names no text and version). */
  text_version_not_found: { number: number; context: 'statutes' | 'rules' } | { context: 'address' };
  /** The minutes are drafted after the close. */
  minutes_too_early: Record<string, never>;
  /** Someone else is changing the minutes (`drafting`: the first draft is being written). */
  minutes_busy: { context?: 'drafting' };
  /** There are no minutes yet to correct. */
  minutes_not_drafted: Record<string, never>;
  /** A draft version is still pending. */
  minutes_draft_pending: { version: number };
  /** Another correction started at the same moment. */
  minutes_correction_exists: Record<string, never>;
  /** A published version no longer changes. */
  minutes_published: { version: number };
  /** The draft changed since it was read. */
  minutes_changed: Record<string, never>;
  /** No such version of the minutes (`unpublished`: not published for this reader). */
  minutes_not_found: { version: number; context?: 'unpublished' };
  /** Only the named officer signs in this role. */
  minutes_role: { context: 'president' | 'secretary' };
  /** The minutes are signed before they are published. */
  minutes_not_signed: Record<string, never>;
  /** The president has not signed yet. */
  minutes_president_missing: Record<string, never>;
  /** The version is published already. */
  minutes_published_already: Record<string, never>;
  /** The secretary has not signed yet. */
  minutes_secretary_missing: Record<string, never>;
  /** No such document is attached to the assembly. */
  document_not_found: Record<string, never>;
  /** No mandate of this proxy the reader may read. */
  mandate_not_found: Record<string, never>;
  /** Nobody is signed in (`again`: the session's person has left the register; `room`: the room). */
  sign_in_required: { context?: 'again' | 'room' };
}

/** A code with a sentence of its own in the refusal catalogues. */
export type OwnRefusalCode = keyof RefusalParams;
/** A rule's reason sent as a refusal, its verdict as parameters (the rule's own sentence). */
export type RuleRefusalCode = Exclude<ReasonCode, OwnRefusalCode>;
/** Every refusal code. */
export type RefusalCode = OwnRefusalCode | RuleRefusalCode;
/** The parameters of a refusal code. */
export type ParamsOf<C extends RefusalCode> = C extends OwnRefusalCode ? RefusalParams[C] : Verdict;
/** A refusal inside another (one per ballot of a refused vote). */
export type NestedRefusal = { [C in RefusalCode]: { code: C; params: ParamsOf<C> } }[RefusalCode];

/** The catalogue's codes, listed once so a test can check each has its sentences. */
export const ownRefusalCodes = [
  'member_not_found',
  'dues_payment_not_found',
  'person_not_found',
  'email_taken',
  'assembly_not_found',
  'assembly_not_editable',
  'notice_too_short',
  'assembly_not_draft',
  'assembly_overlaps',
  'agenda_item_not_allowed',
  'agenda_item_needs_extraordinary',
  'agenda_item_needs_ordinary',
  'item_not_found',
  'assembly_not_convenable',
  'assembly_not_cancellable',
  'assembly_not_convened',
  'delivery_not_found',
  'member_not_convened',
  'convocation_no_agenda',
  'convocation_not_draft',
  'convocation_notice_too_short',
  'empty_file',
  'file_too_large',
  'file_type_refused',
  'file_type_mismatch',
  'link_expired',
  'link_damaged',
  'link_used',
  'person_gone',
  'too_many_requests',
  'not_representative',
  'forbidden',
  'assembly_not_open_for_proxies',
  'proxies_busy',
  'proxy_not_found',
  'assembly_not_open',
  'motion_not_found',
  'motion_closed',
  'window_closed',
  'window_not_yet_open',
  'ballot_not_allowed',
  'ballot_not_recorded',
  'member_voted_secret',
  'candidate_not_standing',
  'member_voted_itself',
  'trustees_not_ready',
  'trustees_started',
  'trustee_not_representative',
  'not_a_trustee',
  'ceremony_step_not_due',
  'ceremony_piece_invalid',
  'ballot_invalid',
  'vote_not_encrypted',
  'share_not_due',
  'share_invalid',
  'archive_not_ready',
  'not_an_election_item',
  'no_candidates',
  'election_not_found',
  'round_closed',
  'candidacy_duplicate',
  'candidacy_not_found',
  'candidacy_closed',
  'admission_not_found',
  'member_transition_not_allowed',
  'text_version_not_found',
  'minutes_too_early',
  'minutes_busy',
  'minutes_not_drafted',
  'minutes_draft_pending',
  'minutes_correction_exists',
  'minutes_published',
  'minutes_changed',
  'minutes_not_found',
  'minutes_role',
  'minutes_not_signed',
  'minutes_president_missing',
  'minutes_secretary_missing',
  'minutes_published_already',
  'document_not_found',
  'mandate_not_found',
  'sign_in_required',
  ...requestRefusalCodes,
] as const satisfies readonly OwnRefusalCode[];

/** Whether a code has a sentence of its own in the refusal catalogues. */
export function isOwnRefusalCode(code: string): code is OwnRefusalCode {
  return (ownRefusalCodes as readonly string[]).includes(code);
}

/** Whether a code is a rule's reason, worded by the rule's sentence. */
export function isRuleRefusalCode(code: string): code is RuleRefusalCode {
  return !isOwnRefusalCode(code) && code in ruleMessages.en;
}

/** How a reader words a refusal: a translate function, the language, and the words for enumerations. */
export interface RefusalWording {
  language: Language;
  /** i18next's `t` (or one like it) over the catalogue holding `refusal`. */
  t: (key: string, options?: Record<string, unknown>) => string;
  /** The word for an enumerated value (`phase`, `kind`, `status`, `by`) or an instant (`instant`). */
  word: (kind: 'phase' | 'kind' | 'status' | 'by' | 'instant', value: string) => string;
}

const enumerated = { phase: 'phase', kind: 'kind', status: 'status', by: 'by' } as const;

/** The sentence of a refusal in the reader's language, its parameters (and nested refusals) worded. */
export function refusalSentence(code: string, params: Record<string, unknown>, wording: RefusalWording): string {
  if (isOwnRefusalCode(code)) {
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(params)) {
      if (key === 'refusals' && Array.isArray(value))
        values[key] = (value as NestedRefusal[])
          .map((nested) => refusalSentence(nested.code, nested.params, wording))
          .join(' ');
      else if (key in enumerated && typeof value === 'string')
        values[key] = wording.word(enumerated[key as keyof typeof enumerated], value);
      else if (/At$|deadline/.test(key) && typeof value === 'string') values[key] = wording.word('instant', value);
      else values[key] = value;
    }
    return wording.t(`refusal.${code}`, values);
  }
  const rule = ruleMessages[wording.language][code as ReasonCode];
  if (!rule) return code;
  return rule.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_whole, path: string) => {
    let value: unknown = params;
    for (const key of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[key];
    return String(value);
  });
}
