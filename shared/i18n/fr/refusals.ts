import type { refusalsEn } from '../en/refusals';

/** Les refus du serveur (shared/refusals.ts), dans les mots du reste de l'interface. */
export const refusalsFr: typeof refusalsEn = {
  member_not_found: "Il n'y a pas de membre n° {{memberNo}} au registre.",
  dues_payment_not_found: "Ce paiement n'est plus enregistré : quelqu'un l'a peut-être déjà retiré. Rechargez la page.",
  person_not_found: "Cette personne n'est pas au registre.",
  person_not_found_choose:
    "Cette personne n'est pas au registre : choisissez-en une autre, ou saisissez une nouvelle personne.",
  email_taken: "L'adresse {{email}} appartient déjà à {{name}}.",
  email_taken_designate: "L'adresse {{email}} appartient déjà à {{name}} : choisissez plutôt cette personne.",
  assembly_not_found: "Cette assemblée n'existe pas.",
  assembly_not_found_removed:
    "Cette assemblée n'existe pas : elle a peut-être été supprimée, ou le lien est incomplet.",
  assembly_not_found_link: "L'assemblée de ce lien n'existe plus.",
  assembly_not_found_not_convened: "Cette assemblée n'est pas encore convoquée.",
  assembly_not_editable: 'Cette assemblée est {{phase}} : son ordre du jour ne peut plus changer ici.',
  notice_too_short:
    "Trop tard pour changer l'ordre du jour : une convocation mise à jour envoyée maintenant ne respecterait pas le délai des statuts (elle devait partir au plus tard le {{latestDispatchAt}}).",
  assembly_not_draft:
    'Cette assemblée est convoquée : annulez-la et convoquez-en une nouvelle pour changer sa date ou son type.',
  assembly_overlaps:
    'Sa salle serait ouverte en même temps que celle de « {{title}} », ouverte du {{opensAt}} au {{closesAt}} : choisissez une autre ouverture.',
  agenda_item_not_allowed:
    "Le point « {{title}} » ne peut pas figurer à l'ordre du jour d'une assemblée {{kind}} : retirez-le d'abord.",
  agenda_item_needs_extraordinary: 'Seule une assemblée extraordinaire peut en décider (statuts, articles 5, 7 et 12).',
  agenda_item_needs_ordinary: 'Seule une assemblée ordinaire peut en décider (statuts, article 11).',
  item_not_found: "Ce point n'est plus à l'ordre du jour.",
  item_not_found_not_on_agenda: "Ce point n'est pas à l'ordre du jour.",
  item_not_found_change: "Le point visé par cette modification n'est pas à l'ordre du jour.",
  assembly_not_convenable: 'Cette assemblée est {{phase}} : aucune convocation ne peut plus partir.',
  assembly_not_cancellable: 'Cette assemblée est {{phase}} : elle ne peut plus être annulée.',
  assembly_not_convened_resend: "Cette assemblée n'a pas été convoquée : il n'y a rien à renvoyer.",
  assembly_not_convened_print:
    "Convoquez d'abord l'assemblée : la convocation imprimée dit la même chose que le courriel.",
  delivery_not_found: "Le membre n° {{memberNo}} n'a pas été convoqué à cette assemblée.",
  member_not_convened: "Le membre n° {{memberNo}} n'est pas convoqué à cette assemblée.",
  convocation_no_agenda: 'La convocation demande un ordre du jour : ajoutez au moins un point.',
  convocation_not_draft: "Cette assemblée n'est plus un brouillon.",
  convocation_notice_too_short:
    "Délai insuffisant : envoyée maintenant, la convocation permet une ouverture le {{earliestOpensAt}} au plus tôt. Pour ouvrir le {{opensAt}}, elle devait partir au plus tard le {{latestDispatchAt}}. Déplacez l'ouverture, puis convoquez.",
  empty_file: 'Ce fichier est vide.',
  file_too_large: 'Ce fichier fait {{megabytes}} Mo ; les documents font 10 Mo au plus.',
  file_type_refused:
    "Ce fichier n'est pas un document accepté par Agora (son contenu n'est pas un format de document connu). Envoyez un PDF, un document bureautique (Word, Excel, PowerPoint, OpenDocument) ou une image.",
  file_type_refused_detected:
    "Ce fichier n'est pas un document accepté par Agora (son contenu est {{detected}}, quel que soit son nom). Envoyez un PDF, un document bureautique (Word, Excel, PowerPoint, OpenDocument) ou une image.",
  file_type_mismatch:
    "Le {{by}} de ce fichier ne correspond pas à son contenu ({{detectedType}}) : rien n'a été enregistré. Envoyez-le sous son vrai nom et son vrai type.",
  link_expired: 'Ce lien de connexion a expiré. Demandez-en un nouveau : il arrive en une minute.',
  link_expired_personal:
    "Ce lien personnel a expiré. Connectez-vous avec votre adresse électronique pour rejoindre l'assemblée et son procès-verbal.",
  link_damaged:
    'Ce lien de connexion est abîmé ou incomplet. Copiez le lien entier depuis le courriel, ou demandez-en un nouveau.',
  link_damaged_personal:
    'Ce lien personnel est abîmé ou incomplet. Copiez le lien entier depuis la convocation, ou connectez-vous avec votre adresse électronique.',
  link_used: 'Ce lien de connexion a déjà servi. Chaque lien ne sert qu’une fois : demandez-en un nouveau.',
  person_gone: "La personne à qui ce lien était destiné n'est plus au registre.",
  too_many_requests_sign_in_one:
    'Trop de liens de connexion ont été demandés. Patientez {{count}} minute avant de réessayer ; les liens déjà envoyés restent valables.',
  too_many_requests_sign_in_other:
    'Trop de liens de connexion ont été demandés. Patientez {{count}} minutes avant de réessayer ; les liens déjà envoyés restent valables.',
  too_many_requests_admission: "Trop de demandes d'admission depuis cet endroit ; veuillez réessayer plus tard.",
  not_representative_proxy: 'Seul le représentant du membre n° {{memberNo}} peut donner ou révoquer sa procuration.',
  not_representative_file: 'Seul le représentant du membre n° {{memberNo}}, ou la Table, peut déposer sa candidature.',
  not_representative_withdraw:
    'Seul le représentant du membre n° {{memberNo}}, ou la Table, peut retirer sa candidature.',
  forbidden_proposer: 'Un membre propose un candidat par son propre représentant : vous ne représentez pas ce membre.',
  assembly_not_open_for_proxies:
    "Les procurations se donnent ou se révoquent jusqu'à la clôture de l'assemblée ; celle-ci est {{phase}}.",
  proxies_busy: "D'autres procurations de cette assemblée sont en train d'être données ; réessayez.",
  proxies_busy_changing: "Les procurations de cette assemblée sont modifiées par quelqu'un d'autre ; réessayez.",
  proxy_not_found: "Cette procuration n'existe pas pour cette assemblée.",
  proxy_not_found_in_force: "Aucune procuration de ce type n'est en vigueur à cette assemblée.",
  assembly_not_open_open: "Les votes s'ouvrent pendant que la salle est ouverte ; cette assemblée est {{phase}}.",
  assembly_not_open_close:
    'Un vote ne se clôt en avance que pendant que la salle est ouverte ; cette assemblée est {{phase}}.',
  motion_not_found: "Ce vote n'existe pas dans cette assemblée.",
  motion_closed: 'La Table a clos ce vote : son résultat est publié.',
  motion_closed_already: 'Ce vote est déjà clos ; son résultat est publié.',
  motion_closed_late: "Aucun vote n'a été enregistré : le vote a été clos et dépouillé avant l'arrivée de ce bulletin.",
  window_closed_ballot: "Le vote s'est clos avec la salle : les bulletins ne sont plus acceptés.",
  window_closed_election: 'Les élections ont lieu pendant que la salle est ouverte ; cette assemblée est {{phase}}.',
  window_not_yet_open_ballot: "La salle n'est pas encore ouverte.",
  window_not_yet_open_election:
    'Les élections ont lieu pendant que la salle est ouverte ; cette assemblée est {{phase}}.',
  ballot_not_allowed: "Aucun vote n'a été enregistré : {{refusals}}",
  ballot_not_recorded: "Aucun vote n'a été enregistré : {{refusals}}",
  member_voted_secret: '{{organisation}} a déjà voté à ce scrutin secret ; un vote secret est définitif.',
  member_voted_secret_round: '{{organisation}} a déjà voté à ce tour ; un vote secret est définitif.',
  trustees_not_ready:
    "Un vote secret s'ouvre une fois que ses dépositaires ont créé ensemble la clé de l'élection : {{done}} étapes sur {{needed}} sont faites.",
  trustees_not_ready_open:
    "Ce vote ne peut pas encore être secret : les dépositaires n'ont pas fini de créer la clé de l'élection ({{done}} étapes sur {{needed}}). Ouvrez-le quand ce sera fait, ou en vote nominatif.",
  trustees_started: "Les dépositaires ont commencé à créer la clé de l'élection : on ne peut plus les changer.",
  trustee_not_representative: "Un dépositaire doit être le représentant d'un membre du registre.",
  not_a_trustee: 'Seul un dépositaire des votes secrets de cette assemblée peut faire cela.',
  ceremony_step_not_due: "Cette étape de la clé n'est pas celle à faire maintenant.",
  ceremony_step_not_due_done: 'Vous avez déjà fait cette étape ; il ne fallait rien de plus.',
  ceremony_step_not_due_wait:
    'Cette étape attend les autres dépositaires ; vous serez prévenu par e-mail quand ce sera votre tour.',
  ceremony_piece_invalid: 'Cette partie de la clé a été refusée : {{problem}}',
  ballot_invalid:
    "Le bulletin de {{organisation}} a été refusé par les vérifications ({{problem}}) ; rien n'a été enregistré pour lui.",
  vote_not_encrypted: "Ce vote n'est pas un vote secret à bulletins chiffrés.",
  share_not_due: "Aucun dépouillement n'attend votre part.",
  share_not_due_done: 'Votre part de ce dépouillement est déjà arrivée.',
  share_not_due_open: "Ce vote n'est pas encore clos : son total se déchiffre après la clôture.",
  share_invalid: 'Cette part ne déchiffre pas le total avec votre clé : {{problem}}',
  archive_not_ready: 'Le dossier de ce vote est publié une fois son résultat déchiffré.',
  candidate_not_standing: 'Le membre n° {{memberNo}} ne se présente pas au tour {{round}}.',
  member_voted_itself: '{{organisation}} a voté lui-même : son propre vote compte, pas celui de son mandataire.',
  not_an_election_item: "Les élections se tiennent sur un point de l'ordre du jour consacré à l'élection d'un organe.",
  no_candidates: "Personne ne se présente à cette fonction : il n'y a rien à élire.",
  election_not_found: "Cette élection n'existe pas dans cette assemblée.",
  round_closed_over: 'Cette élection est terminée : son résultat est publié.',
  round_closed_moved: 'Le tour {{round}} est clos ; le vote en est au tour {{current}}.',
  round_closed_late:
    "Aucun vote n'a été enregistré : le tour {{round}} a été clos et dépouillé avant l'arrivée de ce bulletin.",
  round_closed_counted: 'Ce tour est déjà dépouillé.',
  candidacy_duplicate: 'Le membre n° {{memberNo}} est déjà candidat à cette fonction.',
  candidacy_not_found: "Cette candidature n'existe pas à cette assemblée.",
  candidacy_closed: "Les candidatures pouvaient être retirées jusqu'au {{deadline}}, la veille de l'assemblée.",
  admission_not_found: "Il n'y a pas de demande d'admission pour le membre n° {{memberNo}}.",
  member_transition_not_allowed_decided:
    'Cette demande a déjà été tranchée : le membre n° {{memberNo}} est désormais « {{status}} ».',
  member_transition_not_allowed_proposed: "L'exclusion du membre n° {{memberNo}} est déjà proposée.",
  member_transition_not_allowed_not_active:
    "Seul un membre actif peut être proposé à l'exclusion ; le membre n° {{memberNo}} est « {{status}} ».",
  text_version_not_found_statutes: "Les statuts n'ont pas de version {{number}}.",
  text_version_not_found_rules: "Le règlement intérieur n'a pas de version {{number}}.",
  minutes_too_early: 'Le procès-verbal est rédigé une fois la salle close.',
  minutes_busy: "Le projet est en train d'être modifié par quelqu'un d'autre ; réessayez.",
  minutes_busy_drafting: 'Le procès-verbal est en cours de rédaction ; relisez-le dans un instant.',
  minutes_not_drafted: "Il n'y a pas encore de procès-verbal à rectifier : le projet vient après la clôture.",
  minutes_draft_pending:
    'La version {{version}} est encore un projet : modifiez celle-ci, ou publiez-la avant de commencer une rectification.',
  minutes_correction_exists:
    'Un autre membre de la Table a commencé une rectification au même moment : relisez le procès-verbal.',
  minutes_published:
    'La version {{version}} du procès-verbal est publiée : elle ne peut plus changer. Pour la corriger, commencez une rectification (une nouvelle version).',
  minutes_changed:
    "Le projet a changé depuis que vous l'avez lu (un autre membre de la Table l'a modifié ou signé) : relisez-le, puis réessayez.",
  minutes_not_found: "Il n'y a pas de version {{version}} de ce procès-verbal.",
  minutes_not_found_unpublished: "La version {{version}} de ce procès-verbal n'est pas publiée.",
  minutes_role_president:
    'Seul le président de la Table, ou à défaut son vice-président, signe le procès-verbal comme président.',
  minutes_role_secretary: 'Seul le secrétaire de la Table signe le procès-verbal comme secrétaire.',
  minutes_not_signed:
    'Le président (ou le vice-président) et le secrétaire de la Table signent le procès-verbal avant sa publication.',
  minutes_president_missing: "Le président de la Table (ou son vice-président) n'a pas encore signé ce texte.",
  minutes_published_already: 'Ce procès-verbal est déjà publié.',
  minutes_secretary_missing: "Le secrétaire de la Table n'a pas encore signé ce texte.",
  words: {
    kind: { ordinary: 'ordinaire', extraordinary: 'extraordinaire' },
    by: { name: 'nom', type: 'type annoncé' },
  },
  document_not_found: "Ce document n'est pas joint à cette assemblée.",
  mandate_not_found: "Il n'y a pas de mandat que vous puissiez lire pour cette procuration.",
  sign_in_required: "Connectez-vous d'abord : demandez un lien de connexion avec votre adresse e-mail.",
  sign_in_required_again: 'Veuillez vous reconnecter.',
  sign_in_required_room: 'Connectez-vous, ou ouvrez de nouveau le lien personnel de votre convocation.',
  empty_file_register: 'Envoyez le fichier du registre en text/csv : la requête ne contenait aucun fichier.',
  forbidden_secretariat:
    "Seul le secrétariat peut faire cela, et vous êtes connecté comme {{name}}, qui n'en fait pas partie.",
  forbidden_table:
    "Seul un membre de la Table de l'assemblée peut faire cela, et vous êtes connecté comme {{name}}, qui n'en est pas.",
  forbidden_direction:
    "Seul un membre de la Direction peut faire cela, et vous êtes connecté comme {{name}}, qui n'en est pas.",
  forbidden_representative:
    "Seul le représentant d'un membre peut faire cela, et vous êtes connecté comme {{name}}, qui ne l'est pas.",
  forbidden_hide: "Seul un membre de la Table de l'assemblée peut masquer un message.",
  forbidden_pin: "Seul un membre de la Table de l'assemblée peut épingler un message.",
  window_closed_room: 'La salle a fermé le {{closesAt}} : les messages ne sont plus acceptés.',
  window_not_yet_open_room: "La salle n'est pas encore ouverte : elle ouvre le {{opensAt}}.",
  text_version_not_found_address:
    'Ce texte n’existe pas : les textes sont « statutes » et « rules », leurs versions numérotées à partir de 0.',
  link_scope:
    "Votre lien personnel n'ouvre que l'assemblée pour laquelle il a été envoyé. Pour faire cela, connectez-vous avec votre adresse e-mail.",
  link_scope_room:
    'Votre lien personnel ouvre une autre assemblée. Connectez-vous avec votre adresse e-mail pour atteindre celle-ci.',
  store_unavailable: "Agora ne peut pas joindre sa base de données pour l'instant. Réessayez dans quelques secondes.",
  store_unconfirmed:
    "Agora n'a pas pu confirmer qu'une seconde copie en a été enregistrée : ce n'est donc pas compté comme fait. Recommencez dans quelques secondes ; ce qui a déjà été enregistré ne sera pas compté deux fois.",
  cross_site:
    "Cette requête venait d'un autre site web : Agora n'y a pas donné suite. Faites la modification depuis les pages d'Agora.",
  form_refused:
    "Agora reçoit les modifications en JSON (ou un fichier tel quel), jamais comme un formulaire web ; rien n'a été fait.",
  outbox_off: 'La boîte d’envoi intégrée est désactivée : le courrier passe par le relais indiqué dans SMTP_URL.',
  outbox_local_only:
    'La boîte d’envoi ne se lit que sur la machine qui fait tourner Agora (OUTBOX_OPEN=true la montre à tout visiteur d’une démonstration).',
  not_found_member_number: "Il n'y a pas de numéro de membre « {{value}} ».",
  not_found_minutes_version: "Il n'y a pas de version « {{value}} » du procès-verbal.",
  not_found_route: "Il n'y a rien à l'adresse {{method}} {{path}}.",
  not_found_outbox_message:
    "Ce message n'est pas dans la boîte d'envoi (il a peut-être été retiré pour faire de la place).",
  name_missing: 'Indiquez le nom du fichier (?name=...).',
  invalid_file_one:
    "Le fichier a un problème ; rien n'a été enregistré. Corrigez-le et importez de nouveau le fichier.",
  invalid_file_other:
    "Le fichier a {{count}} problèmes ; rien n'a été enregistré. Corrigez-les et importez de nouveau le fichier.",
  bad_json: "Le corps de la requête n'est pas du JSON valide.",
  bad_json_not_object: 'Le corps de la requête doit être un objet JSON.',
  too_large_megabytes: 'La requête est trop grande : Agora accepte au plus {{amount}} Mo ici.',
  too_large_kilobytes: 'La requête est trop grande : Agora accepte au plus {{amount}} Ko ici.',
  bad_encoding:
    "Le corps de la requête est compressé d'une façon qu'Agora ne lit pas : envoyez-le tel quel, ou en gzip, deflate ou br.",
  bad_charset: "Le corps de la requête est dans un jeu de caractères qu'Agora ne lit pas : envoyez-le en UTF-8.",
  bad_address: "L'adresse de la requête contient un échappement % abîmé ; rien n'a été fait.",
  bad_request: "La requête n'a pas pu être lue (son corps est abîmé ou incomplet) ; rien n'a été fait.",
  internal: "Une erreur est survenue sur le serveur ; rien n'a été modifié. Réessayez.",
  internal_room: "Une erreur est survenue sur le serveur ; votre message n'a pas été enregistré. Réessayez.",
  internal_store: "Agora ne peut pas joindre sa base de données pour l'instant. Réessayez dans quelques secondes.",
  assembly_cancelled: 'Cette assemblée a été annulée.',
  not_a_representative: 'Vous ne représentez actuellement aucun membre du réseau : vous pouvez lire, pas écrire.',
  unknown_thread: 'Ce point n’est plus à l’ordre du jour.',
  unknown_message: 'Ce message n’est pas dans cette salle.',
  unknown_message_reply: 'Le message auquel vous répondez n’est pas dans cette salle.',
  too_many_messages: 'Vous avez écrit beaucoup de messages en peu de temps ; attendez {{seconds}} secondes.',
  message_busy: 'Quelqu’un d’autre modifie ce message ; réessayez.',
  message_not_author: 'Seul son auteur peut modifier un message.',
  message_withdrawn: 'Ce message a été retiré.',
  message_hidden: 'Ce message a été masqué par la Table.',
  message_edit_window_passed:
    'Un message peut être modifié pendant 10 minutes après son envoi ; il est trop tard maintenant.',
};
