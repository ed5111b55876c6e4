import type { Catalogue } from '../languages';
import type { serviceMessages as english } from '../en/service';

/** The outbox of e-mails and the service status. */
export const serviceMessages: Catalogue<typeof english> = {
  outbox: {
    title: "Boîte d'envoi",
    searchLabel: 'Trouver un e-mail par destinataire ou objet',
    searchPlaceholder: 'une adresse, un nom, un mot de l’objet',
    search: 'Chercher',
    noMatch: 'Aucun e-mail ne correspond à cette recherche.',
    pagesLabel: 'Pages d’e-mails',
    older: 'E-mails plus anciens',
    newer: 'E-mails plus récents',
    intro:
      "Quand Agora fonctionne sans serveur de messagerie, les e-mails qu'il envoie arrivent ici. Ouvrez une convocation pour suivre son lien.",
    listLabel: 'E-mails reçus',
    count_one: '{{count}} e-mail',
    count_other: '{{count}} e-mails',
    empty: "Aucun e-mail pour l'instant. Les messages envoyés par Agora apparaîtront ici.",
    choose: 'Choisissez un e-mail dans la liste pour le lire.',
    back: 'Tous les e-mails',
    from: 'De',
    to: 'À',
    toLine: 'À : {{to}}',
    receivedAt: 'Reçu',
    noSubject: '(sans objet)',
    textVersion: 'Version texte',
    htmlVersion: 'Version HTML',
    htmlFrameTitle: "Version HTML de l'e-mail « {{subject}} »",
    htmlHint: "Les liens s'ouvrent dans un nouvel onglet.",
  },
  health: {
    title: 'État du service',
    intro: 'Ce dont Agora a besoin pour fonctionner, vérifié au chargement de cette page.',
    overallOk: 'Tout fonctionne.',
    overallDegraded: 'Agora fonctionne en mode dégradé : certaines parties ne répondent pas.',
    checkedAt: 'Vérifié à {{time}}',
    ok: 'Opérationnel',
    down: 'En panne',
    redis: 'Base de données (Redis)',
    worker: 'Tâches de fond (worker)',
    mail: 'Courrier électronique',
    workerLastSeen: 'Dernier signe de vie : {{date}}',
    workerNeverSeen: 'Aucun signe de vie pour le moment',
    mailMode: {
      outbox: "Boîte d'envoi intégrée (aucun e-mail ne quitte cette machine)",
      relay: 'Envoi par un serveur de messagerie (SMTP)',
      unknown: "Mode d'envoi inconnu",
    },
  },
};
