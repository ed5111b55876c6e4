/** Assemblies, their calendar, form and agenda. */
export const assembliesMessages = {
  assemblyPhase: {
    draft: 'Draft',
    convened: 'Convened',
    open: 'Open now',
    closed: 'Closed',
    minutes_published: 'Minutes published',
    cancelled: 'Cancelled',
  },
  assemblyKind: {
    ordinary: 'Ordinary general assembly',
    extraordinary: 'Extraordinary general assembly',
  },
  agendaKind: {
    information: 'Information',
    ordinary_decision: 'Decision',
    statute_change: 'Change of the statutes',
    rules_change: 'Change of the internal rules',
    election: 'Election',
    admission_validation: 'Validation of new members',
    exclusion: 'Exclusion',
    agenda_change: 'Change of the agenda',
  },
  assemblies: {
    title: 'Assemblies',
    intro:
      'The general assemblies of the network: the ordinary ones twice a year, online for 24 hours, and the extraordinary ones at the International Meetings.',
    new: 'New assembly',
    upcoming: 'Open and upcoming',
    past: 'Past',
    noneUpcoming: 'No assembly is open or convened at present.',
    nonePast: 'No assembly has been held yet.',
    opens: 'Opens',
    openUntil: 'Open until',
    opened: 'Opened',
    wasToOpen: 'Was to open',
  },
  calendar: {
    title: 'Statutory calendar',
    purpose: {
      annual_report_and_accounts: 'report of the Direction and accounts of last year',
      action_plan_and_budget: 'action plan and budget of next year',
    },
    ordinaryToConvene:
      'The ordinary assembly due by {{deadline}} ({{purpose}}) is not convened: the last day to send its convocation is {{last}}.',
    ordinaryOverdue:
      'The ordinary assembly due by {{deadline}} ({{purpose}}) is not convened, and the last moment to send its convocation in time, {{last}}, has passed.',
    ordinaryMissed: 'No ordinary assembly ({{purpose}}) was held by {{deadline}}, as the statutes require (S.6).',
    extraordinaryDue:
      'The extraordinary assembly is due (every three years, at the International Meetings): it must open by {{latest}}, and the last day to send its convocation is {{last}}.',
    extraordinaryOverdue: 'The extraordinary assembly is overdue: it had to open by {{latest}} (S.7).',
    tooClose:
      'The ordinary assemblies "{{first}}" ({{firstOpens}}) and "{{second}}" ({{secondOpens}}) are too close together: the statutes hold two a year (S.6), so the second should open on {{earliest}} or later.',
    draft: 'draft',
  },
  assemblyForm: {
    newTitle: 'New assembly',
    editTitle: 'Change the draft',
    backToAssembly: 'Back to the assembly',
    notDraft:
      'This assembly is convened: its kind, title and date can no longer change. To hold it on another date, cancel it and convene a new one.',
    intro:
      'The assembly stays a draft, seen by the Table only, until you convene it: then every member receives the convocation with the agenda.',
    kind: 'Kind of assembly',
    kindExplained: {
      ordinary: 'Twice a year, online for 24 hours. Convened at least 15 days ahead (S.6, R.6).',
      extraordinary:
        'At the International Meetings: changes of the statutes and internal rules, elections of the bodies. Convened at least one month ahead (S.7, R.7).',
    },
    title: 'Title',
    titleHint: 'As the members will read it in the convocation, e.g. “Ordinary assembly, spring 2027”.',
    opensAt: 'Opening',
    opensAtHint: 'Date and time on your clock: {{zone}}. The room then stays open exactly 24 hours.',
    shifted:
      'This time does not exist on that day in {{zone}} (the clocks go forward): the opening will be at {{time}}.',
    hybrid: 'Also held in person (hybrid)',
    hybridHint: 'The Table can mark the members present at the International Meeting; the others take part online.',
    create: 'Create the draft',
    noticeChooseKind: 'Choose the kind of assembly to see the notice it needs.',
    noticeEarliestOnly: 'Sent now, the convocation allows an opening on {{earliest}} at the earliest.',
    noticeOk: 'Enough notice.',
    noticeTooShort: 'Not enough notice for this opening.',
    noticeText:
      'Sent now, the convocation allows an opening on {{earliest}} at the earliest; for the chosen opening it must go by {{latest}}.',
    noticeTextLate:
      'Sent now, the convocation allows an opening on {{earliest}} at the earliest; for the chosen opening it had to go by {{latest}}.',
    noticeFix: 'Choose a later opening, or the convocation will be refused. You can still save the draft.',
    window: 'The room opens on {{opensAt}} and closes on {{closesAt}}.',
    windowDst_one:
      'The clocks change during the assembly: its 24 hours read as {{count}} hour on the clock of {{zone}}.',
    windowDst_other:
      'The clocks change during the assembly: its 24 hours read as {{count}} hours on the clock of {{zone}}.',
  },
  countdown: {
    opensIn: 'Opens in',
    closesIn: 'Closes in',
    opening: 'Opening now…',
    closing: 'Closing now…',
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    clock: '{{hours}} h {{minutes}} min {{seconds}} s',
  },
  assembly: {
    title: 'Assembly',
    hybrid: 'Hybrid',
    edit: 'Change the date, title or kind',
    deliveries: 'Deliveries of the convocation',
    windowTitle: 'When',
    opensAt: 'Opens',
    closesAt: 'Closes',
    windowRule: 'The room stays open exactly 24 hours, so that members in every time zone can take part (R.6).',
    windowDst_one:
      'On the clock of {{zone}} these 24 hours read as {{count}} hour: the clocks change during the assembly.',
    windowDst_other:
      'On the clock of {{zone}} these 24 hours read as {{count}} hours: the clocks change during the assembly.',
    cancelledTitle: 'This assembly is cancelled',
    cancelledBy: 'Cancelled on {{date}} by {{name}}, for this reason:',
  },
  agenda: {
    title: 'Agenda',
    empty: 'The agenda is empty.',
    emptyTable: 'The agenda is empty: add the first item below. The convocation needs at least one.',
    member: 'Member concerned:',
    moveUp: 'Up',
    moveDown: 'Down',
    remove: 'Remove',
    removeConfirm: 'Remove “{{title}}” and its documents from the agenda?',
    removeYes: 'Yes, remove',
    documents: 'Documents',
    attach: 'Attach a document',
    attachTo: 'to “{{title}}”',
    attachHint: 'PDF, office document or image, at most 10 MB. It is sent as soon as you choose it.',
    uploading: 'Sending {{name}}…',
    uploaded: '{{name}} is attached.',
  },
  agendaForm: {
    title: 'Add an item to the agenda',
    kind: 'Kind of item',
    kindHint: {
      ordinary:
        'An ordinary assembly decides, validates admissions and decides exclusions; statutes, internal rules and elections belong to an extraordinary one.',
      extraordinary:
        'An extraordinary assembly decides, changes the statutes and internal rules, elects the bodies and decides exclusions; admissions are validated by an ordinary one.',
    },
    itemTitle: 'Title of the item',
    description: 'Description',
    descriptionHint:
      'What the members should know before the assembly. The documents are attached once the item is added.',
    member: 'Member concerned',
    memberHint: {
      admission: 'A member approved by the Direction and waiting for validation; leave empty to validate them all.',
      exclusion: 'A member whose exclusion the Direction proposed.',
    },
    memberNone: 'None in particular',
    add: 'Add to the agenda',
    added: '“{{title}}” is on the agenda.',
  },
  proposals: {
    title: 'Items the statutes ask for',
    intro: 'Not on the agenda yet. Each one is added as it stands; you can then change or remove it.',
    reason: {
      statutory_report_and_accounts:
        'S.6: the spring assembly approves the report of the Direction and the accounts of last year.',
      statutory_action_plan_and_budget:
        'S.6: the assembly at the end of the year approves the action plan and the budget of next year.',
      admission_validation: 'S.11: members approved by the Direction wait for the validation of an ordinary assembly.',
      exclusion_due: 'S.11: an exclusion proposed at least one month before the opening may be decided.',
    },
    add: 'Add to the agenda',
  },
} as const;
