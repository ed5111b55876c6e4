/**
 * Every Redis key Agora uses, built in one place. A prefix separates installs (and tests) that
 * share one Redis server.
 */
export function redisKeys(prefix: string) {
  const key = (...parts: Array<string | number>) => [prefix, ...parts].join(':');
  // A secret vote's box: a motion's id, or a round's `<electionId>.r<round>` (kept with its election).
  const box = (boxId: string, name: string) => {
    const round = /^(.+)\.r([12])$/.exec(boxId);
    return round ? key('election', round[1] ?? '', `round${round[2]}`, name) : key('motion', boxId, name);
  };
  return {
    prefix,
    /** BullMQ's own prefix for the queues of this install. */
    queues: key('jobs'),
    /** incremented by every change of the register, so concurrent edits cannot overwrite each other */
    registerVersion: key('register', 'version'),
    /** hash memberNo -> the exclusion the Direction proposed (JSON) */
    exclusions: key('exclusions'),
    /** hash memberNo -> the admission request as submitted (JSON) */
    admissions: key('admissions'),
    /** stream of every change of state: who, when, what, before and after (append-only) */
    audit: key('audit'),
    /** hash {seq, hash}: the audit chain's last link */
    auditHead: key('audit', 'head'),
    /** hash paymentId -> DuesPayment (JSON): the dues each member paid, year by year (R.9) */
    duesPayments: key('dues', 'payments'),
    /** hash memberNo -> Member (JSON) */
    members: key('members'),
    /** hash memberNo -> "college status": what the voting rules read of each member, kept with `members` */
    memberStandings: key('members', 'standings'),
    /** hash "college status" -> how many members have it, kept with `memberStandings` */
    standingCounts: key('members', 'standing-counts'),
    /** hash personId -> Person (JSON) */
    people: key('people'),
    /** hash e-mail -> personId */
    peopleByEmail: key('people', 'by-email'),
    /** hash memberNo -> personId of the current representative (S.2) */
    representatives: key('representatives'),
    /** list of designations of one member, oldest first (JSON) */
    designations: (memberNo: number) => key('member', memberNo, 'designations'),
    /** hash "body:office" -> BodySeat (JSON) */
    bodySeats: key('body-seats'),
    /** set of personIds who work for the secretariat (R.8) */
    secretariat: key('secretariat'),
    /** the key that signs links, shared by every process of the install */
    linkSecret: key('secret', 'links'),
    /** a signed-in session (JSON), expiring */
    session: (sessionId: string) => key('session', sessionId),
    /** set of the session ids of one person, to sign out everywhere */
    personSessions: (personId: string) => key('person', personId, 'sessions'),
    /** an issued single-use link, deleted when spent */
    link: (linkId: string) => key('link', linkId),
    /** a fixed-window counter for rate limits */
    rate: (scope: string, subject: string) => key('rate', scope, subject),
    /** hash assemblyId -> Assembly (JSON, with its version) */
    assemblies: key('assemblies'),
    /** hash documentId -> AssemblyDocument (JSON) of one assembly */
    documents: (assemblyId: string) => key('assembly', assemblyId, 'documents'),
    /** the bytes of one document */
    documentContent: (documentId: string) => key('document', documentId),
    /** hash memberNo -> Delivery (JSON): where each member's convocation stands */
    deliveries: (assemblyId: string) => key('assembly', assemblyId, 'deliveries'),
    /** stream of every change of an assembly room's messages, in order (the catch-up log) */
    roomLog: (assemblyId: string) => key('assembly', assemblyId, 'room', 'log'),
    /** hash messageId -> RoomMessage (JSON, current state) */
    roomMessages: (assemblyId: string) => key('assembly', assemblyId, 'room', 'messages'),
    /** hash clientId -> messageId: a message resent after a lost acknowledgement counts once */
    roomClientIds: (assemblyId: string) => key('assembly', assemblyId, 'room', 'client-ids'),
    /** hash memberNo -> the first join during the window (JSON): the attendance register */
    attendance: (assemblyId: string) => key('assembly', assemblyId, 'attendance'),
    /** hash grantId -> proxy grant (JSON) of one assembly, revoked ones kept */
    proxies: (assemblyId: string) => key('assembly', assemblyId, 'proxies'),
    /** the signed mandate of a proxy (binary), when one was attached */
    proxyMandate: (proxyId: string) => key('proxy', proxyId, 'mandate'),
    /** incremented by every grant or revocation, so two grants at once cannot make a chain */
    proxiesVersion: (assemblyId: string) => key('assembly', assemblyId, 'proxies', 'version'),
    /** set of the grantIds a holder has voted with: such a proxy can no longer be revoked (R.7) */
    proxiesUsed: (assemblyId: string) => key('assembly', assemblyId, 'proxies', 'used'),
    /** hash motionId -> Motion (JSON) of one assembly */
    motions: (assemblyId: string) => key('assembly', assemblyId, 'motions'),
    /** hash candidacyId -> candidacy (JSON) of one assembly, withdrawn ones kept (R.5) */
    candidacies: (assemblyId: string) => key('assembly', assemblyId, 'candidacies'),
    /** hash "memberNo:body:office" -> the standing candidacy's id: one per member and office */
    candidacySeats: (assemblyId: string) => key('assembly', assemblyId, 'candidacies', 'seats'),
    /** hash electionId -> Election (JSON): the election of one office */
    elections: (assemblyId: string) => key('assembly', assemblyId, 'elections'),
    /** hash memberNo -> how and when it voted in a round of an election, never for whom */
    roundVoters: (electionId: string, round: number) => key('election', electionId, `round${round}`, 'voters'),
    /** set of "receiptHash|candidate or blank" of a round, linked to no member */
    roundChoices: (electionId: string, round: number) => key('election', electionId, `round${round}`, 'choices'),
    /** a round's tally (JSON), written once */
    roundTally: (electionId: string, round: number) => key('election', electionId, `round${round}`, 'tally'),
    /** hash memberNo -> the member's current named ballot (JSON) */
    namedBallots: (motionId: string) => key('motion', motionId, 'ballots'),
    /** list of every named ballot cast, in order: the history */
    ballotHistory: (motionId: string) => key('motion', motionId, 'history'),
    /** hash memberNo -> how and when it voted in a secret vote (a motion or a round: its box), without its choice */
    secretVoters: (boxId: string) => box(boxId, 'voters'),
    /** set of "receiptHash|choice": a secret motion's votes, unordered and unlinked */
    secretChoices: (motionId: string) => key('motion', motionId, 'choices'),
    /** list of a secret vote's Belenios ballots (encrypted), in the order cast */
    encryptedBallots: (boxId: string) => box(boxId, 'encrypted'),
    /** hash of a secret vote's Belenios election: record, credentials, shares, result */
    secretElection: (boxId: string) => box(boxId, 'belenios'),
    /** a secret vote's encrypted tally and (a motion's) the attendance it is counted with (JSON), written once */
    secretCount: (boxId: string) => box(boxId, 'count'),
    /** hash of an assembly's trustees: who, the threshold, each one's pieces of the key, the key */
    trustees: (assemblyId: string) => key('assembly', assemblyId, 'trustees'),
    /** the stored tally of a motion, written once */
    motionTally: (motionId: string) => key('motion', motionId, 'tally'),
    /** hash version number -> MinutesVersion (JSON) of one assembly's minutes; a published one never changes */
    minutes: (assemblyId: string) => key('assembly', assemblyId, 'minutes'),
    /** written (with an expiry) just before each WAIT, so the WAIT covers what the process read as well as wrote */
    replicationMark: key('replication', 'mark'),
    /** pub/sub channel between the worker and the web processes (room opened, person changed) */
    liveChannel: key('live'),
    /** counter of an assembly's announced phase changes: clients ignore one they saw already */
    phaseSequence: (assemblyId: string) => key('assembly', assemblyId, 'phase', 'seq'),
    /** set once a phase of an assembly's window was announced, so a retried job does not announce it again */
    phaseAnnounced: (assemblyId: string, opensAt: string, phase: string) =>
      key('assembly', assemblyId, 'phase', Date.parse(opensAt), phase),
    /** stream of the messages the built-in outbox received */
    outbox: key('outbox'),
    /** a Message-ID the outbox received already */
    outboxSeen: (messageId: string) => key('outbox', 'seen', messageId),
    /** Socket.IO's Redis streams adapter: its stream, pub/sub channels and recovery sessions */
    socketStream: key('socket.io'),
    socketChannels: key('socket.io'),
    socketSessions: key('socket.io', 'session') + ':',
    /** the worker's last check of the mail transport (JSON) */
    mailStatus: key('status', 'mail'),
    /** hash version number -> TextVersion (JSON) of a governing text ("statutes", "rules"): R.12, never rewritten */
    textVersions: (text: string) => key('text', text, 'versions'),
    /** hash motionId -> "text:number": the version an adopted statute or rules change made, one per motion */
    textAdoptions: key('text', 'adoptions'),
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
