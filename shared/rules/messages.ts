import type { Language } from '../schemas/person';
import type { BallotRightReason } from './ballots';
import type { ExtraordinaryReason, OrdinarySlotReason } from './calendar';
import type { CandidacyReason, TermReason } from './candidacies';
import type { DuesReason } from './dues';
import type { ElectionReason } from './elections';
import type { ExclusionTimingReason, MemberTransition, UnmetObligationsReason, VotingRightReason } from './members';
import type { MotionAllowedReason } from './motions';
import type { NoticeReason } from './notice';
import type { ProxyGrantReason, ProxyRevocationReason } from './proxies';
import type { QuorumReason } from './quorum';
import type { TallyReason } from './tally';
import type { WindowReason } from './window';

/** Every machine reason a rule can give; each has a sentence in every language below. */
export type ReasonCode =
  | VotingRightReason
  | MemberTransition['reason']
  | ExclusionTimingReason
  | UnmetObligationsReason
  | NoticeReason
  | WindowReason
  | OrdinarySlotReason
  | ExtraordinaryReason
  | ProxyGrantReason
  | ProxyRevocationReason
  | BallotRightReason
  | QuorumReason
  | MotionAllowedReason
  | TallyReason
  | ElectionReason
  | CandidacyReason
  | TermReason
  | DuesReason;

/**
 * The sentence of each reason, with i18next placeholders naming the fields of the verdict that
 * carries it (`{{quorum.required}}` reads a nested field). Instants should be formatted by the caller.
 */
export const messages: Readonly<Record<Language, Readonly<Record<ReasonCode, string>>>> = {
  en: {
    member_votes: 'Member {{memberNo}} votes at the general assemblies.',
    member_college_without_vote:
      'Member {{memberNo}} is an associate member: it may take part in the discussion but does not vote.',
    member_pending_validation:
      'Member {{memberNo}} is admitted pending validation by the next ordinary assembly: it receives the convocations but does not vote yet.',
    member_not_admitted: 'Member {{memberNo}} has not been admitted: it does not vote.',
    member_excluded: 'Member {{memberNo}} has been excluded: it no longer votes.',
    member_status_changed: 'The status of member {{memberNo}} has changed.',
    member_transition_not_allowed: 'This step is not possible for member {{memberNo}} in its present status.',
    exclusion_may_be_decided: 'The assembly of {{opensAt}} may decide on the exclusion proposed on {{proposedAt}}.',
    exclusion_too_early:
      'The exclusion proposed on {{proposedAt}} can only be decided by an assembly opening on {{earliestOpensAt}} or later, so that the member can prepare its defence.',
    unmet_obligations_ground_met:
      'The obligations of the member have been unmet since {{unmetSince}}, long enough to be a ground for exclusion.',
    unmet_obligations_ground_not_yet:
      'The obligations of the member have been unmet since {{unmetSince}}: this becomes a ground for exclusion on {{groundFrom}}.',
    notice_sufficient:
      'The convocation sent on {{firstDispatchAt}} gives the required notice for an assembly opening on {{opensAt}}.',
    notice_too_short:
      'Not enough notice: with a convocation sent on {{firstDispatchAt}}, the assembly can open on {{earliestOpensAt}} at the earliest. To open on {{opensAt}}, the convocation had to go by {{latestDispatchAt}}.',
    notice_not_sent:
      'The convocation has not been sent yet. For an assembly opening on {{opensAt}}, it must go by {{latestDispatchAt}}.',
    window_not_yet_open: 'The assembly is not open yet: it opens on {{opensAt}}.',
    window_open: 'The assembly is open until {{closesAt}}.',
    window_closed: 'The assembly closed on {{closesAt}}: messages and ballots are no longer accepted.',
    ordinary_assembly_held: 'The ordinary assembly due before {{deadline}} has been held.',
    ordinary_assembly_convened: 'The ordinary assembly due before {{deadline}} has been convened.',
    ordinary_assembly_to_convene:
      'The ordinary assembly due before {{deadline}} has not been convened yet. The last day to send its convocation is {{lastConvocationAt}}.',
    ordinary_assembly_convocation_overdue:
      'The ordinary assembly due before {{deadline}} has not been convened, and the last moment to convene it in time ({{lastConvocationAt}}) has passed.',
    ordinary_assembly_missed: 'No ordinary assembly was held before {{deadline}}, as the statutes require.',
    extraordinary_convened: 'The next extraordinary assembly has been convened for {{nextConvened.opensAt}}.',
    extraordinary_not_due:
      'The next extraordinary assembly is not due yet: it can be held from {{earliestAt}}, normally around {{dueAt}}.',
    extraordinary_possible:
      'An extraordinary assembly may be held now; it is normally due around {{dueAt}} and at the latest by {{latestAt}}.',
    extraordinary_due:
      'The extraordinary assembly is due: the usual interval since the last one ({{lastOpensAt}}) has passed. It must be held by {{latestAt}}; the last day to convene it is {{lastConvocationAt}}.',
    extraordinary_overdue: 'The extraordinary assembly is overdue: it should have been held by {{latestAt}}.',
    proxy_valid: '{{holder}} may hold the proxy of {{grantor}}.',
    proxy_to_self: 'A member cannot give its proxy to itself.',
    proxy_unknown_member: 'Member {{memberNo}} is not in the register.',
    proxy_grantor_not_voting: '{{grantor}} does not vote, so it has no vote to give by proxy.',
    proxy_holder_not_voting: '{{holder}} does not vote, so it cannot hold a proxy.',
    proxy_already_granted: '{{grantor}} has already given its proxy for this assembly; revoke it first.',
    proxy_chain_grantor_holds: '{{grantor}} holds a proxy itself for this assembly, and a proxy cannot be passed on.',
    proxy_chain_holder_grants: '{{holder}} has given its own proxy for this assembly, so it cannot hold one.',
    proxy_cross_continent:
      '{{holder}} cannot hold the proxy of {{grantor}}: they are on different continents, and a member represents members of its own continent only.',
    proxy_holder_limit_reached: '{{holder}} already holds {{holderCount}} proxies, the most allowed.',
    proxy_revocable: 'The proxy of member {{grantorMemberNo}} can still be revoked.',
    proxy_already_used: 'Member {{holderMemberNo}} has already voted with this proxy: it can no longer be revoked.',
    proxy_already_revoked: 'This proxy has already been revoked.',
    ballot_own: 'You vote for {{member}} as its representative.',
    ballot_by_proxy: 'You vote for {{member}} by proxy, through {{holder}}.',
    ballot_member_not_voting: '{{member}} does not vote.',
    ballot_not_representative: 'You neither represent {{member}} nor hold its proxy.',
    quorum_not_required: 'No quorum is required for this motion.',
    quorum_reached:
      'Quorum reached: {{presentOrRepresented}} of {{votingMembers}} voting members present or represented ({{present}} present, {{represented}} represented); {{required}} required.',
    quorum_not_reached:
      'Quorum not reached: {{presentOrRepresented}} of {{votingMembers}} voting members present or represented; {{required}} required, {{missing}} missing.',
    motion_allowed: 'This assembly may decide this motion.',
    motion_needs_extraordinary_assembly: 'A motion of this kind can only be decided by an extraordinary assembly.',
    motion_needs_ordinary_assembly: 'A motion of this kind can only be decided by an ordinary assembly.',
    motion_kind_not_allowed: 'The statutes let no assembly decide a motion of this kind.',
    majority_for:
      'Adopted: {{counts.for}} for, {{counts.against}} against ({{counts.abstain}} abstentions, not counted).',
    majority_against:
      'Rejected: {{counts.for}} for, {{counts.against}} against ({{counts.abstain}} abstentions, not counted).',
    tie: 'Rejected on a tie: {{counts.for}} for, {{counts.against}} against ({{counts.abstain}} abstentions, not counted).',
    no_votes: 'Rejected: no vote for or against ({{counts.abstain}} abstentions).',
    not_decided_quorum_not_reached:
      'Not decided (quorum not reached): {{quorum.presentOrRepresented}} of {{quorum.votingMembers}} voting members present or represented, {{quorum.required}} required. The votes cast do not count.',
    election_absolute_majority:
      'Member {{elected}} is elected in round {{round}} with an absolute majority ({{absoluteMajority}} votes needed out of {{counts.expressed}}).',
    election_second_round:
      'No absolute majority ({{absoluteMajority}} votes needed out of {{counts.expressed}}): members {{finalists}} go to the second round.',
    election_tie_for_second_round:
      'No absolute majority, and members {{tied}} are tied for a place in the second round. The assembly must decide how to break the tie.',
    election_relative_majority: 'Member {{elected}} is elected in the second round with the most votes.',
    election_second_round_tie:
      'The second round ended in a tie between members {{tied}}. The assembly must decide how to break the tie.',
    election_no_votes: 'Nobody is elected: no vote went to a candidate ({{counts.blank}} blank ballots).',
    election_no_candidates: 'Nobody is elected: there was no candidate.',
    candidacy_valid: 'Member {{memberNo}} may stand for this office.',
    candidacy_not_at_this_assembly: 'The coordination bodies are elected by an extraordinary assembly only.',
    candidacy_office_unknown: 'This body has no such office.',
    candidacy_college_not_eligible:
      'Member {{memberNo}} cannot sit on this body: the statutes reserve it to other colleges.',
    candidacy_member_not_voting: 'Member {{memberNo}} is not a voting member, so it cannot stand.',
    candidacy_closed: 'Candidacies for this assembly closed on {{deadline}}.',
    candidacy_duplicate: 'Member {{memberNo}} is already a candidate for this office.',
    term_valid: 'A term of {{years}} years is allowed.',
    term_out_of_range: 'A term must last from {{min}} to {{max}} years, not {{years}}.',
    dues_computed:
      'Minimum yearly dues: {{amount}} {{currency}} ({{population}} inhabitants / {{inhabitantsDivisor}} x {{factor}}, the correction factor of the country: {{country}}).',
    dues_unknown_country: 'The country "{{country}}" is not in the table of correction factors.',
    dues_invalid_population: 'The number of inhabitants must be a whole number above zero, not {{population}}.',
  },
  fr: {
    member_votes: 'Le membre {{memberNo}} vote aux assemblées générales.',
    member_college_without_vote:
      'Le membre {{memberNo}} est un membre associé : il peut participer aux débats mais ne vote pas.',
    member_pending_validation:
      'Le membre {{memberNo}} est admis sous réserve de validation par la prochaine assemblée ordinaire : il reçoit les convocations mais ne vote pas encore.',
    member_not_admitted: "Le membre {{memberNo}} n'a pas été admis : il ne vote pas.",
    member_excluded: 'Le membre {{memberNo}} a été exclu : il ne vote plus.',
    member_status_changed: 'Le statut du membre {{memberNo}} a changé.',
    member_transition_not_allowed: "Cette étape n'est pas possible pour le membre {{memberNo}} dans son statut actuel.",
    exclusion_may_be_decided: "L'assemblée du {{opensAt}} peut statuer sur l'exclusion proposée le {{proposedAt}}.",
    exclusion_too_early:
      "L'exclusion proposée le {{proposedAt}} ne peut être décidée que par une assemblée ouverte le {{earliestOpensAt}} ou plus tard, pour laisser au membre le temps de présenter sa défense.",
    unmet_obligations_ground_met:
      "Le membre ne remplit plus ses obligations depuis le {{unmetSince}}, assez longtemps pour que ce soit un motif d'exclusion.",
    unmet_obligations_ground_not_yet:
      "Le membre ne remplit plus ses obligations depuis le {{unmetSince}} : ce sera un motif d'exclusion à partir du {{groundFrom}}.",
    notice_sufficient:
      'La convocation envoyée le {{firstDispatchAt}} respecte le délai requis pour une assemblée ouverte le {{opensAt}}.',
    notice_too_short:
      "Délai de convocation insuffisant : avec une convocation envoyée le {{firstDispatchAt}}, l'assemblée peut s'ouvrir au plus tôt le {{earliestOpensAt}}. Pour l'ouvrir le {{opensAt}}, la convocation devait partir au plus tard le {{latestDispatchAt}}.",
    notice_not_sent:
      "La convocation n'est pas encore partie. Pour une assemblée ouverte le {{opensAt}}, elle doit être envoyée au plus tard le {{latestDispatchAt}}.",
    window_not_yet_open: "L'assemblée n'est pas encore ouverte : elle s'ouvre le {{opensAt}}.",
    window_open: "L'assemblée est ouverte jusqu'au {{closesAt}}.",
    window_closed: "L'assemblée a été close le {{closesAt}} : les messages et les votes ne sont plus acceptés.",
    ordinary_assembly_held: "L'assemblée ordinaire à tenir avant le {{deadline}} a eu lieu.",
    ordinary_assembly_convened: "L'assemblée ordinaire à tenir avant le {{deadline}} a été convoquée.",
    ordinary_assembly_to_convene:
      "L'assemblée ordinaire à tenir avant le {{deadline}} n'est pas encore convoquée. La convocation doit partir au plus tard le {{lastConvocationAt}}.",
    ordinary_assembly_convocation_overdue:
      "L'assemblée ordinaire à tenir avant le {{deadline}} n'est pas convoquée, et la dernière date pour la convoquer à temps ({{lastConvocationAt}}) est dépassée.",
    ordinary_assembly_missed:
      "Aucune assemblée ordinaire n'a été tenue avant le {{deadline}}, comme l'exigent les statuts.",
    extraordinary_convened: 'La prochaine assemblée extraordinaire est convoquée pour le {{nextConvened.opensAt}}.',
    extraordinary_not_due:
      "La prochaine assemblée extraordinaire n'est pas encore due : elle peut se tenir à partir du {{earliestAt}}, normalement vers le {{dueAt}}.",
    extraordinary_possible:
      'Une assemblée extraordinaire peut se tenir dès maintenant ; elle est normalement due vers le {{dueAt}}, et au plus tard le {{latestAt}}.',
    extraordinary_due:
      "L'assemblée extraordinaire est due : l'intervalle habituel depuis la dernière ({{lastOpensAt}}) est écoulé. Elle doit se tenir au plus tard le {{latestAt}} ; la convocation doit partir au plus tard le {{lastConvocationAt}}.",
    extraordinary_overdue:
      "L'assemblée extraordinaire est en retard : elle aurait dû se tenir au plus tard le {{latestAt}}.",
    proxy_valid: '{{holder}} peut recevoir la procuration de {{grantor}}.',
    proxy_to_self: 'Un membre ne peut pas se donner procuration à lui-même.',
    proxy_unknown_member: 'Le membre {{memberNo}} ne figure pas au registre.',
    proxy_grantor_not_voting: "{{grantor}} ne vote pas : ce membre n'a pas de voix à confier par procuration.",
    proxy_holder_not_voting: '{{holder}} ne vote pas : ce membre ne peut pas recevoir de procuration.',
    proxy_already_granted: "{{grantor}} a déjà donné procuration pour cette assemblée ; révoquez-la d'abord.",
    proxy_chain_grantor_holds:
      '{{grantor}} détient lui-même une procuration pour cette assemblée, et une procuration ne se transmet pas.',
    proxy_chain_holder_grants:
      '{{holder}} a lui-même donné procuration pour cette assemblée : ce membre ne peut pas en recevoir.',
    proxy_cross_continent:
      '{{holder}} ne peut pas recevoir la procuration de {{grantor}} : ils ne sont pas du même continent, et un membre ne représente que des membres de son propre continent.',
    proxy_holder_limit_reached: '{{holder}} détient déjà {{holderCount}} procurations, le maximum permis.',
    proxy_revocable: 'La procuration du membre {{grantorMemberNo}} peut encore être révoquée.',
    proxy_already_used:
      'Le membre {{holderMemberNo}} a déjà voté avec cette procuration : elle ne peut plus être révoquée.',
    proxy_already_revoked: 'Cette procuration a déjà été révoquée.',
    ballot_own: 'Vous votez pour {{member}} en tant que son représentant.',
    ballot_by_proxy: 'Vous votez pour {{member}} par procuration, au titre de {{holder}}.',
    ballot_member_not_voting: '{{member}} ne vote pas.',
    ballot_not_representative: 'Vous ne représentez pas {{member}} et ne détenez pas sa procuration.',
    quorum_not_required: "Aucun quorum n'est requis pour cette motion.",
    quorum_reached:
      'Quorum atteint : {{presentOrRepresented}} membres votants sur {{votingMembers}} présents ou représentés ({{present}} présents, {{represented}} représentés) ; {{required}} requis.',
    quorum_not_reached:
      'Quorum non atteint : {{presentOrRepresented}} membres votants sur {{votingMembers}} présents ou représentés ; {{required}} requis, il en manque {{missing}}.',
    motion_allowed: 'Cette assemblée peut statuer sur cette motion.',
    motion_needs_extraordinary_assembly:
      'Une motion de ce type ne peut être décidée que par une assemblée extraordinaire.',
    motion_needs_ordinary_assembly: 'Une motion de ce type ne peut être décidée que par une assemblée ordinaire.',
    motion_kind_not_allowed: 'Les statuts ne permettent à aucune assemblée de décider une motion de ce type.',
    majority_for:
      'Adoptée : {{counts.for}} pour, {{counts.against}} contre ({{counts.abstain}} abstentions, non comptées).',
    majority_against:
      'Rejetée : {{counts.for}} pour, {{counts.against}} contre ({{counts.abstain}} abstentions, non comptées).',
    tie: 'Rejetée à égalité des voix : {{counts.for}} pour, {{counts.against}} contre ({{counts.abstain}} abstentions, non comptées).',
    no_votes: 'Rejetée : aucune voix pour ni contre ({{counts.abstain}} abstentions).',
    not_decided_quorum_not_reached:
      'Non décidée (quorum non atteint) : {{quorum.presentOrRepresented}} membres votants sur {{quorum.votingMembers}} présents ou représentés, {{quorum.required}} requis. Les votes exprimés ne comptent pas.',
    election_absolute_majority:
      'Le membre {{elected}} est élu au tour {{round}} à la majorité absolue ({{absoluteMajority}} voix requises sur {{counts.expressed}}).',
    election_second_round:
      'Pas de majorité absolue ({{absoluteMajority}} voix requises sur {{counts.expressed}}) : les membres {{finalists}} vont au second tour.',
    election_tie_for_second_round:
      "Pas de majorité absolue, et les membres {{tied}} sont à égalité pour une place au second tour. L'assemblée doit décider comment les départager.",
    election_relative_majority: 'Le membre {{elected}} est élu au second tour avec le plus de voix.',
    election_second_round_tie:
      "Le second tour s'est conclu par une égalité entre les membres {{tied}}. L'assemblée doit décider comment les départager.",
    election_no_votes:
      "Personne n'est élu : aucune voix ne s'est portée sur un candidat ({{counts.blank}} bulletins blancs).",
    election_no_candidates: "Personne n'est élu : il n'y avait aucun candidat.",
    candidacy_valid: 'Le membre {{memberNo}} peut se porter candidat à cette fonction.',
    candidacy_not_at_this_assembly: 'Les organes de coordination ne sont élus que par une assemblée extraordinaire.',
    candidacy_office_unknown: "Cet organe n'a pas cette fonction.",
    candidacy_college_not_eligible:
      "Le membre {{memberNo}} ne peut pas siéger dans cet organe : les statuts le réservent à d'autres collèges.",
    candidacy_member_not_voting: "Le membre {{memberNo}} n'est pas un membre votant : il ne peut pas se présenter.",
    candidacy_closed: 'Les candidatures pour cette assemblée ont été closes le {{deadline}}.',
    candidacy_duplicate: 'Le membre {{memberNo}} est déjà candidat à cette fonction.',
    term_valid: 'Un mandat de {{years}} ans est permis.',
    term_out_of_range: 'Un mandat dure de {{min}} à {{max}} ans, pas {{years}}.',
    dues_computed:
      'Cotisation annuelle minimale : {{amount}} {{currency}} ({{population}} habitants / {{inhabitantsDivisor}} x {{factor}}, le facteur correctif du pays : {{country}}).',
    dues_unknown_country: 'Le pays « {{country}} » ne figure pas dans la table des facteurs correctifs.',
    dues_invalid_population: "Le nombre d'habitants doit être un nombre entier supérieur à zéro, pas {{population}}.",
  },
};

const placeholder = /\{\{\s*([\w.]+)\s*\}\}/g;

/** The placeholders of a sentence, e.g. ['counts.for', 'counts.against']. */
export function placeholdersOf(sentence: string): string[] {
  return [...sentence.matchAll(placeholder)].map((match) => match[1] ?? '');
}

/**
 * The sentence of a verdict's reason in `language`, its placeholders filled from the verdict's
 * fields (for e-mails and minutes; the UI may use i18next with `messages` instead).
 */
export function renderReason(
  language: Language,
  verdict: { reason: ReasonCode },
  format: (value: unknown) => string = String,
): string {
  return messages[language][verdict.reason].replace(placeholder, (_whole, path: string) => {
    let value: unknown = verdict;
    for (const key of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[key];
    return format(value);
  });
}

/** Whether `value` is a verdict whose reason has a sentence (a refusal's details, as the API sends them). */
export function isExplainedVerdict(value: unknown): value is { reason: ReasonCode } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { reason?: unknown }).reason === 'string' &&
    (value as { reason: string }).reason in messages.en
  );
}
