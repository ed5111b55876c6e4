import type { Catalogue } from '../languages';
import type { convocationMessages as english } from '../en/convocation';

/** Convocar, cancelar e entrar numa assembleia, e as entregas dos seus e-mails. */
export const convocationMessages: Catalogue<typeof english> = {
  convocation: {
    title: 'Convocatória',
    noAgenda: 'Acrescente pelo menos um ponto à ordem de trabalhos antes de convocar: a convocatória leva-a.',
    ready:
      'Pronta para convocar: enviada agora, a convocatória respeita a antecedência dos estatutos. Para a abertura a {{opensAt}}, tem de seguir até {{latest}}.',
    tooShort:
      'Antecedência insuficiente: enviada agora, a convocatória só permite abrir a {{earliest}}; para a abertura a {{opensAt}}, tinha de seguir até {{latest}}. Mude a abertura e depois convoque.',
    convene: 'Convocar: enviar a convocatória a todos os membros',
    sendUpdate: 'Enviar a convocatória atualizada a todos os membros',
    sending: 'A enviar…',
    unsentTitle: 'A ordem de trabalhos mudou desde o envio da convocatória.',
    unsentText: 'Envie a convocatória atualizada: cada membro recebe a nova ordem de trabalhos.',
    going: 'A convocatória está a seguir para todos os membros.',
    updateGoing: 'A convocatória atualizada está a seguir para todos os membros.',
    alreadySent: 'A convocatória já tinha seguido: nada foi enviado duas vezes.',
    refusedTitle: 'A convocatória não foi enviada: antecedência insuficiente.',
    refusedText: 'Os estatutos exigem mais tempo entre a convocatória e a abertura.',
    chosenOpening: 'Abertura escolhida',
    earliestIfNow: 'Abertura mais cedo, se enviada agora',
    latestDispatch: 'Último momento para a enviar para a abertura escolhida',
    moveOpening: 'Mudar a abertura',
    tooLateForUpdate:
      'A convocatória atualizada já não consegue respeitar a antecedência: cancele a assembleia, ou realize-a com a ordem de trabalhos já enviada.',
    dispatch: {
      convocation: 'Convocatória enviada a {{date}} por {{name}}.',
      agenda_update: 'Convocatória atualizada enviada a {{date}} por {{name}}.',
      cancellation: 'Cancelamento enviado a {{date}} por {{name}}.',
    },
    preparing: 'As convocatórias estão a ser preparadas…',
    inProgress: 'A enviar: {{sent}} de {{total}} enviadas…',
    sentTo_one: 'Enviada a {{count}} membro.',
    sentTo_other: 'Enviada a {{count}} membros.',
    seeDeliveries: 'Ver cada entrega',
  },
  cancel: {
    title: 'Cancelar a assembleia',
    textConvened:
      'Antes de a assembleia abrir, a Mesa pode cancelá-la. Cada membro convocado recebe um e-mail com o motivo.',
    textDraft: 'Ainda ninguém foi convocado: cancelar não envia nenhum e-mail.',
    open: 'Cancelar a assembleia…',
    reason: 'Motivo',
    reasonHintConvened: 'Os membros leem-no no e-mail.',
    reasonHintDraft: 'Fica guardado com a assembleia.',
    confirmConvened:
      'Cancelar a assembleia e enviar este motivo por e-mail a todos os membros? Não é possível desfazer.',
    confirmDraft: 'Cancelar este rascunho? Não é possível desfazer.',
    yes: 'Sim, cancelar a assembleia',
    keep: 'Manter a assembleia',
    doneConvened: 'A assembleia foi cancelada; os membros estão a ser avisados.',
    doneDraft: 'O rascunho foi cancelado.',
  },
  deliveries: {
    title: 'Entregas da convocatória',
    intro:
      'O ponto da convocatória de «{{title}}» para cada membro. Cada pessoa recebe um só e-mail com todos os membros que representa; reenviar a uma pessoa envia de novo esse e-mail.',
    countsLabel: 'Entregas por estado',
    state: {
      queued: 'em espera',
      sent: 'enviadas',
      failed: 'falhadas',
    },
    badge: {
      queued: 'Em espera',
      sent: 'Enviada',
      failed: 'Falhou',
    },
    total: 'ao todo',
    filter: 'Mostrar',
    all: 'Todas ({{n}})',
    only: {
      queued: 'Em espera ({{n}})',
      sent: 'Enviadas ({{n}})',
      failed: 'Falhadas ({{n}})',
    },
    polling: 'Algumas convocatórias ainda estão a caminho: esta lista atualiza-se de 5 em 5 segundos.',
    resent_one: 'A convocatória está de novo a seguir para {{name}}.',
    resent_other: 'A convocatória está de novo a seguir para {{name}}: um e-mail para os seus {{count}} membros.',
    none: 'Ainda não foi enviada nenhuma convocatória para esta assembleia.',
    noneInState: 'Nenhuma neste estado.',
    caption: 'Convocatória de cada membro',
    columns: {
      member: 'Membro',
      representative: 'Enviada a',
      state: 'Estado',
      details: 'Detalhes',
      action: 'Ação',
    },
    noRepresentative: 'Sem representante designado',
    attempts_one: '{{count}} tentativa',
    attempts_other: '{{count}} tentativas',
    sentAt: 'Enviada a {{date}}',
    queuedAt: 'Em espera desde {{date}}',
    errorFinal: 'A Agora deixou de tentar:',
    errorRetrying: 'Falhou, a tentar de novo:',
    resend: 'Reenviar a esta pessoa',
  },
  assemblyErrors: {
    file_too_large: 'Este ficheiro tem mais de 10 MB: os documentos podem ter no máximo 10 MB.',
    file_type_refused:
      'Este ficheiro não é um documento que a Agora aceite, diga o nome o que disser. Envie um PDF, um documento de escritório (Word, Excel, PowerPoint, OpenDocument) ou uma imagem.',
  },
  join: {
    title: 'A abrir a sua assembleia',
    noToken:
      'Este endereço não contém ligação pessoal. Abra a ligação da convocatória completa, ou entre com o seu endereço de e-mail.',
    link_damaged:
      'Esta ligação pessoal está danificada ou incompleta: parte dela pode ter ficado de fora ao copiar. Abra-a de novo a partir da convocatória, ou entre com o seu endereço de e-mail.',
    link_expired: 'Esta ligação pessoal expirou. Entre com o seu endereço de e-mail para aceder à assembleia e à ata.',
    person_gone: 'A pessoa para quem esta ligação foi criada já não consta do registo. Contacte o secretariado.',
    assembly_not_found: 'A assembleia desta ligação já não existe.',
    signIn: 'Entrar com o meu endereço de e-mail',
    downloading: 'O seu documento «{{name}}» está a ser descarregado.',
    downloadAgain: 'Descarregar de novo',
  },
};
