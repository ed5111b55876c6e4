import type { Language } from '@shared/schemas/person';
import { emailLayout, html } from '../html';
import type { RenderedEmail } from '../renderedEmail';

export interface TrusteeStepEmail {
  name: string;
  title: string;
  /** What is due: a step of making the key, or a share of a vote's decryption. */
  step: 'certificate' | 'polynomial' | 'voutput' | 'decrypt';
  /** For a decryption: the vote whose tally waits. */
  vote?: string;
  link: string;
}

const words = {
  en: {
    subject: (data: TrusteeStepEmail) =>
      data.step === 'decrypt'
        ? `${data.title}: your share of the count is needed`
        : `${data.title}: your part of the election key`,
    lead: (data: TrusteeStepEmail) =>
      ({
        certificate: `You are a trustee of the secret votes of “${data.title}”. Together with the other trustees you make the key that encrypts the ballots; nobody alone, not even the server, can decrypt a ballot. Please make your part of the key now: it takes a minute in your browser, and you keep the private part as a file.`,
        polynomial: `Every trustee of “${data.title}” has made their first part of the election key. Please do the second step now, with your key file.`,
        voutput: `The trustees of “${data.title}” are at the last step of the election key. Please do it now, with your key file.`,
        decrypt: `The vote “${data.vote ?? ''}” of “${data.title}” is closed. Its tally is encrypted: it is decrypted once enough trustees have given their share. Please give yours now, with your key file; only the total is decrypted, never a ballot.`,
      })[data.step],
    button: 'Open the trustees’ page',
    hello: (name: string) => `Hello ${name},`,
  },
  fr: {
    subject: (data: TrusteeStepEmail) =>
      data.step === 'decrypt'
        ? `${data.title} : votre part du dépouillement est attendue`
        : `${data.title} : votre part de la clé de l’élection`,
    lead: (data: TrusteeStepEmail) =>
      ({
        certificate: `Vous êtes dépositaire des votes secrets de « ${data.title} ». Avec les autres dépositaires, vous créez la clé qui chiffre les bulletins ; personne seul, pas même le serveur, ne peut déchiffrer un bulletin. Merci de créer votre part de la clé maintenant : cela prend une minute dans votre navigateur, et vous gardez la partie privée dans un fichier.`,
        polynomial: `Tous les dépositaires de « ${data.title} » ont créé la première partie de la clé. Merci de faire la deuxième étape maintenant, avec votre fichier de clé.`,
        voutput: `Les dépositaires de « ${data.title} » en sont à la dernière étape de la clé. Merci de la faire maintenant, avec votre fichier de clé.`,
        decrypt: `Le vote « ${data.vote ?? ''} » de « ${data.title} » est clos. Son total est chiffré : il est déchiffré quand assez de dépositaires ont donné leur part. Merci de donner la vôtre maintenant, avec votre fichier de clé ; seul le total est déchiffré, jamais un bulletin.`,
      })[data.step],
    button: 'Ouvrir la page des dépositaires',
    hello: (name: string) => `Bonjour ${name},`,
  },
  pt: {
    subject: (data: TrusteeStepEmail) =>
      data.step === 'decrypt'
        ? `${data.title}: a sua parte do apuramento é necessária`
        : `${data.title}: a sua parte da chave da eleição`,
    lead: (data: TrusteeStepEmail) =>
      ({
        certificate: `É depositário dos votos secretos de «${data.title}». Com os outros depositários, cria a chave que cifra os boletins; ninguém sozinho, nem mesmo o servidor, pode decifrar um boletim. Crie agora a sua parte da chave: leva um minuto no seu navegador, e guarda a parte privada num ficheiro.`,
        polynomial: `Todos os depositários de «${data.title}» criaram a primeira parte da chave. Faça agora o segundo passo, com o seu ficheiro de chave.`,
        voutput: `Os depositários de «${data.title}» estão no último passo da chave. Faça-o agora, com o seu ficheiro de chave.`,
        decrypt: `O voto «${data.vote ?? ''}» de «${data.title}» está encerrado. O seu total está cifrado: é decifrado quando depositários suficientes tiverem dado a sua parte. Dê agora a sua, com o seu ficheiro de chave; só o total é decifrado, nunca um boletim.`,
      })[data.step],
    button: 'Abrir a página dos depositários',
    hello: (name: string) => `Olá ${name},`,
  },
  ru: {
    subject: (data: TrusteeStepEmail) =>
      data.step === 'decrypt'
        ? `${data.title}: нужна Ваша доля подсчёта`
        : `${data.title}: Ваша часть ключа голосования`,
    lead: (data: TrusteeStepEmail) =>
      ({
        certificate: `Вы — хранитель ключа тайных голосований собрания «${data.title}». Вместе с другими хранителями Вы создаёте ключ, которым шифруются бюллетени; никто в одиночку, даже сервер, не может расшифровать бюллетень. Пожалуйста, создайте сейчас свою часть ключа: это займёт минуту в Вашем браузере, а закрытую часть Вы сохраните в файле.`,
        polynomial: `Все хранители ключа собрания «${data.title}» создали первую часть ключа. Пожалуйста, выполните второй шаг с помощью Вашего файла ключа.`,
        voutput: `Хранители ключа собрания «${data.title}» на последнем шаге. Пожалуйста, выполните его с помощью Вашего файла ключа.`,
        decrypt: `Голосование «${data.vote ?? ''}» собрания «${data.title}» закрыто. Его итог зашифрован и будет расшифрован, когда достаточно хранителей передадут свои доли. Пожалуйста, передайте свою долю с помощью Вашего файла ключа; расшифровывается только итог, никогда не отдельный бюллетень.`,
      })[data.step],
    button: 'Открыть страницу хранителей ключа',
    hello: (name: string) => `Здравствуйте, ${name}!`,
  },
} satisfies Record<Language, unknown>;

function render(language: keyof typeof words) {
  return (data: TrusteeStepEmail): RenderedEmail => {
    const w = words[language];
    return {
      subject: w.subject(data),
      text: [w.hello(data.name), '', w.lead(data), '', `${w.button}: ${data.link}`].join('\n'),
      html: emailLayout({
        language,
        title: w.subject(data),
        body: html`<p>${w.hello(data.name)}</p>
          <p>${w.lead(data)}</p>
          <p><a href="${data.link}">${w.button}</a></p>`,
        footer: data.title,
      }),
    };
  };
}

/** A trustee is told when a step of the election key, or a share of a count, is due from them. */
export const trusteeStepEmail: Record<Language, (data: TrusteeStepEmail) => RenderedEmail> = {
  en: render('en'),
  fr: render('fr'),
  pt: render('pt'),
  ru: render('ru'),
};
