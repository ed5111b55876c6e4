import type { Catalogue } from '../languages';
import type { assembliesMessages as english } from '../en/assemblies';

/** As assembleias, o seu calendário, formulário e ordem de trabalhos. */
export const assembliesMessages: Catalogue<typeof english> = {
  assemblyPhase: {
    draft: 'Rascunho',
    convened: 'Convocada',
    open: 'Aberta agora',
    closed: 'Encerrada',
    minutes_published: 'Ata publicada',
    cancelled: 'Cancelada',
  },
  assemblyKind: {
    ordinary: 'Assembleia geral ordinária',
    extraordinary: 'Assembleia geral extraordinária',
  },
  agendaKind: {
    information: 'Informação',
    ordinary_decision: 'Decisão',
    statute_change: 'Alteração dos estatutos',
    rules_change: 'Alteração do regulamento interno',
    election: 'Eleição',
    admission_validation: 'Validação de novos membros',
    exclusion: 'Exclusão',
    agenda_change: 'Alteração da ordem de trabalhos',
  },
  assemblies: {
    title: 'Assembleias',
    intro:
      'As assembleias gerais da rede: as ordinárias duas vezes por ano, em linha durante 24 horas, e as extraordinárias nos Encontros Internacionais.',
    new: 'Nova assembleia',
    upcoming: 'Abertas e próximas',
    past: 'Passadas',
    noneUpcoming: 'Neste momento não há nenhuma assembleia aberta ou convocada.',
    nonePast: 'Ainda não se realizou nenhuma assembleia.',
    opens: 'Abre',
    openUntil: 'Aberta até',
    opened: 'Abriu',
    wasToOpen: 'Devia abrir',
  },
  calendar: {
    title: 'Calendário estatutário',
    purpose: {
      annual_report_and_accounts: 'relatório da Direção e contas do ano passado',
      action_plan_and_budget: 'plano de ação e orçamento do próximo ano',
    },
    ordinaryToConvene:
      'A assembleia ordinária prevista até {{deadline}} ({{purpose}}) não está convocada: o último dia para enviar a convocatória é {{last}}.',
    ordinaryOverdue:
      'A assembleia ordinária prevista até {{deadline}} ({{purpose}}) não está convocada, e o último momento para enviar a convocatória a tempo, {{last}}, já passou.',
    ordinaryMissed:
      'Não se realizou nenhuma assembleia ordinária ({{purpose}}) até {{deadline}}, como os estatutos exigem (S.6).',
    extraordinaryDue:
      'A assembleia extraordinária é devida (de três em três anos, nos Encontros Internacionais): tem de abrir até {{latest}}, e o último dia para enviar a convocatória é {{last}}.',
    extraordinaryOverdue: 'A assembleia extraordinária está atrasada: tinha de abrir até {{latest}} (S.7).',
    tooClose:
      'As assembleias ordinárias «{{first}}» ({{firstOpens}}) e «{{second}}» ({{secondOpens}}) estão demasiado próximas: os estatutos preveem duas por ano (S.6), por isso a segunda devia abrir a {{earliest}} ou mais tarde.',
    draft: 'rascunho',
  },
  assemblyForm: {
    newTitle: 'Nova assembleia',
    editTitle: 'Alterar o rascunho',
    backToAssembly: 'Voltar à assembleia',
    notDraft:
      'Esta assembleia está convocada: o tipo, o título e a data já não podem mudar. Para a realizar noutra data, cancele-a e convoque uma nova.',
    intro:
      'A assembleia fica em rascunho, visível só para a Mesa, até a convocar: nessa altura cada membro recebe a convocatória com a ordem de trabalhos.',
    kind: 'Tipo de assembleia',
    kindExplained: {
      ordinary:
        'Duas vezes por ano, em linha durante 24 horas. Convocada com pelo menos 15 dias de antecedência (S.6, R.6).',
      extraordinary:
        'Nos Encontros Internacionais: alterações dos estatutos e do regulamento interno, eleição dos órgãos. Convocada com pelo menos um mês de antecedência (S.7, R.7).',
    },
    title: 'Título',
    titleHint: 'Tal como os membros o vão ler na convocatória, por exemplo «Assembleia ordinária, primavera de 2027».',
    opensAt: 'Abertura',
    opensAtHint: 'Data e hora no seu fuso: {{zone}}. A sala fica então aberta exatamente 24 horas.',
    shifted: 'Esta hora não existe nesse dia em {{zone}} (a hora muda, adiantando): a abertura será às {{time}}.',
    hybrid: 'Também presencial (híbrida)',
    hybridHint: 'A Mesa pode marcar os membros presentes no Encontro Internacional; os outros participam em linha.',
    create: 'Criar o rascunho',
    noticeChooseKind: 'Escolha o tipo de assembleia para ver a antecedência exigida.',
    noticeEarliestOnly: 'Enviada agora, a convocatória permite uma abertura a {{earliest}}, no mínimo.',
    noticeOk: 'Antecedência suficiente.',
    noticeTooShort: 'Antecedência insuficiente para esta abertura.',
    noticeText:
      'Enviada agora, a convocatória permite uma abertura a {{earliest}}, no mínimo; para a abertura escolhida tem de seguir até {{latest}}.',
    noticeTextLate:
      'Enviada agora, a convocatória permite uma abertura a {{earliest}}, no mínimo; para a abertura escolhida tinha de seguir até {{latest}}.',
    noticeFix: 'Escolha uma abertura mais tarde, ou a convocatória será recusada. Pode na mesma guardar o rascunho.',
    window: 'A sala abre a {{opensAt}} e encerra a {{closesAt}}.',
    windowDst_one:
      'A hora muda durante a assembleia: as suas 24 horas correspondem a {{count}} hora no relógio de {{zone}}.',
    windowDst_other:
      'A hora muda durante a assembleia: as suas 24 horas correspondem a {{count}} horas no relógio de {{zone}}.',
  },
  countdown: {
    opensIn: 'Abre dentro de',
    closesIn: 'Encerra dentro de',
    opening: 'A abrir…',
    closing: 'A encerrar…',
    days_one: '{{count}} dia',
    days_other: '{{count}} dias',
    clock: '{{hours}} h {{minutes}} min {{seconds}} s',
  },
  assembly: {
    title: 'Assembleia',
    hybrid: 'Híbrida',
    edit: 'Alterar a data, o título ou o tipo',
    deliveries: 'Entregas da convocatória',
    windowTitle: 'Quando',
    opensAt: 'Abre',
    closesAt: 'Encerra',
    windowRule:
      'A sala fica aberta exatamente 24 horas, para que os membros de todos os fusos horários possam participar (R.6).',
    windowDst_one:
      'No relógio de {{zone}} estas 24 horas correspondem a {{count}} hora: a hora muda durante a assembleia.',
    windowDst_other:
      'No relógio de {{zone}} estas 24 horas correspondem a {{count}} horas: a hora muda durante a assembleia.',
    cancelledTitle: 'Esta assembleia foi cancelada',
    cancelledBy: 'Cancelada a {{date}} por {{name}}, pelo seguinte motivo:',
  },
  agenda: {
    title: 'Ordem de trabalhos',
    empty: 'A ordem de trabalhos está vazia.',
    emptyTable:
      'A ordem de trabalhos está vazia: acrescente o primeiro ponto abaixo. A convocatória precisa de pelo menos um.',
    member: 'Membro em causa:',
    moveUp: 'Subir',
    moveDown: 'Descer',
    remove: 'Retirar',
    removeConfirm: 'Retirar «{{title}}» e os seus documentos da ordem de trabalhos?',
    removeYes: 'Sim, retirar',
    documents: 'Documentos',
    attach: 'Anexar um documento',
    attachTo: 'a «{{title}}»',
    attachHint: 'PDF, documento de escritório ou imagem, até 10 MB. É enviado assim que o escolher.',
    uploading: 'A enviar {{name}}…',
    uploaded: '{{name}} está anexado.',
  },
  agendaForm: {
    title: 'Acrescentar um ponto à ordem de trabalhos',
    kind: 'Tipo de ponto',
    kindHint: {
      ordinary:
        'Uma assembleia ordinária decide, valida adesões e decide exclusões; estatutos, regulamento interno e eleições cabem a uma extraordinária.',
      extraordinary:
        'Uma assembleia extraordinária decide, altera os estatutos e o regulamento interno, elege os órgãos e decide exclusões; as adesões são validadas por uma ordinária.',
    },
    itemTitle: 'Título do ponto',
    description: 'Descrição',
    descriptionHint:
      'O que os membros devem saber antes da assembleia. Os documentos anexam-se depois de o ponto ser acrescentado.',
    member: 'Membro em causa',
    memberHint: {
      admission: 'Um membro aprovado pela Direção e à espera de validação; deixe vazio para validar todos.',
      exclusion: 'Um membro cuja exclusão a Direção propôs.',
    },
    memberNone: 'Nenhum em particular',
    add: 'Acrescentar à ordem de trabalhos',
    added: '«{{title}}» está na ordem de trabalhos.',
  },
  proposals: {
    title: 'Pontos que os estatutos pedem',
    intro:
      'Ainda não estão na ordem de trabalhos. Cada um é acrescentado tal como está; depois pode alterá-lo ou retirá-lo.',
    reason: {
      statutory_report_and_accounts:
        'S.6: a assembleia da primavera aprova o relatório da Direção e as contas do ano passado.',
      statutory_action_plan_and_budget:
        'S.6: a assembleia do fim do ano aprova o plano de ação e o orçamento do próximo ano.',
      admission_validation: 'S.11: os membros aprovados pela Direção aguardam a validação de uma assembleia ordinária.',
      exclusion_due: 'S.11: uma exclusão proposta pelo menos um mês antes da abertura pode ser decidida.',
    },
    add: 'Acrescentar à ordem de trabalhos',
  },
};
