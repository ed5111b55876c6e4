/**
 * The sentence of each refusal of shared/refusals.ts (a variant is `code_context`). The server
 * sends these English sentences as the `message` of its refusals: API clients and tests read them.
 */
export const refusalsEn = {
  member_not_found: 'There is no member number {{memberNo}} in the register.',
  person_not_found: 'This person is not in the register.',
  person_not_found_choose: 'This person is not in the register: choose another one, or enter a new person.',
  email_taken: '{{email}} already belongs to {{name}}.',
  email_taken_designate: '{{email}} already belongs to {{name}}: choose that person instead.',
  assembly_not_found: 'There is no such assembly.',
  assembly_not_found_removed: 'There is no such assembly (it may have been removed, or the link is incomplete).',
  assembly_not_found_link: 'The assembly of this link no longer exists.',
  assembly_not_found_not_convened: 'This assembly is not convened yet.',
  assembly_not_editable: 'This assembly is {{phase}}: its agenda can no longer change here.',
  notice_too_short:
    'Too late to change the agenda: an updated convocation sent now would not give the notice of the statutes (it had to go by {{latestDispatchAt}}).',
  assembly_not_draft: 'This assembly is convened: cancel it and convene a new one to change its date or kind.',
  agenda_item_not_allowed: 'The item "{{title}}" cannot stand on the agenda of an {{kind}} assembly: remove it first.',
  agenda_item_needs_extraordinary: 'Only an extraordinary assembly can decide this (statutes, articles 5, 7 and 12).',
  agenda_item_needs_ordinary: 'Only an ordinary assembly can decide this (statutes, article 11).',
  item_not_found: 'This agenda item is not there any more.',
  item_not_found_not_on_agenda: 'This agenda item is not on the agenda.',
  item_not_found_change: 'The item this change is about is not on the agenda.',
  assembly_not_convenable: 'This assembly is {{phase}}: no convocation can go now.',
  assembly_not_cancellable: 'This assembly is {{phase}}: it can no longer be cancelled.',
  assembly_not_convened_resend: 'This assembly has not been convened: there is nothing to resend.',
  assembly_not_convened_print: 'Convene the assembly first: the printed convocation says the same as the e-mail.',
  delivery_not_found: 'Member {{memberNo}} was not convened to this assembly.',
  member_not_convened: 'Member {{memberNo}} is not convened to this assembly.',
  convocation_no_agenda: 'The convocation needs an agenda: add at least one item.',
  convocation_not_draft: 'This assembly is not a draft any more.',
  convocation_notice_too_short:
    'Not enough notice: sent now, the convocation allows an opening on {{earliestOpensAt}} at the earliest. To open on {{opensAt}}, it had to go by {{latestDispatchAt}}. Move the opening, then convene.',
  empty_file: 'The file is empty.',
  file_too_large: 'The file is {{megabytes}} MB; documents can be at most 10 MB.',
  file_type_refused:
    'This file is not a document Agora accepts (its content is not a known document format). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
  file_type_refused_detected:
    'This file is not a document Agora accepts (its content is {{detected}}, whatever its name says). Send a PDF, an office document (Word, Excel, PowerPoint, OpenDocument) or an image.',
  file_type_mismatch:
    "The file's {{by}} says it is {{claimed}}, but its content is {{detected}}; nothing was stored. Send it under its real name and type.",
  link_expired: 'This sign-in link has expired. Ask for a new one: it arrives in a minute.',
  link_expired_personal:
    'This personal link has expired. Sign in with your e-mail address to reach the assembly and its minutes.',
  link_damaged:
    'This sign-in link is damaged or incomplete. Copy the whole link from the e-mail, or ask for a new one.',
  link_damaged_personal:
    'This personal link is damaged or incomplete. Copy the whole link from the convocation e-mail, or sign in with your e-mail address.',
  link_used: 'This sign-in link was already used. Each link works once: ask for a new one.',
  person_gone: 'The person this link was made for is no longer in the register.',
  too_many_requests_sign_in_one:
    'Too many sign-in links were asked for. Please wait {{count}} minute(s) and try again; the links already sent still work.',
  too_many_requests_sign_in_other:
    'Too many sign-in links were asked for. Please wait {{count}} minute(s) and try again; the links already sent still work.',
  too_many_requests_admission: 'Too many admission requests from here; please try again later.',
  not_representative_proxy: 'Only the representative of member {{memberNo}} can give or revoke its proxy.',
  not_representative_file: 'Only the representative of member {{memberNo}}, or the Table, can file its candidacy.',
  not_representative_withdraw:
    'Only the representative of member {{memberNo}}, or the Table, can withdraw its candidacy.',
  forbidden_proposer: 'A member proposes a candidate through its own representative: you do not represent that member.',
  assembly_not_open_for_proxies:
    'Proxies can be given or revoked only until the assembly closes; this one is {{phase}}.',
  proxies_busy: 'Other proxies of this assembly are being given right now; try again.',
  proxies_busy_changing: 'The proxies of this assembly are being changed by someone else; try again.',
  proxy_not_found: 'There is no such proxy for this assembly.',
  proxy_not_found_in_force: 'There is no such proxy in force at this assembly.',
  assembly_not_open_open: 'Votes are opened while the room is open; this assembly is {{phase}}.',
  assembly_not_open_close: 'A vote is closed early only while the room is open; this assembly is {{phase}}.',
  motion_not_found: 'There is no such vote in this assembly.',
  motion_closed: 'The Table closed this vote: its result is published.',
  motion_closed_already: 'This vote is closed already; its result is published.',
  motion_closed_late: 'No vote was recorded: the vote closed and was counted before this ballot arrived.',
  window_closed_ballot: 'The vote closed with the room: ballots are no longer accepted.',
  window_closed_election: 'Elections take place while the room is open; this assembly is {{phase}}.',
  window_not_yet_open_ballot: 'The room is not open yet.',
  window_not_yet_open_election: 'Elections take place while the room is open; this assembly is {{phase}}.',
  ballot_not_allowed: 'No vote was recorded: {{refusals}}',
  ballot_not_recorded: 'No vote was recorded: {{refusals}}',
  member_voted_secret: 'Member {{memberNo}} has already voted in this secret ballot; a secret vote is final.',
  member_voted_secret_round: 'Member {{memberNo}} has already voted in this round; a secret vote is final.',
  candidate_not_standing: 'Member {{memberNo}} does not stand in round {{round}}.',
  member_voted_itself: "Member {{memberNo}} voted itself: its own vote counts, not its proxy's.",
  not_an_election_item: 'Elections are held on an agenda item for the election of a body.',
  no_candidates: 'Nobody stands for this office: there is nothing to elect.',
  election_not_found: 'There is no such election in this assembly.',
  round_closed_over: 'This election is over: its result is published.',
  round_closed_moved: 'Round {{round}} is closed; the vote is now in round {{current}}.',
  round_closed_late: 'No vote was recorded: round {{round}} closed and was counted before this ballot arrived.',
  round_closed_counted: 'This round is already counted.',
  candidacy_duplicate: 'Member {{memberNo}} is already a candidate for this office.',
  candidacy_not_found: 'There is no such candidacy standing at this assembly.',
  candidacy_closed: 'Candidacies could be withdrawn until {{deadline}}, the eve of the assembly.',
  admission_not_found: 'There is no admission request for member number {{memberNo}}.',
  member_transition_not_allowed_decided: 'This request was already decided: member {{memberNo}} is now "{{status}}".',
  member_transition_not_allowed_proposed: 'An exclusion of member {{memberNo}} is already proposed.',
  member_transition_not_allowed_not_active:
    'Only an active member can be proposed for exclusion; member {{memberNo}} is "{{status}}".',
  text_version_not_found_statutes: 'The statutes have no version {{number}}.',
  text_version_not_found_rules: 'The internal rules have no version {{number}}.',
  minutes_too_early: 'The minutes are drafted once the room has closed.',
  minutes_busy: 'The draft is being changed by someone else right now; try again.',
  minutes_busy_drafting: 'The minutes are being drafted right now; read them again in a moment.',
  minutes_not_drafted: 'There are no minutes to correct yet: the draft comes after the close.',
  minutes_draft_pending:
    'Version {{version}} is still a draft: change that one, or publish it before starting a correction.',
  minutes_correction_exists:
    'Another member of the Table started a correction at the same moment: read the minutes again.',
  minutes_published:
    'Version {{version}} of the minutes is published: it can no longer change. To correct it, start a correction (a new version).',
  minutes_changed:
    'The draft changed since you read it (another member of the Table edited or signed it): read it again, then try again.',
  minutes_not_found: 'There is no version {{version}} of these minutes.',
  minutes_not_found_unpublished: 'Version {{version}} of these minutes is not published.',
  minutes_role_president:
    'Only the president of the Table, or failing that its vice-president, signs the minutes as president.',
  minutes_role_secretary: 'Only the secretary of the Table signs the minutes as secretary.',
  minutes_not_signed:
    'The president (or vice-president) and the secretary of the Table sign the minutes before they are published.',
  minutes_president_missing: 'The president of the Table (or its vice-president) has not signed this text yet.',
  minutes_published_already: 'These minutes are published already.',
  minutes_secretary_missing: 'The secretary of the Table has not signed this text yet.',
  /** Words for the enumerated parameters. */
  words: {
    kind: { ordinary: 'ordinary', extraordinary: 'extraordinary' },
    by: { name: 'name', type: 'type' },
  },
  document_not_found: 'This document is not attached to this assembly.',
  mandate_not_found: 'There is no mandate you may read for this proxy.',
  sign_in_required: 'Please sign in first: ask for a sign-in link with your e-mail address.',
  sign_in_required_again: 'Please sign in again.',
};
