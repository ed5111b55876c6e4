import type { Catalogue } from '../languages';
import type { archiveMessages as english } from '../en/archive';

/** The archive and the statutes and rules. */
export const archiveMessages: Catalogue<typeof english> = {
  archive: {
    title: 'Archives',
    intro:
      'Toutes les assemblées passées du réseau : leur convocation, leur ordre du jour, leurs documents et leurs résultats, et leur procès-verbal une fois publié.',
    search: 'Chercher dans les archives',
    searchHint:
      'Des mots d’un titre, de l’ordre du jour, d’une motion ou du nom d’un document. Majuscules et accents sont indifférents.',
    clear: 'Effacer',
    searching: 'Recherche…',
    count_one: '{{count}} assemblée passée.',
    count_other: '{{count}} assemblées passées.',
    found_one: '{{count}} assemblée passée sur {{total}} correspond à « {{query}} ».',
    found_other: '{{count}} assemblées passées sur {{total}} correspondent à « {{query}} ».',
    none: 'Aucune assemblée n’a encore été tenue.',
    noMatch: 'Aucune assemblée passée ne correspond à « {{query}} ». Essayez un autre mot, ou moins de mots.',
    held: 'Tenue',
    wasToOpen: 'Devait s’ouvrir',
    cancelled: 'Annulée le {{date}}. Motif : {{reason}}',
    convocation: 'Convocation',
    dispatch: {
      convocation: 'Convocation envoyée le {{date}}',
      agenda_update: 'Convocation mise à jour envoyée le {{date}}',
      cancellation: 'Annulation envoyée le {{date}}',
    },
    agenda: 'Ordre du jour',
    documents: 'Documents',
    results: 'Résultats',
    noVote: 'Rien n’a été mis aux voix.',
    notCounted: 'Non dépouillé.',
    madeVersion: 'A donné la version {{number}} ({{text}})',
    minutes: 'Lire le procès-verbal',
    noMinutes: 'Procès-verbal pas encore publié.',
  },
  texts: {
    title: 'Statuts et règlement intérieur',
    intro:
      'Les textes qui régissent le réseau. Seule une assemblée générale extraordinaire peut les modifier (art. 12 des statuts) ; chaque modification adoptée donne une nouvelle version numérotée (art. 12 du règlement). La version 0 est celle de la fondation, adoptée à Strasbourg le 4 novembre 2013.',
    frenchOnly: 'Les textes sont en français, la langue de l’acte fondateur : c’est le texte français qui fait foi.',
    name: { statutes: 'Statuts', rules: 'Règlement intérieur' },
    nameOf: { statutes: 'statuts', rules: 'règlement intérieur' },
    version: 'Version {{number}}',
    current: 'en vigueur',
    founding: 'Version de la fondation, adoptée par l’assemblée générale fondatrice le {{date}}.',
    adoptedBy: 'Adoptée le {{date}} par « {{assembly}} », motion « {{motion}} ».',
    versions: 'Versions',
    changes: 'Ce qui a changé depuis la version {{from}}',
    noChange: 'Aucun paragraphe n’a changé.',
    added: 'Ajouté',
    removed: 'Retiré',
    kept_one: '{{count}} paragraphe inchangé',
    kept_other: '{{count}} paragraphes inchangés',
    fullText: 'Le texte entier de la version {{number}}',
    digest: 'Empreinte SHA-256 : {{digest}}',
    all: 'Tous les textes',
    amendedText: 'Le nouveau texte entier, tel qu’il se lira une fois adopté',
    amendedTextHint:
      'Collez le texte entier ({{text}}), pas seulement l’article modifié. Une fois la motion adoptée, il en devient la version suivante.',
    proposedText: 'Le nouveau texte entier proposé',
  },
};
