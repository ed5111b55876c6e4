import type { Catalogue } from '../languages';
import type { convocationMessages as english } from '../en/convocation';

/** Convening, cancelling and joining an assembly, and the deliveries of its mails. */
export const convocationMessages: Catalogue<typeof english> = {
  convocation: {
    title: 'Convocation',
    noAgenda: "Ajoutez au moins un point à l'ordre du jour avant de convoquer : la convocation le contient.",
    ready:
      "Prête à partir : envoyée maintenant, la convocation respecte le délai des statuts. Pour l'ouverture du {{opensAt}}, elle doit partir au plus tard le {{latest}}.",
    tooShort:
      "Délai insuffisant : envoyée maintenant, la convocation permet une ouverture le {{earliest}} au plus tôt ; pour l'ouverture du {{opensAt}}, elle devait partir au plus tard le {{latest}}. Déplacez l'ouverture, puis convoquez.",
    convene: 'Convoquer : envoyer la convocation à tous les membres',
    sendUpdate: 'Envoyer la convocation mise à jour à tous les membres',
    sending: 'Envoi…',
    unsentTitle: "L'ordre du jour a changé depuis l'envoi de la convocation.",
    unsentText: 'Envoyez la convocation mise à jour : chaque membre reçoit le nouvel ordre du jour.',
    going: 'La convocation part vers tous les membres.',
    updateGoing: 'La convocation mise à jour part vers tous les membres.',
    alreadySent: "La convocation était déjà partie : rien n'a été envoyé deux fois.",
    refusedTitle: "La convocation n'est pas partie : délai insuffisant.",
    refusedText: "Les statuts demandent plus de temps entre la convocation et l'ouverture.",
    chosenOpening: 'Ouverture choisie',
    earliestIfNow: 'Ouverture au plus tôt, envoi maintenant',
    latestDispatch: "Dernier moment d'envoi pour l'ouverture choisie",
    moveOpening: "Déplacer l'ouverture",
    tooLateForUpdate:
      "La convocation mise à jour ne peut plus respecter le délai : annulez l'assemblée, ou tenez-la avec l'ordre du jour déjà envoyé.",
    dispatch: {
      convocation: 'Convocation envoyée le {{date}} par {{name}}.',
      agenda_update: 'Convocation mise à jour envoyée le {{date}} par {{name}}.',
      cancellation: 'Annulation envoyée le {{date}} par {{name}}.',
    },
    preparing: 'Les convocations se préparent…',
    inProgress: 'Envoi en cours : {{sent}} sur {{total}} envoyées…',
    sentTo_one: 'Envoyée à {{count}} membre.',
    sentTo_other: 'Envoyée à {{count}} membres.',
    seeDeliveries: 'Voir chaque envoi',
  },
  cancel: {
    title: "Annuler l'assemblée",
    textConvened:
      "Avant l'ouverture, la Table peut annuler l'assemblée. Chaque membre convoqué reçoit un e-mail avec la raison.",
    textDraft: "Personne n'a encore été convoqué : l'annulation n'envoie aucun e-mail.",
    open: "Annuler l'assemblée…",
    reason: 'Raison',
    reasonHintConvened: "Les membres la lisent dans l'e-mail.",
    reasonHintDraft: "Conservée avec l'assemblée.",
    confirmConvened: "Annuler l'assemblée et envoyer cette raison à tous les membres ? C'est définitif.",
    confirmDraft: "Annuler ce brouillon ? C'est définitif.",
    yes: "Oui, annuler l'assemblée",
    keep: "Garder l'assemblée",
    doneConvened: "L'assemblée est annulée ; les membres sont prévenus.",
    doneDraft: 'Le brouillon est annulé.',
  },
  deliveries: {
    title: 'Envois de la convocation',
    intro:
      "Où en est la convocation de « {{title}} » pour chaque membre. Chaque personne reçoit un seul e-mail nommant tous les membres qu'elle représente ; renvoyer à une personne renvoie cet e-mail.",
    countsLabel: 'Envois par état',
    state: {
      queued: 'en attente',
      sent: 'envoyées',
      failed: 'en échec',
    },
    badge: {
      queued: 'En attente',
      sent: 'Envoyée',
      failed: 'En échec',
    },
    total: 'au total',
    filter: 'Afficher',
    all: 'Tous ({{n}})',
    only: {
      queued: 'En attente ({{n}})',
      sent: 'Envoyées ({{n}})',
      failed: 'En échec ({{n}})',
    },
    polling: 'Des convocations sont encore en route : cette liste se met à jour toutes les 5 secondes.',
    resent_one: 'La convocation repart vers {{name}}.',
    resent_other: 'La convocation repart vers {{name}} : un seul e-mail pour ses {{count}} membres.',
    none: "Aucune convocation n'a encore été envoyée pour cette assemblée.",
    noneInState: 'Aucun envoi dans cet état.',
    caption: 'Convocation de chaque membre',
    columns: {
      member: 'Membre',
      representative: 'Envoyée à',
      state: 'État',
      details: 'Détails',
      action: 'Action',
    },
    noRepresentative: 'Aucun représentant désigné',
    attempts_one: '{{count}} tentative',
    attempts_other: '{{count}} tentatives',
    sentAt: 'Envoyée le {{date}}',
    queuedAt: 'En attente depuis le {{date}}',
    errorFinal: 'Agora a cessé de réessayer :',
    errorRetrying: 'Échec, nouvel essai prévu :',
    resend: 'Renvoyer à cette personne',
  },
  assemblyErrors: {
    file_too_large: 'Ce fichier dépasse 10 Mo : les documents font 10 Mo au plus.',
    file_type_refused:
      "Ce fichier n'est pas un document accepté par Agora, quel que soit son nom. Envoyez un PDF, un document bureautique (Word, Excel, PowerPoint, OpenDocument) ou une image.",
  },
  join: {
    title: 'Ouverture de votre assemblée',
    noToken:
      'Cette adresse ne contient pas de lien personnel. Ouvrez le lien de la convocation en entier, ou connectez-vous avec votre adresse e-mail.',
    link_damaged:
      'Ce lien personnel est abîmé ou incomplet : une partie a pu être coupée lors de la copie. Rouvrez-le depuis la convocation, ou connectez-vous avec votre adresse e-mail.',
    link_expired:
      "Ce lien personnel a expiré. Connectez-vous avec votre adresse e-mail pour accéder à l'assemblée et à son procès-verbal.",
    person_gone: "La personne pour qui ce lien a été créé n'est plus dans le registre. Contactez le secrétariat.",
    assembly_not_found: "L'assemblée de ce lien n'existe plus.",
    signIn: 'Me connecter avec mon adresse e-mail',
    downloading: 'Votre document « {{name}} » se télécharge.',
    downloadAgain: 'Le télécharger à nouveau',
  },
};
