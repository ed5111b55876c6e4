import type { Catalogue } from '../languages';
import type { serviceMessages as english } from '../en/service';

/** A caixa de saída dos e-mails e o estado do serviço. */
export const serviceMessages: Catalogue<typeof english> = {
  outbox: {
    title: 'Caixa de saída',
    searchLabel: 'Procurar um e-mail por destinatário ou assunto',
    searchPlaceholder: 'um endereço, um nome, uma palavra do assunto',
    search: 'Pesquisar',
    noMatch: 'Nenhum e-mail corresponde a esta pesquisa.',
    pagesLabel: 'Páginas de e-mails',
    older: 'E-mails mais antigos',
    newer: 'E-mails mais recentes',
    intro:
      'Quando a Agora funciona sem servidor de correio, os e-mails que envia chegam aqui. Abra uma convocatória para seguir a sua ligação.',
    listLabel: 'E-mails recebidos',
    count_one: '{{count}} e-mail',
    count_other: '{{count}} e-mails',
    empty: 'Ainda não há e-mails. As mensagens que a Agora enviar aparecem aqui.',
    choose: 'Escolha um e-mail da lista para o ler.',
    back: 'Todos os e-mails',
    from: 'De',
    to: 'Para',
    toLine: 'Para: {{to}}',
    receivedAt: 'Recebido',
    noSubject: '(sem assunto)',
    textVersion: 'Versão de texto',
    htmlVersion: 'Versão HTML',
    htmlFrameTitle: 'Versão HTML do e-mail «{{subject}}»',
    htmlHint: 'As ligações abrem num novo separador.',
  },
  health: {
    title: 'Estado do serviço',
    intro: 'O que a Agora precisa para funcionar, verificado quando esta página foi carregada.',
    overallOk: 'Tudo a funcionar.',
    overallDegraded: 'A Agora está a funcionar em modo degradado: algumas partes não funcionam.',
    checkedAt: 'Verificado às {{time}}',
    ok: 'A funcionar',
    down: 'Não funciona',
    redis: 'Base de dados (Redis)',
    worker: 'Processo em segundo plano',
    mail: 'E-mail',
    workerLastSeen: 'Último sinal de vida: {{date}}',
    workerNeverSeen: 'Ainda sem sinal de vida',
    mailMode: {
      outbox: 'Caixa de saída integrada (nenhum e-mail sai desta máquina)',
      relay: 'Enviado através de um servidor de correio (SMTP)',
      unknown: 'Modo de envio desconhecido',
    },
  },
};
