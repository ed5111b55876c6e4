import type { Catalogue } from '../languages';
import type { refusalsEn } from '../en/refusals';

/** As recusas do servidor (shared/refusals.ts), nas palavras do resto da interface. */
export const refusalsPt: Catalogue<typeof refusalsEn> = {
  member_not_found: 'Não há nenhum membro com o número {{memberNo}} no registo.',
  dues_payment_not_found:
    'Este pagamento já não está registado: talvez alguém já o tenha retirado. Recarregue a página.',
  person_not_found: 'Esta pessoa não consta do registo.',
  person_not_found_choose: 'Esta pessoa não consta do registo: escolha outra, ou introduza uma nova pessoa.',
  email_taken: '{{email}} já pertence a {{name}}.',
  email_taken_designate: '{{email}} já pertence a {{name}}: escolha antes essa pessoa.',
  assembly_not_found: 'Esta assembleia não existe.',
  assembly_not_found_removed: 'Esta assembleia não existe (pode ter sido removida, ou a ligação está incompleta).',
  assembly_not_found_link: 'A assembleia desta ligação já não existe.',
  assembly_not_found_not_convened: 'Esta assembleia ainda não foi convocada.',
  assembly_not_editable: 'Esta assembleia está {{phase}}: a ordem de trabalhos já não pode mudar aqui.',
  notice_too_short:
    'Demasiado tarde para mudar a ordem de trabalhos: uma convocatória atualizada enviada agora não respeitaria a antecedência dos estatutos (tinha de seguir até {{latestDispatchAt}}).',
  assembly_not_draft: 'Esta assembleia está convocada: cancele-a e convoque uma nova para mudar a data ou o tipo.',
  assembly_overlaps:
    'A sua sala estaria aberta ao mesmo tempo que a de «{{title}}», aberta de {{opensAt}} a {{closesAt}}: escolha outra abertura.',
  agenda_item_not_allowed:
    'O ponto «{{title}}» não pode constar da ordem de trabalhos de uma assembleia {{kind}}: retire-o primeiro.',
  agenda_item_needs_extraordinary:
    'Só uma assembleia extraordinária pode decidir isto (estatutos, artigos 5.º, 7.º e 12.º).',
  agenda_item_needs_ordinary: 'Só uma assembleia ordinária pode decidir isto (estatutos, artigo 11.º).',
  item_not_found: 'Este ponto da ordem de trabalhos já não existe.',
  item_not_found_not_on_agenda: 'Este ponto não está na ordem de trabalhos.',
  item_not_found_change: 'O ponto a que esta alteração se refere não está na ordem de trabalhos.',
  assembly_not_convenable: 'Esta assembleia está {{phase}}: já não pode seguir nenhuma convocatória.',
  assembly_not_cancellable: 'Esta assembleia está {{phase}}: já não pode ser cancelada.',
  assembly_not_convened_resend: 'Esta assembleia não foi convocada: não há nada para reenviar.',
  assembly_not_convened_print: 'Convoque primeiro a assembleia: a convocatória impressa diz o mesmo que o e-mail.',
  delivery_not_found: 'O membro {{memberNo}} não foi convocado para esta assembleia.',
  member_not_convened: 'O membro {{memberNo}} não está convocado para esta assembleia.',
  convocation_no_agenda: 'A convocatória precisa de uma ordem de trabalhos: acrescente pelo menos um ponto.',
  convocation_not_draft: 'Esta assembleia já não é um rascunho.',
  convocation_notice_too_short:
    'Antecedência insuficiente: enviada agora, a convocatória só permite abrir a {{earliestOpensAt}}. Para abrir a {{opensAt}}, tinha de seguir até {{latestDispatchAt}}. Mude a abertura e depois convoque.',
  empty_file: 'O ficheiro está vazio.',
  file_too_large: 'O ficheiro tem {{megabytes}} MB; os documentos podem ter no máximo 10 MB.',
  file_type_refused:
    'Este ficheiro não é um documento que a Agora aceite (o conteúdo não é de um formato conhecido). Envie um PDF, um documento de escritório (Word, Excel, PowerPoint, OpenDocument) ou uma imagem.',
  file_type_refused_detected:
    'Este ficheiro não é um documento que a Agora aceite (o conteúdo é {{detected}}, diga o nome o que disser). Envie um PDF, um documento de escritório (Word, Excel, PowerPoint, OpenDocument) ou uma imagem.',
  file_type_mismatch:
    'O {{by}} do ficheiro diz que é {{claimed}}, mas o conteúdo é {{detected}}; nada foi guardado. Envie-o com o nome e o tipo verdadeiros.',
  link_expired: 'Esta ligação de acesso expirou. Peça uma nova: chega num minuto.',
  link_expired_personal:
    'Esta ligação pessoal expirou. Entre com o seu endereço de e-mail para aceder à assembleia e à ata.',
  link_damaged:
    'Esta ligação de acesso está danificada ou incompleta. Copie a ligação inteira do e-mail, ou peça uma nova.',
  link_damaged_personal:
    'Esta ligação pessoal está danificada ou incompleta. Copie a ligação inteira do e-mail da convocatória, ou entre com o seu endereço de e-mail.',
  link_used: 'Esta ligação de acesso já foi usada. Cada ligação funciona uma só vez: peça uma nova.',
  person_gone: 'A pessoa para quem esta ligação foi criada já não consta do registo.',
  too_many_requests_sign_in_one:
    'Foram pedidas demasiadas ligações de acesso. Aguarde {{count}} minuto e tente de novo; as ligações já enviadas continuam a funcionar.',
  too_many_requests_sign_in_other:
    'Foram pedidas demasiadas ligações de acesso. Aguarde {{count}} minutos e tente de novo; as ligações já enviadas continuam a funcionar.',
  too_many_requests_admission: 'Demasiados pedidos de adesão a partir daqui; tente mais tarde.',
  not_representative_proxy: 'Só o representante do membro {{memberNo}} pode dar ou revogar a sua procuração.',
  not_representative_file: 'Só o representante do membro {{memberNo}}, ou a Mesa, pode apresentar a sua candidatura.',
  not_representative_withdraw: 'Só o representante do membro {{memberNo}}, ou a Mesa, pode retirar a sua candidatura.',
  forbidden_proposer: 'Um membro propõe um candidato através do seu próprio representante: não representa esse membro.',
  assembly_not_open_for_proxies:
    'As procurações só podem ser dadas ou revogadas até ao encerramento da assembleia; esta está {{phase}}.',
  proxies_busy: 'Estão a ser dadas outras procurações desta assembleia neste momento; tente de novo.',
  proxies_busy_changing: 'As procurações desta assembleia estão a ser alteradas por outra pessoa; tente de novo.',
  proxy_not_found: 'Não existe essa procuração para esta assembleia.',
  proxy_not_found_in_force: 'Não existe essa procuração em vigor nesta assembleia.',
  assembly_not_open_open: 'As votações abrem-se com a sala aberta; esta assembleia está {{phase}}.',
  assembly_not_open_close:
    'Só se encerra uma votação antes do tempo com a sala aberta; esta assembleia está {{phase}}.',
  motion_not_found: 'Não existe essa votação nesta assembleia.',
  motion_closed: 'A Mesa encerrou esta votação: o resultado está publicado.',
  motion_closed_already: 'Esta votação já está encerrada; o resultado está publicado.',
  motion_closed_late: 'Nenhum voto foi registado: a votação encerrou e foi apurada antes de este voto chegar.',
  window_closed_ballot: 'A votação encerrou com a sala: já não se aceitam votos.',
  window_closed_election: 'As eleições decorrem com a sala aberta; esta assembleia está {{phase}}.',
  window_not_yet_open_ballot: 'A sala ainda não está aberta.',
  window_not_yet_open_election: 'As eleições decorrem com a sala aberta; esta assembleia está {{phase}}.',
  ballot_not_allowed: 'Nenhum voto foi registado: {{refusals}}',
  ballot_not_recorded: 'Nenhum voto foi registado: {{refusals}}',
  member_voted_secret: '{{organisation}} já votou nesta votação secreta; um voto secreto é definitivo.',
  member_voted_secret_round: '{{organisation}} já votou nesta volta; um voto secreto é definitivo.',
  trustees_not_ready:
    'Um voto secreto abre quando os seus depositários tiverem criado juntos a chave da eleição: {{done}} de {{needed}} passos feitos.',
  trustees_not_ready_open:
    'Este voto ainda não pode ser secreto: os depositários não terminaram a chave da eleição ({{done}} de {{needed}} passos). Abra-o quando terminarem, ou como voto nominal.',
  trustees_started: 'Os depositários já começaram a criar a chave da eleição: já não podem ser mudados.',
  trustee_not_representative: 'Um depositário tem de ser o representante de um membro do registo.',
  not_a_trustee: 'Só um depositário dos votos secretos desta assembleia pode fazer isto.',
  ceremony_step_not_due: 'Este passo da chave não é o que há a fazer agora.',
  ceremony_step_not_due_done: 'Já fez este passo; não era preciso mais nada.',
  ceremony_step_not_due_wait: 'Este passo espera pelos outros depositários; receberá um e-mail quando for a sua vez.',
  ceremony_piece_invalid: 'Esta parte da chave foi recusada: {{problem}}',
  ballot_invalid:
    'O boletim de {{organisation}} foi recusado pelas verificações ({{problem}}); nada foi registado para ele.',
  vote_not_encrypted: 'Este voto não é um voto secreto com boletins cifrados.',
  share_not_due: 'Nenhum apuramento espera pela sua parte.',
  share_not_due_done: 'A sua parte deste apuramento já chegou.',
  share_not_due_open: 'Este voto ainda não está encerrado: o total decifra-se depois do encerramento.',
  share_invalid: 'Esta parte não decifra o total com a sua chave: {{problem}}',
  archive_not_ready: 'O registo deste voto é publicado quando o resultado estiver decifrado.',
  candidate_not_standing: 'O membro {{memberNo}} não é candidato na volta {{round}}.',
  member_voted_itself: '{{organisation}} votou pessoalmente: conta o seu próprio voto, não o da procuração.',
  not_an_election_item: 'As eleições realizam-se num ponto da ordem de trabalhos para a eleição de um órgão.',
  no_candidates: 'Ninguém se candidata a este cargo: não há nada a eleger.',
  election_not_found: 'Não existe essa eleição nesta assembleia.',
  round_closed_over: 'Esta eleição terminou: o resultado está publicado.',
  round_closed_moved: 'A volta {{round}} está encerrada; a votação está agora na volta {{current}}.',
  round_closed_late: 'Nenhum voto foi registado: a volta {{round}} encerrou e foi apurada antes de este voto chegar.',
  round_closed_counted: 'Esta volta já está apurada.',
  candidacy_duplicate: 'O membro {{memberNo}} já é candidato a este cargo.',
  candidacy_not_found: 'Não existe essa candidatura nesta assembleia.',
  candidacy_closed: 'As candidaturas podiam ser retiradas até {{deadline}}, a véspera da assembleia.',
  admission_not_found: 'Não há pedido de adesão para o membro número {{memberNo}}.',
  member_transition_not_allowed_decided: 'Este pedido já foi decidido: o membro {{memberNo}} está agora «{{status}}».',
  member_transition_not_allowed_proposed: 'Já foi proposta uma exclusão do membro {{memberNo}}.',
  member_transition_not_allowed_not_active:
    'Só um membro ativo pode ser proposto para exclusão; o membro {{memberNo}} está «{{status}}».',
  text_version_not_found_statutes: 'Os estatutos não têm versão {{number}}.',
  text_version_not_found_rules: 'O regulamento interno não tem versão {{number}}.',
  minutes_too_early: 'A ata é redigida depois de a sala encerrar.',
  minutes_busy: 'O rascunho está a ser alterado por outra pessoa neste momento; tente de novo.',
  minutes_busy_drafting: 'A ata está a ser redigida neste momento; volte a lê-la daqui a pouco.',
  minutes_not_drafted: 'Ainda não há ata para retificar: o rascunho vem depois do encerramento.',
  minutes_draft_pending:
    'A versão {{version}} ainda é um rascunho: altere essa, ou publique-a antes de iniciar uma retificação.',
  minutes_correction_exists: 'Outro membro da Mesa iniciou uma retificação no mesmo momento: volte a ler a ata.',
  minutes_published:
    'A versão {{version}} da ata está publicada: já não pode mudar. Para a corrigir, inicie uma retificação (uma nova versão).',
  minutes_changed:
    'O rascunho mudou desde que o leu (outro membro da Mesa editou-o ou assinou-o): volte a lê-lo e tente de novo.',
  minutes_not_found: 'Não existe a versão {{version}} desta ata.',
  minutes_not_found_unpublished: 'A versão {{version}} desta ata não está publicada.',
  minutes_role_president: 'Só o presidente da Mesa, ou na sua falta o vice-presidente, assina a ata como presidente.',
  minutes_role_secretary: 'Só o secretário da Mesa assina a ata como secretário.',
  minutes_not_signed: 'O presidente (ou vice-presidente) e o secretário da Mesa assinam a ata antes de ser publicada.',
  minutes_president_missing: 'O presidente da Mesa (ou o vice-presidente) ainda não assinou este texto.',
  minutes_published_already: 'Esta ata já está publicada.',
  minutes_secretary_missing: 'O secretário da Mesa ainda não assinou este texto.',
  words: {
    kind: { ordinary: 'ordinária', extraordinary: 'extraordinária' },
    by: { name: 'nome', type: 'tipo' },
  },
  document_not_found: 'Este documento não está anexado a esta assembleia.',
  mandate_not_found: 'Não há nenhum mandato desta procuração que possa ler.',
  sign_in_required: 'Entre primeiro: peça uma ligação de acesso com o seu endereço de e-mail.',
  sign_in_required_again: 'Entre de novo.',
  sign_in_required_room: 'Entre, ou abra a ligação pessoal da sua convocatória.',
  empty_file_register: 'Envie o ficheiro do registo como text/csv: o pedido não continha nenhum ficheiro.',
  forbidden_secretariat: 'Só o secretariado pode fazer isto, e tem sessão iniciada como {{name}}, que não é.',
  forbidden_table:
    'Só um membro da Mesa da assembleia pode fazer isto, e tem sessão iniciada como {{name}}, que não é.',
  forbidden_direction: 'Só um membro da Direção pode fazer isto, e tem sessão iniciada como {{name}}, que não é.',
  forbidden_representative:
    'Só o representante de um membro pode fazer isto, e tem sessão iniciada como {{name}}, que não é.',
  forbidden_hide: 'Só um membro da Mesa da assembleia pode ocultar uma mensagem.',
  forbidden_pin: 'Só um membro da Mesa da assembleia pode afixar uma mensagem.',
  window_closed_room: 'A sala encerrou a {{closesAt}}: já não se aceitam mensagens.',
  window_not_yet_open_room: 'A sala ainda não está aberta: abre a {{opensAt}}.',
  text_version_not_found_address:
    'Esse texto não existe: os textos são «statutes» e «rules», com versões numeradas a partir de 0.',
  link_scope:
    'A sua ligação pessoal abre apenas a assembleia para a qual foi enviada. Para fazer isto, entre com o seu endereço de e-mail.',
  link_scope_room:
    'A sua ligação pessoal abre outra assembleia. Entre com o seu endereço de e-mail para aceder a esta.',
  store_unavailable:
    'A Agora não consegue contactar a base de dados neste momento. Tente de novo dentro de alguns segundos.',
  store_unconfirmed:
    'A Agora não conseguiu confirmar que foi guardada uma segunda cópia disto, por isso não conta como feito. Faça-o de novo dentro de alguns segundos: o que já foi guardado não será duplicado.',
  cross_site:
    'Este pedido veio de outro sítio web, por isso a Agora não lhe deu seguimento. Faça a alteração a partir das páginas da própria Agora.',
  form_refused:
    'A Agora recebe alterações em JSON (ou um ficheiro com os seus próprios bytes), nunca como formulário web; nada foi feito.',
  outbox_off: 'A caixa de saída integrada está desligada: o correio segue pelo servidor definido em SMTP_URL.',
  outbox_local_only:
    'A caixa de saída só pode ser lida na máquina onde a Agora funciona (defina OUTBOX_OPEN=true para a mostrar a todos os visitantes de uma demonstração).',
  not_found_member_number: 'Não há nenhum membro com o número «{{value}}».',
  not_found_minutes_version: 'Não existe a versão «{{value}}» da ata.',
  not_found_route: 'Não há nada em {{method}} {{path}}.',
  not_found_outbox_message: 'Esta mensagem não está na caixa de saída (pode ter sido apagada para dar espaço).',
  name_missing: 'Indique o nome do ficheiro (?name=...).',
  invalid_file_one: 'O ficheiro tem um problema; nada foi guardado. Corrija-o e importe o ficheiro de novo.',
  invalid_file_other: 'O ficheiro tem {{count}} problemas; nada foi guardado. Corrija-os e importe o ficheiro de novo.',
  bad_json: 'O corpo do pedido não é JSON válido.',
  bad_json_not_object: 'O corpo do pedido tem de ser um objeto JSON.',
  too_large_megabytes: 'O pedido é demasiado grande: aqui a Agora aceita no máximo {{amount}} MB.',
  too_large_kilobytes: 'O pedido é demasiado grande: aqui a Agora aceita no máximo {{amount}} KB.',
  bad_encoding:
    'O corpo do pedido está comprimido de uma forma que a Agora não lê: envie-o tal como está, ou com gzip, deflate ou br.',
  bad_charset: 'O corpo do pedido está num conjunto de caracteres que a Agora não lê: envie-o em UTF-8.',
  bad_address: 'O endereço do pedido tem um escape % danificado; nada foi feito.',
  bad_request: 'Não foi possível ler o pedido (o corpo está danificado ou incompleto); nada foi feito.',
  internal: 'Algo correu mal no servidor; nada foi alterado. Tente de novo.',
  internal_room: 'Algo correu mal no servidor; a sua mensagem não foi guardada. Tente de novo.',
  internal_store:
    'A Agora não consegue contactar a base de dados neste momento. Tente de novo dentro de alguns segundos.',
  assembly_cancelled: 'Esta assembleia foi cancelada.',
  not_a_representative: 'Neste momento não representa nenhum membro da rede, por isso pode ler, mas não escrever.',
  unknown_thread: 'Este ponto já não está na ordem de trabalhos.',
  unknown_message: 'Esta mensagem não está nesta sala.',
  unknown_message_reply: 'A mensagem a que responde não está nesta sala.',
  too_many_messages: 'Escreveu muitas mensagens em pouco tempo; aguarde {{seconds}} segundos.',
  message_busy: 'Esta mensagem está a ser alterada por outra pessoa; tente de novo.',
  message_not_author: 'Só o autor pode alterar uma mensagem.',
  message_withdrawn: 'Esta mensagem foi retirada.',
  message_hidden: 'Esta mensagem foi ocultada pela Mesa.',
  message_edit_window_passed:
    'Uma mensagem pode ser alterada durante 10 minutos depois de escrita; agora é tarde demais.',
};
