/** What the Table is told before an act it cannot take back: who is e-mailed, what stays final. */
export const confirmationMessages = {
  confirm: {
    convene: {
      title: 'Convene the assembly?',
      updateTitle: 'Send the updated convocation?',
      emails_one:
        '{{count}} e-mail goes now, one to each person representing a member ({{members}} members in all), with the agenda and the personal link.',
      emails_other:
        '{{count}} e-mails go now, one to each person representing a member ({{members}} members in all), with the agenda and the personal link.',
      final:
        'A convocation cannot be taken back: once it has gone, only a cancellation, e-mailed to everyone, stops the assembly.',
      yes: 'Yes, convene',
      updateYes: 'Yes, send the update',
      keep: 'Not now',
    },
    cancel: {
      emails_one:
        'An e-mail with your reason goes to {{count}} person, who represents the {{members}} members convened.',
      emails_other:
        'An e-mail with your reason goes to {{count}} people, who represent the {{members}} members convened.',
    },
    closeVote: {
      title: 'Close this vote now?',
      turnout_one: '{{count}} of the {{voting}} voting members has voted so far.',
      turnout_other: '{{count}} of the {{voting}} voting members have voted so far.',
      quorum:
        'This motion needs the quorum: {{required}} of the {{voting}} voting members present or represented. {{total}} are now.',
      quorumShort: 'Counted now, it is “not decided (quorum not reached)”, whatever the votes.',
      noQuorum: 'No quorum applies: the majority of the ballots cast decides.',
      final:
        'The ballots are counted at once and the result is shown to everyone; nobody can vote on this motion afterwards.',
      yes: 'Yes, close and count',
      keep: 'Keep the vote open',
    },
    closeRound: {
      title: 'Close round {{round}} now?',
      final:
        'Nobody can vote in this round afterwards. Its encrypted ballots are counted once enough trustees have given their shares of the decryption.',
      yes: 'Yes, close the round',
      keep: 'Keep the round open',
    },
    publish: {
      title: 'Publish these minutes?',
      emails_one: 'They go now by e-mail, with the PDF, to {{count}} person representing {{members}} members.',
      emails_other: 'They go now by e-mail, with the PDF, to {{count}} people representing {{members}} members.',
      final:
        'A published version never changes: a mistake is mended only by a correction, a new version e-mailed again.',
      yes: 'Yes, publish',
      keep: 'Not yet',
    },
  },
};
