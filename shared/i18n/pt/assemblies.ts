import type { Catalogue } from '../languages';
import type { assembliesMessages as english } from '../en/assemblies';

/** Assemblies, their calendar, form and agenda. */
export const assembliesMessages: Catalogue<typeof english> = {
  assemblyPhase: {
    draft: 'Brouillon',
    convened: 'Convoquée',
    open: 'Ouverte',
    closed: 'Close',
    minutes_published: 'Procès-verbal publié',
    cancelled: 'Annulée',
  },
  assemblyKind: {
    ordinary: 'Assemblée générale ordinaire',
    extraordinary: 'Assemblée générale extraordinaire',
  },
  agendaKind: {
    information: 'Information',
    ordinary_decision: 'Décision',
    statute_change: 'Modification des statuts',
    rules_change: 'Modification du règlement intérieur',
    election: 'Élection',
    admission_validation: 'Validation des nouveaux membres',
    exclusion: 'Exclusion',
    agenda_change: "Modification de l'ordre du jour",
  },
  assemblies: {
    title: 'Assemblées',
    intro:
      'Les assemblées générales du réseau : les ordinaires deux fois par an, en ligne pendant 24 heures, et les extraordinaires aux Rencontres internationales.',
    new: 'Nouvelle assemblée',
    upcoming: 'Ouvertes et à venir',
    past: 'Passées',
    noneUpcoming: "Aucune assemblée n'est ouverte ni convoquée actuellement.",
    nonePast: "Aucune assemblée ne s'est encore tenue.",
    opens: 'Ouverture',
    openUntil: "Ouverte jusqu'au",
    opened: 'Ouverte le',
    wasToOpen: 'Devait ouvrir le',
  },
  calendar: {
    title: 'Calendrier statutaire',
    purpose: {
      annual_report_and_accounts: "rapport de la Direction et comptes de l'année passée",
      action_plan_and_budget: "plan d'action et budget de l'année suivante",
    },
    ordinaryToConvene:
      "L'assemblée ordinaire à tenir au plus tard le {{deadline}} ({{purpose}}) n'est pas convoquée : le dernier jour pour envoyer sa convocation est le {{last}}.",
    ordinaryOverdue:
      "L'assemblée ordinaire à tenir au plus tard le {{deadline}} ({{purpose}}) n'est pas convoquée, et le dernier moment pour envoyer sa convocation à temps, le {{last}}, est passé.",
    ordinaryMissed:
      "Aucune assemblée ordinaire ({{purpose}}) n'a été tenue au plus tard le {{deadline}}, comme l'exigent les statuts (S.6).",
    extraordinaryDue:
      "L'assemblée extraordinaire est due (tous les trois ans, aux Rencontres internationales) : elle doit s'ouvrir au plus tard le {{latest}}, et le dernier jour pour envoyer sa convocation est le {{last}}.",
    extraordinaryOverdue:
      "L'assemblée extraordinaire est en retard : elle devait s'ouvrir au plus tard le {{latest}} (S.7).",
    tooClose:
      "Les assemblées ordinaires « {{first}} » ({{firstOpens}}) et « {{second}} » ({{secondOpens}}) sont trop rapprochées : les statuts en prévoient deux par an (S.6), la seconde devrait donc s'ouvrir le {{earliest}} ou après.",
    draft: 'brouillon',
  },
  assemblyForm: {
    newTitle: 'Nouvelle assemblée',
    editTitle: 'Modifier le brouillon',
    backToAssembly: "Retour à l'assemblée",
    notDraft:
      'Cette assemblée est convoquée : son type, son titre et sa date ne peuvent plus changer. Pour la tenir à une autre date, annulez-la et convoquez-en une nouvelle.',
    intro:
      "L'assemblée reste un brouillon, vu de la seule Table, jusqu'à ce que vous la convoquiez : chaque membre reçoit alors la convocation avec l'ordre du jour.",
    kind: "Type d'assemblée",
    kindExplained: {
      ordinary: 'Deux fois par an, en ligne pendant 24 heures. Convoquée au moins 15 jours à l’avance (S.6, R.6).',
      extraordinary:
        'Aux Rencontres internationales : modification des statuts et du règlement intérieur, élection des organes. Convoquée au moins un mois à l’avance (S.7, R.7).',
    },
    title: 'Titre',
    titleHint:
      'Tel que les membres le liront dans la convocation, par exemple « Assemblée ordinaire, printemps 2027 ».',
    opensAt: 'Ouverture',
    opensAtHint: 'Date et heure à votre horloge : {{zone}}. La salle reste ensuite ouverte exactement 24 heures.',
    shifted:
      "Cette heure n'existe pas ce jour-là dans le fuseau {{zone}} (passage à l'heure d'été) : l'ouverture sera à {{time}}.",
    hybrid: 'Aussi en présentiel (hybride)',
    hybridHint:
      'La table peut marquer les membres présents aux Rencontres internationales ; les autres participent en ligne.',
    create: 'Créer le brouillon',
    noticeChooseKind: "Choisissez le type d'assemblée pour voir le délai de convocation qu'il demande.",
    noticeEarliestOnly: 'Envoyée maintenant, la convocation permet une ouverture le {{earliest}} au plus tôt.',
    noticeOk: 'Délai de convocation suffisant.',
    noticeTooShort: 'Délai de convocation insuffisant pour cette ouverture.',
    noticeText:
      "Envoyée maintenant, la convocation permet une ouverture le {{earliest}} au plus tôt ; pour l'ouverture choisie, elle doit partir au plus tard le {{latest}}.",
    noticeTextLate:
      "Envoyée maintenant, la convocation permet une ouverture le {{earliest}} au plus tôt ; pour l'ouverture choisie, elle devait partir au plus tard le {{latest}}.",
    noticeFix:
      'Choisissez une ouverture plus tardive, sinon la convocation sera refusée. Vous pouvez tout de même enregistrer le brouillon.',
    window: 'La salle ouvre le {{opensAt}} et ferme le {{closesAt}}.',
    windowDst_one:
      "L'heure change pendant l'assemblée : ses 24 heures se lisent comme {{count}} heure à l'horloge du fuseau {{zone}}.",
    windowDst_other:
      "L'heure change pendant l'assemblée : ses 24 heures se lisent comme {{count}} heures à l'horloge du fuseau {{zone}}.",
  },
  countdown: {
    opensIn: 'Ouverture dans',
    closesIn: 'Fermeture dans',
    opening: 'Ouverture en cours…',
    closing: 'Fermeture en cours…',
    days_one: '{{count}} jour',
    days_other: '{{count}} jours',
    clock: '{{hours}} h {{minutes}} min {{seconds}} s',
  },
  assembly: {
    title: 'Assemblée',
    hybrid: 'Hybride',
    edit: 'Modifier la date, le titre ou le type',
    deliveries: 'Envois de la convocation',
    windowTitle: 'Quand',
    opensAt: 'Ouverture',
    closesAt: 'Fermeture',
    windowRule:
      'La salle reste ouverte exactement 24 heures, pour que les membres de tous les fuseaux horaires puissent participer (R.6).',
    windowDst_one:
      "À l'horloge du fuseau {{zone}}, ces 24 heures se lisent comme {{count}} heure : l'heure change pendant l'assemblée.",
    windowDst_other:
      "À l'horloge du fuseau {{zone}}, ces 24 heures se lisent comme {{count}} heures : l'heure change pendant l'assemblée.",
    cancelledTitle: 'Cette assemblée est annulée',
    cancelledBy: 'Annulée le {{date}} par {{name}}, pour la raison suivante :',
  },
  agenda: {
    title: 'Ordre du jour',
    empty: "L'ordre du jour est vide.",
    emptyTable:
      "L'ordre du jour est vide : ajoutez le premier point ci-dessous. La convocation en demande au moins un.",
    member: 'Membre concerné :',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    remove: 'Retirer',
    removeConfirm: "Retirer « {{title}} » et ses documents de l'ordre du jour ?",
    removeYes: 'Oui, retirer',
    documents: 'Documents',
    attach: 'Joindre un document',
    attachTo: 'à « {{title}} »',
    attachHint: 'PDF, document bureautique ou image, 10 Mo au plus. Il est envoyé dès que vous le choisissez.',
    uploading: 'Envoi de {{name}}…',
    uploaded: '{{name}} est joint.',
  },
  agendaForm: {
    title: "Ajouter un point à l'ordre du jour",
    kind: 'Type de point',
    kindHint: {
      ordinary:
        "Une assemblée ordinaire décide, valide les admissions et décide des exclusions ; les statuts, le règlement intérieur et les élections relèvent d'une assemblée extraordinaire.",
      extraordinary:
        'Une assemblée extraordinaire décide, modifie les statuts et le règlement intérieur, élit les organes et décide des exclusions ; les admissions sont validées par une assemblée ordinaire.',
    },
    itemTitle: 'Titre du point',
    description: 'Description',
    descriptionHint:
      "Ce que les membres doivent savoir avant l'assemblée. Les documents se joignent une fois le point ajouté.",
    member: 'Membre concerné',
    memberHint: {
      admission:
        'Un membre approuvé par la Direction et en attente de validation ; laissez vide pour les valider tous.',
      exclusion: 'Un membre dont la Direction a proposé l’exclusion.',
    },
    memberNone: 'Aucun en particulier',
    add: "Ajouter à l'ordre du jour",
    added: "« {{title}} » est à l'ordre du jour.",
  },
  proposals: {
    title: 'Points demandés par les statuts',
    intro: "Pas encore à l'ordre du jour. Chacun s'ajoute tel quel ; vous pouvez ensuite le modifier ou le retirer.",
    reason: {
      statutory_report_and_accounts:
        "S.6 : l'assemblée de printemps approuve le rapport de la Direction et les comptes de l'année passée.",
      statutory_action_plan_and_budget:
        "S.6 : l'assemblée de fin d'année approuve le plan d'action et le budget de l'année suivante.",
      admission_validation:
        "S.11 : des membres approuvés par la Direction attendent la validation d'une assemblée ordinaire.",
      exclusion_due: "S.11 : une exclusion proposée au moins un mois avant l'ouverture peut être décidée.",
    },
    add: "Ajouter à l'ordre du jour",
  },
};
