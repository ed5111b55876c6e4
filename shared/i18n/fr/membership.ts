import type { Catalogue } from '../languages';
import type { membershipMessages as english } from '../en/membership';

/** Joining and leaving the network, the bodies and the dues. */
export const membershipMessages: Catalogue<typeof english> = {
  admissions: {
    title: 'Adhésions',
    intro:
      'Un candidat demande à adhérer, ou un membre le propose ; la Direction vérifie les critères de son collège ; la prochaine assemblée ordinaire valide (S.11).',
    newRequest: 'Demander à adhérer',
    lists: {
      requested: 'En attente de la Direction',
      requestedHint: 'La Direction approuve ou refuse chaque demande, en donnant un motif.',
      pendingValidation: "Approuvées, en attente de l'assemblée",
      pendingValidationHint:
        "La prochaine assemblée ordinaire les valide ; d'ici là, ces membres reçoivent les convocations mais ne votent pas.",
      refused: 'Refusées',
      refusedHint: 'Les plus récentes en premier.',
    },
    none: 'Aucune.',
    criteria: 'Critères du collège',
    requested: 'Demandée',
    atBy: '{{date}}, par {{name}}',
    proposedBy: 'Proposée par',
    proposedByCandidate: 'Le candidat lui-même',
    decision: 'Décision de la Direction',
    waiting: 'En attente',
    approved: 'Approuvée',
    refused: 'Refusée',
    decidedApproved:
      "L'adhésion de {{organisation}} est approuvée. Elle attend maintenant la prochaine assemblée ordinaire.",
    decidedRefused: "L'adhésion de {{organisation}} est refusée.",
    decide: {
      title: 'Décision de la Direction',
      question: 'La Direction approuve-t-elle cette adhésion ?',
      approve: 'Approuver',
      refuse: 'Refuser',
      reason: 'Motif',
      reasonHint: 'Le candidat le lira.',
      submit: 'Enregistrer la décision',
    },
  },
  admissionForm: {
    title: 'Demander à adhérer au réseau',
    intro:
      "Un territoire, une autorité publique ou un soutien peut demander à adhérer à TOGETHER, ou un membre peut le proposer. La Direction vérifie les critères du collège, puis la prochaine assemblée ordinaire valide l'adhésion (S.11).",
    proposedBy: 'Qui propose le candidat ?',
    proposedByHint:
      "En tant que représentant, vous pouvez proposer le candidat au nom d'un membre que vous représentez.",
    proposedByCandidate: 'Le candidat lui-même',
    college: 'Collège',
    collegeHint:
      'Les membres effectifs et de droit votent aux assemblées ; les membres associés participent aux discussions.',
    collegeExplained: {
      effective:
        "La plateforme multi-acteurs d'un territoire, une fédération de telles plateformes, ou un réseau de territoires.",
      de_jure:
        "La commune d'un territoire, ou une autorité ou organisation publique régionale, nationale ou internationale.",
      associate: 'Une personne morale ou physique qui soutient le réseau.',
    },
    organisation: "Nom de l'organisation ou de la personne",
    organisationHint: "Tel qu'il doit figurer au registre.",
    countryHint: 'En anglais, par exemple Cape Verde.',
    platformTypeHint: 'Par exemple commune, ONG, réseau.',
    populationHint: 'Habitants du territoire, pour la cotisation minimale. Laissez vide si sans objet.',
    criteria: 'Comment le candidat remplit-il les critères de son collège ?',
    criteriaHint: '20 caractères au moins. La Direction le lit avant de décider.',
    contact: 'Personne de contact',
    contactHint: 'La personne qui représentera le candidat. La décision est envoyée à cette adresse.',
    submit: 'Envoyer la demande',
    recordedTitle: 'Demande enregistrée',
    recordedText: 'La demande est inscrite au registre sous le numéro {{memberNo}}.',
    recordedNext: "La Direction va l'examiner et la personne de contact recevra sa décision par e-mail.",
    toAdmissions: 'Voir les adhésions',
    another: 'Envoyer une autre demande',
  },
  exclusions: {
    title: 'Exclusions',
    intro:
      "La Direction peut proposer d'exclure un membre pour un préjudice délibéré et injustifié causé au réseau ou à un membre, ou pour des obligations non remplies depuis au moins trois ans. Une assemblée tenue au moins un mois plus tard décide, pour que le membre puisse préparer sa défense (S.11).",
    listTitle: 'Exclusions proposées',
    none: "Aucune exclusion n'est proposée actuellement.",
    ground: 'Motif',
    grounds: {
      deliberate_harm: 'Préjudice délibéré et injustifié',
      unmet_obligations: 'Obligations non remplies depuis trois ans',
    },
    groundsExplained: {
      deliberate_harm: "Un préjudice causé volontairement et sans justification au réseau ou à l'un de ses membres.",
      unmet_obligations: "Le membre n'a pas rempli ses obligations (cotisation comprise) depuis au moins trois ans.",
    },
    reasons: 'Raisons',
    proposed: 'Proposée',
    atBy: '{{date}}, par {{name}}',
    earliest: 'Peut être décidée à partir du',
    earliestHint: 'Par une assemblée ordinaire ou extraordinaire ouverte à ce moment ou plus tard.',
    proposedDone: "L'exclusion de {{organisation}} est proposée. Son représentant a reçu les raisons par e-mail.",
    propose: {
      open: 'Proposer une exclusion',
      title: 'Proposer une exclusion',
      warningTitle: 'Le membre est informé immédiatement.',
      warning:
        'Dès que vous envoyez ce formulaire, le représentant du membre reçoit un e-mail avec le motif et les raisons, exactement tels que rédigés ci-dessous.',
      member: 'Membre',
      reasonsHint: '20 caractères au moins. Rédigez-les pour le membre : il les reçoit telles quelles.',
      submit: "Proposer l'exclusion et informer le membre",
    },
  },
  bodies: {
    title: 'Organes de coordination',
    intro:
      "La Direction, la Table de l'assemblée et le Conseil de contrôle, élus par une assemblée extraordinaire pour deux à quatre ans (S.5).",
    body: {
      direction: 'Direction',
      table: "Table de l'assemblée",
      audit_council: 'Conseil de contrôle',
    },
    about: {
      direction: 'Conduit le réseau entre les assemblées ; statue sur les adhésions et propose les exclusions.',
      table: 'Convoque et conduit les assemblées générales.',
      audit_council: 'Contrôle les comptes et la gestion du réseau.',
    },
    office: {
      president: 'Président',
      vice_president: 'Vice-président',
      secretary: 'Secrétaire',
    },
    term: 'Mandat : du {{start}} au {{end}}',
    vacant: "Aucun siège n'est pourvu actuellement.",
    balance: 'Continents :',
    balanceEntry: '{{continent}} {{count}}',
  },
  dues: {
    title: 'Cotisations minimales',
    intro:
      'La cotisation annuelle minimale de chaque territoire (R.9) : habitants / 1 000 x le facteur correctif du pays, payée une fois par territoire par ses membres effectifs et de droit.',
    summary_one: '{{count}} territoire, {{total}} au total',
    summary_other: '{{count}} territoires, {{total}} au total',
    missing_one: '({{count}} ne peut pas encore être calculée)',
    missing_other: '({{count}} ne peuvent pas encore être calculées)',
    caption: 'Cotisations minimales par territoire',
    columns: {
      territory: 'Territoire',
      population: 'Habitants',
      members: 'Membres',
      minimum: 'Cotisation minimale',
    },
    territoryNo: 'Territoire {{territoryNo}}',
    figures: '{{population}} / {{divisor}} x {{factor}}',
    populationUnknown: "Le nombre d'habitants est inconnu : la cotisation minimale ne peut pas être calculée.",
    populationUnknownShort: "Nombre d'habitants inconnu.",
    fill: 'Le compléter',
    total: 'Total des cotisations calculées',
  },
};
