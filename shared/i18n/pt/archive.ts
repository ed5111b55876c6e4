import type { Catalogue } from '../languages';
import type { archiveMessages as english } from '../en/archive';

/** O arquivo, os estatutos e o regulamento. */
export const archiveMessages: Catalogue<typeof english> = {
  archive: {
    title: 'Arquivo',
    intro:
      'Todas as assembleias passadas da rede: a convocatória, a ordem de trabalhos, os documentos e os resultados, e a ata depois de publicada.',
    search: 'Pesquisar no arquivo',
    searchHint:
      'Palavras de um título, da ordem de trabalhos, de uma proposta ou do nome de um documento. Maiúsculas e acentos não contam.',
    clear: 'Limpar',
    searching: 'A pesquisar…',
    count_one: '1 assembleia passada.',
    count_other: '{{count}} assembleias passadas.',
    found_one: '1 de {{total}} assembleias passadas corresponde a «{{query}}».',
    found_other: '{{count}} de {{total}} assembleias passadas correspondem a «{{query}}».',
    none: 'Ainda não se realizou nenhuma assembleia.',
    noMatch: 'Nenhuma assembleia passada corresponde a «{{query}}». Experimente outra palavra, ou menos palavras.',
    held: 'Realizada',
    wasToOpen: 'Devia abrir',
    cancelled: 'Cancelada a {{date}}. Motivo: {{reason}}',
    convocation: 'Convocatória',
    dispatch: {
      convocation: 'Convocatória enviada {{date}}',
      agenda_update: 'Convocatória atualizada enviada {{date}}',
      cancellation: 'Cancelamento enviado {{date}}',
    },
    agenda: 'Ordem de trabalhos',
    documents: 'Documentos',
    results: 'Resultados',
    noVote: 'Nada foi posto a votação.',
    notCounted: 'Não apurado.',
    madeVersion: 'Criou a versão {{number}} do {{text}}',
    minutes: 'Ler a ata',
    noMinutes: 'Ata ainda não publicada.',
  },
  texts: {
    title: 'Estatutos e regulamento interno',
    intro:
      'Os textos fundamentais da rede. Só uma assembleia extraordinária os pode alterar (S.12); cada alteração que aprova cria uma nova versão numerada (R.12). A versão 0 é a fundadora, aprovada em Estrasburgo a 4 de novembro de 2013.',
    frenchOnly: 'Os textos estão em francês, a língua do ato fundador: é o texto francês que faz fé.',
    name: { statutes: 'Estatutos', rules: 'Regulamento interno' },
    nameOf: { statutes: 'texto dos estatutos', rules: 'regulamento interno' },
    version: 'Versão {{number}}',
    current: 'em vigor',
    founding: 'Versão fundadora, aprovada pela assembleia constituinte a {{date}}.',
    adoptedBy: 'Aprovada a {{date}} por «{{assembly}}», proposta «{{motion}}».',
    versions: 'Versões',
    changes: 'O que mudou desde a versão {{from}}',
    noChange: 'Nenhum parágrafo mudou.',
    added: 'Acrescentado',
    removed: 'Retirado',
    kept_one: '1 parágrafo sem alterações',
    kept_other: '{{count}} parágrafos sem alterações',
    fullText: 'O texto integral da versão {{number}}',
    digest: 'Impressão digital SHA-256: {{digest}}',
    all: 'Todos os textos',
    amendedText: 'O novo texto integral, tal como ficará depois de aprovado',
    amendedTextHint:
      'Cole o texto completo do {{text}}, e não só o artigo alterado. Depois de a proposta ser aprovada, passa a ser a versão seguinte.',
    proposedText: 'O novo texto integral proposto',
  },
};
