import type { Catalogue } from '../languages';
import type { confirmationMessages as english } from '../en/confirmations';

/** What the Table is told before an act it cannot take back: who is e-mailed, what stays final. */
export const confirmationMessages: Catalogue<typeof english> = {
  confirm: {
    convene: {
      title: 'Convoquer l’assemblée ?',
      updateTitle: 'Envoyer la convocation mise à jour ?',
      emails_one:
        '{{count}} e-mail part maintenant, un à chaque personne qui représente un membre ({{members}} membres en tout), avec l’ordre du jour et le lien personnel.',
      emails_other:
        '{{count}} e-mails partent maintenant, un à chaque personne qui représente un membre ({{members}} membres en tout), avec l’ordre du jour et le lien personnel.',
      final:
        'Une convocation ne se reprend pas : une fois partie, seule une annulation, envoyée à tous, arrête l’assemblée.',
      yes: 'Oui, convoquer',
      updateYes: 'Oui, envoyer la mise à jour',
      keep: 'Pas maintenant',
    },
    cancel: {
      emails_one:
        'Un e-mail avec votre raison part vers {{count}} personne, qui représente les {{members}} membres convoqués.',
      emails_other:
        'Un e-mail avec votre raison part vers {{count}} personnes, qui représentent les {{members}} membres convoqués.',
    },
    closeVote: {
      title: 'Clore ce vote maintenant ?',
      turnout_one: '{{count}} des {{voting}} membres votants a voté jusqu’ici.',
      turnout_other: '{{count}} des {{voting}} membres votants ont voté jusqu’ici.',
      quorum:
        'Cette motion demande le quorum : {{required}} des {{voting}} membres votants présents ou représentés. Ils sont {{total}} maintenant.',
      quorumShort: 'Comptée maintenant, elle est « non décidée (quorum non atteint) », quels que soient les votes.',
      noQuorum: 'Aucun quorum ne s’applique : la majorité des suffrages exprimés décide.',
      final:
        'Les bulletins sont comptés aussitôt et le résultat montré à tous ; plus personne ne peut voter sur cette motion.',
      yes: 'Oui, clore et compter',
      keep: 'Garder le vote ouvert',
    },
    closeRound: {
      title: 'Clore le tour {{round}} maintenant ?',
      final:
        'Plus personne ne pourra voter à ce tour. Ses bulletins chiffrés seront comptés dès qu’assez de gardiens auront donné leur part du déchiffrement.',
      yes: 'Oui, clore le tour',
      keep: 'Garder le tour ouvert',
    },
    publish: {
      title: 'Publier ce procès-verbal ?',
      emails_one:
        'Il part maintenant par e-mail, avec le PDF, vers {{count}} personne qui représente {{members}} membres.',
      emails_other:
        'Il part maintenant par e-mail, avec le PDF, vers {{count}} personnes qui représentent {{members}} membres.',
      final:
        'Une version publiée ne change plus : une erreur ne se corrige que par une rectification, une nouvelle version envoyée à nouveau.',
      yes: 'Oui, publier',
      keep: 'Pas encore',
    },
  },
};
