/** Who sends a request in the input tests: nobody signed in, or one of the demo's people by role. */
export type Who = 'anonymous' | 'table' | 'secretariat' | 'direction' | 'member';

/** The records an input test creates first, which example paths point at. */
export interface Ids {
  assemblyId: string;
  itemId: string;
  draftId: string;
}

/** A request a route would accept: who sends it, to which address, with which body. */
export interface RouteExample {
  name: string;
  path: (ids: Ids) => string;
  who: Who;
  valid: (ids: Ids) => object;
}

/**
 * A body each JSON route of the route table would accept, keyed by the route's method and path
 * as the table writes them. The input tests take every route with a body from the table and fail
 * on one that has no example here, so a new route cannot escape them.
 */
export const routeExamples: Record<string, RouteExample> = {
  'POST /api/auth/sign-in': {
    name: 'asking for a sign-in link',
    path: () => '/api/auth/sign-in',
    who: 'anonymous',
    valid: () => ({ email: 'ekaterina.smoroda@example.org' }),
  },
  'POST /api/auth/sign-in/complete': {
    name: 'completing a sign-in',
    path: () => '/api/auth/sign-in/complete',
    who: 'anonymous',
    valid: () => ({ token: 'abc.def' }),
  },
  'POST /api/auth/assembly-link': {
    name: 'opening a personal link',
    path: () => '/api/auth/assembly-link',
    who: 'anonymous',
    valid: () => ({ token: 'abc.def' }),
  },
  'PATCH /api/me': {
    name: 'changing a profile',
    path: () => '/api/me',
    who: 'member',
    valid: () => ({ language: 'en', timeZone: 'Europe/Moscow', name: 'Ekaterina Smoroda' }),
  },
  'POST /api/assemblies': {
    name: 'drafting an assembly',
    path: () => '/api/assemblies',
    who: 'table',
    valid: () => ({ kind: 'ordinary', title: 'Winter assembly', opensAt: '2028-01-12T10:00:00+01:00', hybrid: false }),
  },
  'PATCH /api/assemblies/:id': {
    name: 'changing a draft assembly',
    path: (ids) => `/api/assemblies/${ids.draftId}`,
    who: 'table',
    valid: () => ({
      kind: 'extraordinary',
      title: 'Winter assembly',
      opensAt: '2028-01-12T10:00:00+01:00',
      hybrid: true,
    }),
  },
  'POST /api/assemblies/:id/agenda': {
    name: 'adding an agenda item',
    path: (ids) => `/api/assemblies/${ids.draftId}/agenda`,
    who: 'table',
    valid: () => ({
      kind: 'exclusion',
      title: 'Exclusion of member 42',
      description: 'Dues unpaid.',
      subjectMemberNo: 42,
    }),
  },
  'PATCH /api/members/:memberNo': {
    name: 'correcting a member',
    path: () => '/api/members/42',
    who: 'secretariat',
    valid: () => ({ organisation: 'Городской совет', population: 120_000, territoryNo: 7 }),
  },
  'POST /api/members/:memberNo/representative': {
    name: 'designating a representative',
    path: () => '/api/members/42/representative',
    who: 'secretariat',
    valid: () => ({
      newPerson: { name: 'Giulia Rossi', email: 'giulia.rossi@example.org', language: 'en', timeZone: 'Europe/Rome' },
    }),
  },
  'PATCH /api/people/:personId': {
    name: 'correcting a person',
    path: () => '/api/people/secretariat',
    who: 'secretariat',
    valid: () => ({
      name: 'Secretariat',
      email: 'secretariat@example.org',
      language: 'fr',
      timeZone: 'Europe/Brussels',
    }),
  },
  'POST /api/dues/payments': {
    name: 'recording a payment of dues',
    path: () => '/api/dues/payments',
    who: 'secretariat',
    valid: () => ({ memberNo: 57, year: 2026, amount: 18.5, paidOn: '2026-03-02' }),
  },
  'POST /api/admissions': {
    name: 'asking to join',
    path: () => '/api/admissions',
    who: 'anonymous',
    valid: () => ({
      college: 'effective',
      organisation: 'Coopérative de Kolda',
      country: 'Senegal',
      continent: 'Africa',
      territory: 'Kolda',
      platformType: 'Cooperative',
      population: 80_000,
      proposedByMemberNo: null,
      criteria: 'A local platform of the territory, with the municipality and the associations.',
      contact: { name: 'Awa Diallo', email: 'awa.diallo@example.org', language: 'fr', timeZone: 'Africa/Dakar' },
    }),
  },
  'POST /api/admissions/:memberNo/decision': {
    name: 'deciding an admission',
    path: () => '/api/admissions/42/decision',
    who: 'direction',
    valid: () => ({ approve: true, reason: 'Meets the criteria of its college.' }),
  },
  'POST /api/exclusions': {
    name: 'proposing an exclusion',
    path: () => '/api/exclusions',
    who: 'direction',
    valid: () => ({
      memberNo: 42,
      ground: 'unmet_obligations',
      reasons: 'No dues paid since 2021, after three reminders.',
    }),
  },
  'POST /api/assemblies/:id/proxies': {
    name: 'giving a proxy',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/proxies`,
    who: 'member',
    valid: () => ({ grantorMemberNo: 34, holderMemberNo: 35 }),
  },
  'POST /api/assemblies/:id/motions': {
    name: 'opening a vote',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/motions`,
    who: 'table',
    valid: (ids) => ({
      itemId: ids.itemId,
      kind: 'ordinary_decision',
      title: 'Accounts of 2026',
      text: 'The accounts are approved.',
      secret: false,
      subjectMemberNo: null,
      agendaChange: null,
      amendedText: null,
    }),
  },
  'POST /api/assemblies/:id/motions/:motionId/ballots': {
    name: 'voting',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/motions/m000000/ballots`,
    who: 'member',
    valid: () => ({
      ballots: [
        { memberNo: 34, choice: 'for' },
        { memberNo: 35, choice: 'abstain' },
      ],
    }),
  },
  'POST /api/assemblies/:id/candidacies': {
    name: 'standing for an office',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/candidacies`,
    who: 'member',
    valid: () => ({ body: 'direction', office: 'president', memberNo: 34, person: 'Ekaterina Smoroda' }),
  },
  'POST /api/assemblies/:id/elections': {
    name: 'opening an election',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/elections`,
    who: 'table',
    valid: (ids) => ({ itemId: ids.itemId, body: 'audit_council', office: 'secretary' }),
  },
  'PUT /api/assemblies/:id/trustees': {
    name: 'choosing the trustees',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/trustees`,
    who: 'table',
    valid: () => ({ personIds: ['p000001', 'p000002'], threshold: 2 }),
  },
  'POST /api/assemblies/:id/trustees/steps': {
    name: 'sending a piece of the election key',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/trustees/steps`,
    who: 'table',
    valid: () => ({ step: 'certificate', piece: '{"message":"x","signature":{"challenge":"1","response":"1"}}' }),
  },
  'POST /api/assemblies/:id/motions/:motionId/encrypted-ballots': {
    name: 'casting encrypted ballots on a motion',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/motions/m000000/encrypted-ballots`,
    who: 'member',
    valid: () => ({ ballots: [{ memberNo: 34, ballot: '{"credential":"x","answers":[],"signature":null}' }] }),
  },
  'POST /api/assemblies/:id/motions/:motionId/partial-decryption': {
    name: "sending a share of a motion's decryption",
    path: (ids) => `/api/assemblies/${ids.assemblyId}/motions/m000000/partial-decryption`,
    who: 'table',
    valid: () => ({ partial: '{"decryption_factors":[],"decryption_proofs":[]}' }),
  },
  'POST /api/assemblies/:id/elections/:electionId/rounds/:round/encrypted-ballots': {
    name: 'casting encrypted ballots in an election round',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/elections/e000000/rounds/1/encrypted-ballots`,
    who: 'member',
    valid: () => ({ ballots: [{ memberNo: 34, ballot: '{"credential":"x","answers":[],"signature":null}' }] }),
  },
  'POST /api/assemblies/:id/elections/:electionId/rounds/:round/partial-decryption': {
    name: "sending a share of an election round's decryption",
    path: (ids) => `/api/assemblies/${ids.assemblyId}/elections/e000000/rounds/1/partial-decryption`,
    who: 'table',
    valid: () => ({ partial: '{"decryption_factors":[],"decryption_proofs":[]}' }),
  },
  'POST /api/assemblies/:id/minutes/corrections': {
    name: 'correcting the minutes',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/minutes/corrections`,
    who: 'table',
    valid: () => ({ note: 'The count of item 2 was wrong.' }),
  },
  'PUT /api/assemblies/:id/minutes/:version/statement': {
    name: 'writing the statement of the minutes',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/minutes/1/statement`,
    who: 'table',
    valid: () => ({ statement: 'The assembly went well.', revision: 0 }),
  },
  'POST /api/assemblies/:id/minutes/:version/signatures': {
    name: 'signing the minutes',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/minutes/1/signatures`,
    who: 'table',
    valid: () => ({ role: 'president', digest: 'a'.repeat(64) }),
  },
  'POST /api/assemblies/:id/minutes/:version/publish': {
    name: 'publishing the minutes',
    path: (ids) => `/api/assemblies/${ids.assemblyId}/minutes/1/publish`,
    who: 'table',
    valid: () => ({ digest: 'a'.repeat(64) }),
  },
  'POST /api/assemblies/:id/agenda/:itemId/move': {
    name: 'moving an agenda item',
    path: (ids) => `/api/assemblies/${ids.draftId}/agenda/i000000/move`,
    who: 'table',
    valid: () => ({ to: 0 }),
  },
  'POST /api/assemblies/:id/cancel': {
    name: 'cancelling an assembly',
    path: (ids) => `/api/assemblies/${ids.draftId}/cancel`,
    who: 'table',
    valid: () => ({ reason: 'The venue of the hybrid part is closed that week.' }),
  },
};
