import type { Language } from '../schemas/person';
import type { BallotRightReason } from './ballots';
import type { ExtraordinaryReason, OrdinarySlotReason } from './calendar';
import type { CandidacyReason, TermReason } from './candidacies';
import type { DuesReason } from './dues';
import type { ElectionReason, ElectionRoundResult } from './elections';
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
  pt: {
    member_votes: 'O membro {{memberNo}} vota nas assembleias gerais.',
    member_college_without_vote:
      'O membro {{memberNo}} é membro associado: pode participar na discussão, mas não vota.',
    member_pending_validation:
      'O membro {{memberNo}} foi admitido e aguarda a validação da próxima assembleia ordinária: recebe as convocatórias, mas ainda não vota.',
    member_not_admitted: 'O membro {{memberNo}} não foi admitido: não vota.',
    member_excluded: 'O membro {{memberNo}} foi excluído: já não vota.',
    member_status_changed: 'A situação do membro {{memberNo}} mudou.',
    member_transition_not_allowed: 'Este passo não é possível para o membro {{memberNo}} na sua situação atual.',
    exclusion_may_be_decided: 'A assembleia de {{opensAt}} pode decidir sobre a exclusão proposta a {{proposedAt}}.',
    exclusion_too_early:
      'A exclusão proposta a {{proposedAt}} só pode ser decidida por uma assembleia que abra a {{earliestOpensAt}} ou mais tarde, para que o membro possa preparar a sua defesa.',
    unmet_obligations_ground_met:
      'O membro não cumpre as suas obrigações desde {{unmetSince}}, tempo suficiente para ser fundamento de exclusão.',
    unmet_obligations_ground_not_yet:
      'O membro não cumpre as suas obrigações desde {{unmetSince}}: isto passa a ser fundamento de exclusão a {{groundFrom}}.',
    notice_sufficient:
      'A convocatória enviada a {{firstDispatchAt}} respeita a antecedência exigida para uma assembleia que abre a {{opensAt}}.',
    notice_too_short:
      'Antecedência insuficiente: com uma convocatória enviada a {{firstDispatchAt}}, a assembleia só pode abrir a {{earliestOpensAt}}. Para abrir a {{opensAt}}, a convocatória tinha de seguir até {{latestDispatchAt}}.',
    notice_not_sent:
      'A convocatória ainda não foi enviada. Para uma assembleia que abre a {{opensAt}}, tem de seguir até {{latestDispatchAt}}.',
    window_not_yet_open: 'A assembleia ainda não está aberta: abre a {{opensAt}}.',
    window_open: 'A assembleia está aberta até {{closesAt}}.',
    window_closed: 'A assembleia encerrou a {{closesAt}}: já não se aceitam mensagens nem votos.',
    ordinary_assembly_held: 'A assembleia ordinária prevista antes de {{deadline}} já se realizou.',
    ordinary_assembly_convened: 'A assembleia ordinária prevista antes de {{deadline}} já foi convocada.',
    ordinary_assembly_to_convene:
      'A assembleia ordinária prevista antes de {{deadline}} ainda não foi convocada. O último dia para enviar a convocatória é {{lastConvocationAt}}.',
    ordinary_assembly_convocation_overdue:
      'A assembleia ordinária prevista antes de {{deadline}} não foi convocada, e o último momento para a convocar a tempo ({{lastConvocationAt}}) já passou.',
    ordinary_assembly_missed:
      'Não se realizou nenhuma assembleia ordinária antes de {{deadline}}, como os estatutos exigem.',
    extraordinary_convened: 'A próxima assembleia extraordinária foi convocada para {{nextConvened.opensAt}}.',
    extraordinary_not_due:
      'A próxima assembleia extraordinária ainda não é devida: pode realizar-se a partir de {{earliestAt}}, normalmente por volta de {{dueAt}}.',
    extraordinary_possible:
      'Pode realizar-se já uma assembleia extraordinária; normalmente é devida por volta de {{dueAt}} e, o mais tardar, até {{latestAt}}.',
    extraordinary_due:
      'A assembleia extraordinária é devida: passou o intervalo habitual desde a última ({{lastOpensAt}}). Tem de se realizar até {{latestAt}}; o último dia para a convocar é {{lastConvocationAt}}.',
    extraordinary_overdue: 'A assembleia extraordinária está atrasada: devia ter-se realizado até {{latestAt}}.',
    proxy_valid: '{{holder}} pode receber a procuração de {{grantor}}.',
    proxy_to_self: 'Um membro não pode dar a procuração a si próprio.',
    proxy_unknown_member: 'O membro {{memberNo}} não está no registo.',
    proxy_grantor_not_voting: '{{grantor}} não vota, por isso não tem voto para dar por procuração.',
    proxy_holder_not_voting: '{{holder}} não vota, por isso não pode receber uma procuração.',
    proxy_already_granted: '{{grantor}} já deu a sua procuração para esta assembleia; revogue-a primeiro.',
    proxy_chain_grantor_holds:
      '{{grantor}} já tem uma procuração para esta assembleia, e uma procuração não se passa a outro.',
    proxy_chain_holder_grants:
      '{{holder}} deu a sua própria procuração para esta assembleia, por isso não pode receber uma.',
    proxy_cross_continent:
      '{{holder}} não pode receber a procuração de {{grantor}}: estão em continentes diferentes, e um membro só representa membros do seu continente.',
    proxy_holder_limit_reached: '{{holder}} já tem {{holderCount}} procurações, o máximo permitido.',
    proxy_revocable: 'A procuração do membro {{grantorMemberNo}} ainda pode ser revogada.',
    proxy_already_used: 'O membro {{holderMemberNo}} já votou com esta procuração: já não pode ser revogada.',
    proxy_already_revoked: 'Esta procuração já foi revogada.',
    ballot_own: 'Vota por {{member}} como seu representante.',
    ballot_by_proxy: 'Vota por {{member}} por procuração, através de {{holder}}.',
    ballot_member_not_voting: '{{member}} não vota.',
    ballot_not_representative: 'Não representa {{member}} nem tem a sua procuração.',
    quorum_not_required: 'Esta proposta não exige quórum.',
    quorum_reached:
      'Quórum atingido: {{presentOrRepresented}} de {{votingMembers}} membros votantes presentes ou representados ({{present}} presentes, {{represented}} representados); exigidos {{required}}.',
    quorum_not_reached:
      'Quórum não atingido: {{presentOrRepresented}} de {{votingMembers}} membros votantes presentes ou representados; exigidos {{required}}, faltam {{missing}}.',
    motion_allowed: 'Esta assembleia pode decidir esta proposta.',
    motion_needs_extraordinary_assembly:
      'Uma proposta deste tipo só pode ser decidida por uma assembleia extraordinária.',
    motion_needs_ordinary_assembly: 'Uma proposta deste tipo só pode ser decidida por uma assembleia ordinária.',
    motion_kind_not_allowed: 'Os estatutos não permitem a nenhuma assembleia decidir uma proposta deste tipo.',
    majority_for:
      'Aprovada: {{counts.for}} a favor, {{counts.against}} contra ({{counts.abstain}} abstenções, não contadas).',
    majority_against:
      'Rejeitada: {{counts.for}} a favor, {{counts.against}} contra ({{counts.abstain}} abstenções, não contadas).',
    tie: 'Rejeitada por empate: {{counts.for}} a favor, {{counts.against}} contra ({{counts.abstain}} abstenções, não contadas).',
    no_votes: 'Rejeitada: nenhum voto a favor nem contra ({{counts.abstain}} abstenções).',
    not_decided_quorum_not_reached:
      'Sem decisão (quórum não atingido): {{quorum.presentOrRepresented}} de {{quorum.votingMembers}} membros votantes presentes ou representados, exigidos {{quorum.required}}. Os votos expressos não contam.',
    election_absolute_majority:
      'O membro {{elected}} é eleito na volta {{round}} por maioria absoluta (eram precisos {{absoluteMajority}} votos em {{counts.expressed}}).',
    election_second_round:
      'Sem maioria absoluta (eram precisos {{absoluteMajority}} votos em {{counts.expressed}}): os membros {{finalists}} passam à segunda volta.',
    election_tie_for_second_round:
      'Sem maioria absoluta, e os membros {{tied}} estão empatados para um lugar na segunda volta. A assembleia tem de decidir como desempatar.',
    election_relative_majority: 'O membro {{elected}} é eleito na segunda volta, com mais votos.',
    election_second_round_tie:
      'A segunda volta terminou empatada entre os membros {{tied}}. A assembleia tem de decidir como desempatar.',
    election_no_votes: 'Ninguém foi eleito: nenhum voto foi para um candidato ({{counts.blank}} votos em branco).',
    election_no_candidates: 'Ninguém foi eleito: não houve candidatos.',
    candidacy_valid: 'O membro {{memberNo}} pode candidatar-se a este cargo.',
    candidacy_not_at_this_assembly: 'Os órgãos de coordenação só são eleitos por uma assembleia extraordinária.',
    candidacy_office_unknown: 'Este órgão não tem esse cargo.',
    candidacy_college_not_eligible:
      'O membro {{memberNo}} não pode fazer parte deste órgão: os estatutos reservam-no a outros colégios.',
    candidacy_member_not_voting: 'O membro {{memberNo}} não é membro votante, por isso não se pode candidatar.',
    candidacy_closed: 'As candidaturas para esta assembleia fecharam a {{deadline}}.',
    candidacy_duplicate: 'O membro {{memberNo}} já é candidato a este cargo.',
    term_valid: 'É permitido um mandato de {{years}} anos.',
    term_out_of_range: 'Um mandato tem de durar entre {{min}} e {{max}} anos, não {{years}}.',
    dues_computed:
      'Quota anual mínima: {{amount}} {{currency}} ({{population}} habitantes / {{inhabitantsDivisor}} x {{factor}}, o fator de correção do país: {{country}}).',
    dues_unknown_country: 'O país «{{country}}» não consta da tabela de fatores de correção.',
    dues_invalid_population:
      'O número de habitantes tem de ser um número inteiro maior do que zero, não {{population}}.',
  },
  ru: {
    member_votes: 'Участник {{memberNo}} голосует на общих собраниях.',
    member_college_without_vote:
      'Участник {{memberNo}} — ассоциированный участник: он может участвовать в обсуждении, но не голосует.',
    member_pending_validation:
      'Участник {{memberNo}} принят и ждёт утверждения ближайшим очередным собранием: он получает приглашения, но пока не голосует.',
    member_not_admitted: 'Участник {{memberNo}} не принят: он не голосует.',
    member_excluded: 'Участник {{memberNo}} исключён: он больше не голосует.',
    member_status_changed: 'Статус участника {{memberNo}} изменился.',
    member_transition_not_allowed: 'При нынешнем статусе участника {{memberNo}} этот шаг невозможен.',
    exclusion_may_be_decided: 'Собрание {{opensAt}} может принять решение об исключении, предложенном {{proposedAt}}.',
    exclusion_too_early:
      'Решение об исключении, предложенном {{proposedAt}}, может принять только собрание, открывающееся {{earliestOpensAt}} или позже, чтобы участник успел подготовить защиту.',
    unmet_obligations_ground_met:
      'Участник не выполняет свои обязательства с {{unmetSince}} — достаточно долго, чтобы это стало основанием для исключения.',
    unmet_obligations_ground_not_yet:
      'Участник не выполняет свои обязательства с {{unmetSince}}: основанием для исключения это станет {{groundFrom}}.',
    notice_sufficient:
      'Приглашение, отправленное {{firstDispatchAt}}, соблюдает необходимый срок для собрания, открывающегося {{opensAt}}.',
    notice_too_short:
      'Недостаточный срок уведомления: при приглашении, отправленном {{firstDispatchAt}}, собрание может открыться не раньше {{earliestOpensAt}}. Чтобы открыться {{opensAt}}, приглашение нужно было отправить до {{latestDispatchAt}}.',
    notice_not_sent:
      'Приглашение ещё не отправлено. Для собрания, открывающегося {{opensAt}}, его нужно отправить до {{latestDispatchAt}}.',
    window_not_yet_open: 'Собрание ещё не открыто: оно откроется {{opensAt}}.',
    window_open: 'Собрание открыто до {{closesAt}}.',
    window_closed: 'Собрание закрылось {{closesAt}}: сообщения и бюллетени больше не принимаются.',
    ordinary_assembly_held: 'Очередное собрание, которое нужно было провести до {{deadline}}, проведено.',
    ordinary_assembly_convened: 'Очередное собрание, которое нужно провести до {{deadline}}, созвано.',
    ordinary_assembly_to_convene:
      'Очередное собрание, которое нужно провести до {{deadline}}, ещё не созвано. Последний день для отправки приглашения — {{lastConvocationAt}}.',
    ordinary_assembly_convocation_overdue:
      'Очередное собрание, которое нужно провести до {{deadline}}, не созвано, и последний срок, чтобы созвать его вовремя ({{lastConvocationAt}}), прошёл.',
    ordinary_assembly_missed:
      'До {{deadline}} не было проведено ни одного очередного собрания, как того требует устав.',
    extraordinary_convened: 'Следующее внеочередное собрание созвано на {{nextConvened.opensAt}}.',
    extraordinary_not_due:
      'Следующее внеочередное собрание проводить ещё рано: его можно провести начиная с {{earliestAt}}, обычно около {{dueAt}}.',
    extraordinary_possible:
      'Внеочередное собрание можно провести уже сейчас; обычно его проводят около {{dueAt}}, но не позднее {{latestAt}}.',
    extraordinary_due:
      'Пора провести внеочередное собрание: обычный срок после предыдущего ({{lastOpensAt}}) истёк. Его нужно провести до {{latestAt}}; последний день, чтобы созвать его, — {{lastConvocationAt}}.',
    extraordinary_overdue: 'Внеочередное собрание просрочено: его нужно было провести до {{latestAt}}.',
    proxy_valid: '{{holder}} может получить доверенность от {{grantor}}.',
    proxy_to_self: 'Участник не может передать доверенность самому себе.',
    proxy_unknown_member: 'Участника {{memberNo}} нет в реестре.',
    proxy_grantor_not_voting:
      '{{grantor}} не голосует, поэтому у него нет голоса, который можно передать по доверенности.',
    proxy_holder_not_voting: '{{holder}} не голосует, поэтому не может получить доверенность.',
    proxy_already_granted: '{{grantor}} уже передал доверенность на это собрание; сначала отзовите её.',
    proxy_chain_grantor_holds:
      '{{grantor}} сам держит доверенность на это собрание, а доверенность нельзя передать дальше.',
    proxy_chain_holder_grants: '{{holder}} передал свою доверенность на это собрание, поэтому не может получить чужую.',
    proxy_cross_continent:
      '{{holder}} не может получить доверенность от {{grantor}}: они на разных континентах, а участник представляет только участников своего континента.',
    proxy_holder_limit_reached: 'У {{holder}} уже максимальное число доверенностей: {{holderCount}}.',
    proxy_revocable: 'Доверенность участника {{grantorMemberNo}} ещё можно отозвать.',
    proxy_already_used: 'Участник {{holderMemberNo}} уже проголосовал по этой доверенности: отозвать её больше нельзя.',
    proxy_already_revoked: 'Эта доверенность уже отозвана.',
    ballot_own: 'Вы голосуете за {{member}} как его представитель.',
    ballot_by_proxy: 'Вы голосуете за {{member}} по доверенности, через {{holder}}.',
    ballot_member_not_voting: '{{member}} не голосует.',
    ballot_not_representative: 'Вы не представляете {{member}} и не держите его доверенность.',
    quorum_not_required: 'Для этого вопроса кворум не нужен.',
    quorum_reached:
      'Кворум есть: присутствуют или представлены {{presentOrRepresented}} из {{votingMembers}} голосующих участников ({{present}} присутствуют, {{represented}} представлены); нужно {{required}}.',
    quorum_not_reached:
      'Кворума нет: присутствуют или представлены {{presentOrRepresented}} из {{votingMembers}} голосующих участников; нужно {{required}}, не хватает {{missing}}.',
    motion_allowed: 'Это собрание может решить этот вопрос.',
    motion_needs_extraordinary_assembly: 'Вопрос такого рода может решить только внеочередное собрание.',
    motion_needs_ordinary_assembly: 'Вопрос такого рода может решить только очередное собрание.',
    motion_kind_not_allowed: 'Устав не позволяет ни одному собранию решать вопросы такого рода.',
    majority_for:
      'Принято: за — {{counts.for}}, против — {{counts.against}} (воздержались — {{counts.abstain}}, не учитываются).',
    majority_against:
      'Отклонено: за — {{counts.for}}, против — {{counts.against}} (воздержались — {{counts.abstain}}, не учитываются).',
    tie: 'Отклонено при равенстве голосов: за — {{counts.for}}, против — {{counts.against}} (воздержались — {{counts.abstain}}, не учитываются).',
    no_votes: 'Отклонено: ни одного голоса за или против (воздержались — {{counts.abstain}}).',
    not_decided_quorum_not_reached:
      'Решение не принято (нет кворума): присутствуют или представлены {{quorum.presentOrRepresented}} из {{quorum.votingMembers}} голосующих участников, нужно {{quorum.required}}. Поданные голоса не учитываются.',
    election_absolute_majority:
      'Участник {{elected}} избран в туре {{round}} абсолютным большинством (нужно было {{absoluteMajority}} голосов из {{counts.expressed}}).',
    election_second_round:
      'Абсолютного большинства нет (нужно было {{absoluteMajority}} голосов из {{counts.expressed}}): во второй тур выходят участники {{finalists}}.',
    election_tie_for_second_round:
      'Абсолютного большинства нет, а участники {{tied}} набрали поровну голосов за место во втором туре. Собрание должно решить, как разрешить равенство.',
    election_relative_majority: 'Участник {{elected}} избран во втором туре, набрав больше всего голосов.',
    election_second_round_tie:
      'Второй тур закончился равенством голосов участников {{tied}}. Собрание должно решить, как разрешить равенство.',
    election_no_votes: 'Никто не избран: ни один голос не отдан за кандидата (пустых бюллетеней: {{counts.blank}}).',
    election_no_candidates: 'Никто не избран: кандидатов не было.',
    candidacy_valid: 'Участник {{memberNo}} может выдвинуться на эту должность.',
    candidacy_not_at_this_assembly: 'Координационные органы избирает только внеочередное собрание.',
    candidacy_office_unknown: 'В этом органе нет такой должности.',
    candidacy_college_not_eligible:
      'Участник {{memberNo}} не может входить в этот орган: устав отводит его другим коллегиям.',
    candidacy_member_not_voting: 'Участник {{memberNo}} не голосует, поэтому не может выдвигаться.',
    candidacy_closed: 'Приём кандидатур на это собрание закрылся {{deadline}}.',
    candidacy_duplicate: 'Участник {{memberNo}} уже выдвинут на эту должность.',
    term_valid: 'Допустимый срок полномочий (лет): {{years}}.',
    term_out_of_range: 'Срок полномочий должен составлять от {{min}} до {{max}} лет, а не {{years}}.',
    dues_computed:
      'Минимальный ежегодный взнос: {{amount}} {{currency}} ({{population}} жителей / {{inhabitantsDivisor}} x {{factor}}, поправочный коэффициент страны: {{country}}).',
    dues_unknown_country: 'Страны «{{country}}» нет в таблице поправочных коэффициентов.',
    dues_invalid_population: 'Число жителей должно быть целым числом больше нуля, а не {{population}}.',
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

/**
 * An election round's sentence with its members named by number and organisation, "68 (Plateforme
 * Multi-Acteurs — Agadir)", rather than by number alone; a member `organisationOf` does not know
 * keeps its number.
 */
export function renderElectionReason(
  language: Language,
  result: Pick<ElectionRoundResult, 'reason' | 'elected' | 'finalists' | 'tied'>,
  organisationOf: (memberNo: number) => string | undefined,
): string {
  const name = (memberNo: number) => {
    const organisation = organisationOf(memberNo);
    return organisation ? `${memberNo} (${organisation})` : String(memberNo);
  };
  const named = {
    ...result,
    elected: result.elected === null ? null : name(result.elected),
    finalists: result.finalists.map(name).join(', '),
    tied: result.tied.map(name).join(', '),
  };
  return renderReason(language, named);
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
