import type { Catalogue } from '../languages';
import type { confirmationMessages as english } from '../en/confirmations';

/** O que se diz à Mesa antes de um ato que não pode desfazer: quem recebe e-mail, o que fica definitivo. */
export const confirmationMessages: Catalogue<typeof english> = {
  confirm: {
    convene: {
      title: 'Convocar a assembleia?',
      updateTitle: 'Enviar a convocatória atualizada?',
      emails_one:
        'Segue agora {{count}} e-mail, um para cada pessoa que representa um membro ({{members}} membros ao todo), com a ordem de trabalhos e a ligação pessoal.',
      emails_other:
        'Seguem agora {{count}} e-mails, um para cada pessoa que representa um membro ({{members}} membros ao todo), com a ordem de trabalhos e a ligação pessoal.',
      final:
        'Uma convocatória não se pode retirar: depois de enviada, só um cancelamento, enviado a todos por e-mail, trava a assembleia.',
      yes: 'Sim, convocar',
      updateYes: 'Sim, enviar a atualização',
      keep: 'Agora não',
    },
    cancel: {
      emails_one:
        'Segue um e-mail com o seu motivo para {{count}} pessoa, que representa os {{members}} membros convocados.',
      emails_other:
        'Segue um e-mail com o seu motivo para {{count}} pessoas, que representam os {{members}} membros convocados.',
    },
    closeVote: {
      title: 'Encerrar já esta votação?',
      turnout_one: 'Até agora votou {{count}} dos {{voting}} membros votantes.',
      turnout_other: 'Até agora votaram {{count}} dos {{voting}} membros votantes.',
      quorum:
        'Esta proposta exige quórum: {{required}} dos {{voting}} membros votantes presentes ou representados. Neste momento são {{total}}.',
      quorumShort: 'Se for apurada agora, fica «sem decisão (quórum não atingido)», sejam quais forem os votos.',
      noQuorum: 'Não se aplica quórum: decide a maioria dos votos expressos.',
      final:
        'Os votos são contados de imediato e o resultado fica visível para todos; depois ninguém pode votar nesta proposta.',
      yes: 'Sim, encerrar e apurar',
      keep: 'Manter a votação aberta',
    },
    closeRound: {
      title: 'Encerrar a volta {{round}} agora?',
      final:
        'Depois disso ninguém pode votar nesta volta. Os seus boletins cifrados são contados assim que depositários suficientes tiverem dado a sua parte da decifração.',
      yes: 'Sim, encerrar a volta',
      keep: 'Manter a volta aberta',
    },
    publish: {
      title: 'Publicar esta ata?',
      emails_one: 'Segue agora por e-mail, com o PDF, para {{count}} pessoa que representa {{members}} membros.',
      emails_other: 'Segue agora por e-mail, com o PDF, para {{count}} pessoas que representam {{members}} membros.',
      final:
        'Uma versão publicada nunca muda: um erro só se corrige com uma retificação, uma nova versão enviada de novo por e-mail.',
      yes: 'Sim, publicar',
      keep: 'Ainda não',
    },
  },
};
