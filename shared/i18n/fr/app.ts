import type { Catalogue } from '../languages';
import type { appMessages as english } from '../en/app';

/** The frame of every page: name, menu, sign-in, profile, home, shared words and errors. */
export const appMessages: Catalogue<typeof english> = {
  app: {
    name: 'Agora',
    network: 'Réseau TOGETHER',
    tagline: 'Assemblées générales en ligne',
    documentTitle: '{{page}} · Agora',
    skipToContent: 'Aller au contenu principal',
    footer: 'Agora, les assemblées générales en ligne du Réseau TOGETHER.',
  },
  nav: {
    label: 'Menu principal',
    home: 'Accueil',
    assemblies: 'Assemblées',
    register: 'Registre des membres',
    admissions: 'Adhésions',
    exclusions: 'Exclusions',
    bodies: 'Organes',
    people: 'Personnes',
    dues: 'Cotisations',
    outbox: "Boîte d'envoi",
    health: 'État du service',
    archive: 'Archives',
    texts: 'Statuts et règlement',
    menu: 'Menu',
  },
  language: {
    label: 'Langue',
    notSaved:
      "La langue a changé sur cet appareil, mais elle n'a pas pu être enregistrée dans votre profil : vos e-mails restent dans la langue précédente. Réessayez plus tard.",
  },
  flash: {
    signedIn: 'Vous êtes connecté·e.',
    signedOut: 'Vous êtes déconnecté·e.',
    signedOutEverywhere: 'Vous êtes déconnecté·e sur tous vos appareils, y compris celui-ci.',
    assemblyCreated: "Le brouillon de l'assemblée est enregistré. Ajoutez son ordre du jour, puis convoquez-la.",
    assemblySaved: 'Les modifications sont enregistrées.',
    personalLinkOpened:
      'Votre lien personnel a ouvert cette assemblée. Vous êtes connecté·e pour cette assemblée seulement.',
  },
  common: {
    loading: 'Chargement…',
    slow: 'La connexion est lente : nous attendons toujours la réponse du serveur…',
    retry: 'Réessayer',
    refresh: 'Actualiser',
    refreshing: 'Actualisation…',
    yes: 'Oui',
    no: 'Non',
  },
  errors: {
    title: 'Impossible de charger cette page',
    network: 'Le serveur est injoignable. Vérifiez votre connexion, puis réessayez.',
    timeout: "Le serveur n'a pas répondu à temps. Votre connexion est peut-être lente : réessayez.",
    server: 'Le serveur a rencontré un problème (erreur {{status}}). Réessayez dans un instant.',
    invalidResponse: "Le serveur a envoyé une réponse qu'Agora ne sait pas lire. Réessayez dans un instant.",
    refreshFailed: "L'actualisation a échoué. Vous voyez la dernière version reçue.",
    pageFailed: "Impossible d'ouvrir cette page",
    pageFailedText:
      "Une partie d'Agora n'a pas pu être chargée : la connexion a peut-être été coupée, ou une nouvelle version d'Agora vient d'être installée. Rechargez la page pour réessayer.",
    reload: 'Recharger la page',
  },
  form: {
    optional: '(facultatif)',
    errorPrefix: 'Erreur :',
    checkFields: 'Certaines réponses sont à corriger : voyez les messages à côté des champs.',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    sending: 'Envoi…',
    cancel: 'Annuler',
    choose: 'Choisir…',
  },
  auth: {
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    signingOut: 'Déconnexion…',
    signOutFailed: 'Déconnexion impossible : vérifiez votre connexion.',
    signInToContinue: 'Se connecter pour continuer',
    yourProfile: 'Votre profil',
  },
  signIn: {
    title: 'Connexion',
    intro:
      "Agora n'a pas de mot de passe : indiquez l'adresse e-mail que le registre a pour vous, et nous vous envoyons un lien qui vous connecte.",
    email: 'Adresse e-mail',
    emailHint: "L'adresse du représentant ou de la personne du secrétariat, telle qu'elle figure au registre.",
    send: "M'envoyer un lien de connexion",
    alreadySignedIn: 'Vous êtes déjà connecté·e en tant que {{name}}.',
    continue: 'Continuer',
    sentTitle: 'Consultez vos e-mails',
    sentText: 'Si {{email}} figure au registre, un lien de connexion est en route.',
    sentOnce:
      'Le lien fonctionne une fois, pendant 20 minutes. Ouvrez-le sur cet appareil pour revenir ici connecté·e.',
    outboxText: "Agora fonctionne ici sans serveur de messagerie : l'e-mail arrive dans la boîte d'envoi.",
    outboxLink: "Ouvrir la boîte d'envoi",
    notReceived:
      "Rien après quelques minutes ? Regardez dans les indésirables, vérifiez l'adresse, ou demandez un autre lien.",
    again: 'Utiliser une autre adresse',
    rateLimited_one:
      'Trop de liens ont été demandés. Attendez {{count}} minute, puis réessayez : les liens déjà envoyés restent valables.',
    rateLimited_other:
      'Trop de liens ont été demandés. Attendez {{count}} minutes, puis réessayez : les liens déjà envoyés restent valables.',
    rateLimitedNoDelay:
      'Trop de liens ont été demandés. Attendez un peu, puis réessayez : les liens déjà envoyés restent valables.',
  },
  signInComplete: {
    title: 'Connexion en cours',
    noToken:
      "Cette adresse ne contient pas de lien de connexion. Ouvrez le lien de l'e-mail en entier, ou demandez-en un nouveau.",
    link_damaged:
      'Ce lien de connexion est abîmé ou incomplet : une partie a peut-être été coupée en le copiant. Demandez un nouveau lien.',
    link_expired:
      'Ce lien de connexion a expiré : un lien fonctionne 20 minutes. Demandez-en un nouveau, il arrive en une minute.',
    link_used: "Ce lien de connexion a déjà servi : chaque lien ne fonctionne qu'une fois. Demandez-en un nouveau.",
    person_gone: 'La personne à qui ce lien était destiné ne figure plus au registre. Contactez le secrétariat.',
    askAgain: 'Demander un nouveau lien',
  },
  person: {
    name: 'Nom',
    email: 'Adresse e-mail',
    language: 'Langue',
    timeZone: 'Fuseau horaire',
    timeZoneHint: 'Tapez une ville pour le trouver, par exemple Europe/Paris ou Africa/Dakar.',
  },
  profile: {
    title: 'Mon profil',
    intro: 'Vous êtes connecté·e avec {{email}}. Pour changer cette adresse, adressez-vous au secrétariat.',
    formTitle: 'Vos informations',
    languageHint: "La langue d'Agora et des e-mails que vous recevez.",
    plainTextMail: 'Courriels en texte brut uniquement',
    plainTextMailHint:
      'Sans mise en forme ni partie HTML : pour un lecteur d’écran, une connexion lente ou un logiciel de messagerie simple.',
    timeZoneHint:
      "Les dates et heures s'affichent à cette heure-là, par exemple l'ouverture d'une assemblée. Tapez une ville pour le trouver.",
    saved: 'Votre profil est enregistré.',
    roomMailLegend: "E-mails pendant qu'une assemblée est ouverte",
    roomMailHint:
      "Pendant les 24 heures d'une assemblée. Vous pouvez répondre à ces e-mails : votre réponse est publiée dans la salle, dans le même fil.",
    roomMail: {
      each: 'Chaque message',
      eachHint: 'Un e-mail pour chaque nouveau message de la salle.',
      digest: 'Un résumé toutes les {{hours}} heures',
      digestHint: 'Les nouveaux messages fil par fil, les votes qui vous attendent et le temps restant.',
      none: 'Rien',
      noneHint: 'Seulement la convocation, les rappels, les votes qui vous attendent et les résultats.',
    },
    representsTitle: 'Les membres que vous représentez',
    representsNone: 'Vous ne représentez aucun membre actuellement.',
    seatsTitle: 'Vos sièges dans les organes',
    seatsNone: 'Aucun des membres que vous représentez ne siège actuellement dans un organe.',
    seatFor: 'pour {{organisation}}',
    allBodies: 'Tous les organes de coordination',
    everywhereTitle: 'Se déconnecter partout',
    everywhereText:
      "Met fin à toutes les sessions ouvertes avec votre adresse, sur chaque téléphone et ordinateur, y compris celui-ci. Utile après la perte d'un téléphone ou sur un ordinateur partagé.",
    everywhereButton: 'Se déconnecter partout…',
    everywhereConfirm: 'Se déconnecter sur tous les appareils, y compris celui-ci ?',
    everywhereYes: 'Oui, se déconnecter partout',
  },
  home: {
    title: 'Bienvenue sur Agora',
    lead: 'Agora permet au Réseau TOGETHER de tenir ses assemblées générales en ligne : la convocation, le quorum, les votes et le procès-verbal, en français, anglais, portugais et russe.',
    network:
      "Le réseau rassemble une centaine de territoires et d'autorités publiques membres, en Europe et en Afrique. Agora fonctionne aussi bien sur un téléphone et avec une connexion lente que sur un ordinateur.",
    linksTitle: 'Par où commencer',
    registerText: 'Tous les membres du réseau, leur collège, leur droit de vote et la personne qui les représente.',
    outboxText:
      "Les e-mails envoyés par Agora lorsqu'il fonctionne sans serveur de messagerie. Ouvrez une convocation pour suivre son lien.",
    healthText: 'La base de données, les tâches de fond et le courrier fonctionnent-ils ?',
    signInText: "Avec l'adresse e-mail que le registre a pour vous : pas de mot de passe.",
    joinText: 'Pour un territoire, une autorité publique ou un soutien qui souhaite devenir membre.',
    profileText: 'Votre nom, votre langue, votre fuseau horaire et les membres que vous représentez.',
    admissionsText: "Les demandes d'adhésion, les décisions de la Direction et les membres en attente de l'assemblée.",
    exclusionsText:
      'Les exclusions proposées par la Direction et la date à partir de laquelle une assemblée peut en décider.',
    bodiesText: "La Direction, la Table de l'assemblée et le Conseil de contrôle.",
    peopleText: 'Toutes les personnes du registre, leur adresse e-mail, leur langue et leur fuseau horaire.',
    duesText: 'La cotisation minimale de chaque territoire.',
    assembliesText: 'Les assemblées générales : quand elles ouvrent, leur ordre du jour et leurs documents.',
    now: {
      title: 'Ce qui vous attend',
      votes_one: '{{count}} vote',
      votes_other: '{{count}} votes',
      members_one: '{{count}} membre',
      members_other: '{{count}} membres',
      waiting: '{{votes}}, pour {{members}}, clôture {{closes}}',
      nothing: 'Vous avez voté dans tous les votes ouverts. La salle ferme {{closes}}.',
      notVoting: 'Vous ne votez pour aucun membre à cette assemblée : vous pouvez suivre sa salle.',
      closes: 'Clôture',
      enter: 'Entrer dans la salle',
      upcomingTitle: 'Assemblées à venir',
      opens: 'Ouverture',
    },
  },
  linkScope: {
    text: "Votre lien personnel n'ouvre que l'assemblée pour laquelle il a été envoyé. Pour accéder au reste d'Agora, connectez-vous avec votre adresse e-mail.",
    signIn: 'Me connecter avec mon adresse e-mail',
    back: 'Retour à mon assemblée',
  },
  notFound: {
    title: 'Page introuvable',
    text: "Cette adresse ne mène à aucune page d'Agora. Vérifiez-la, ou repartez de la page d'accueil.",
    home: "Retour à l'accueil",
  },
};
