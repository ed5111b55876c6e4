import type { MinutesSources } from '@shared/rules/minutesSources';
import type { Assembly } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { RoomMessage } from '@shared/schemas/room';
import type { Motion, MotionTally } from '@shared/schemas/voting';
import { countChoices, tallyMotion } from '@shared/rules/tally';
import { tallyElectionRound } from '@shared/rules/elections';
import type { ElectionRoundTally, StoredCandidacy } from '@shared/schemas/election';
import { loadFoundingRegister } from './foundingRegister';

// One held assembly of the founding register, as the stores would hand it to the minutes: the minutes' tests read it.

const members: Member[] = loadFoundingRegister().map((row) => row.member);
export const hour = 3_600_000;
export const day = 24 * hour;
export const opensAt = '2027-03-13T09:00:00.000Z';
export const closesAt = '2027-03-14T09:00:00.000Z';
export const after = (ms: number) => new Date(Date.parse(opensAt) + ms).toISOString();

const assembly: Assembly = {
  id: 'a1',
  kind: 'extraordinary',
  title: 'Assemblée de printemps',
  opensAt,
  closesAt,
  referenceTimeZone: 'Europe/Brussels',
  hybrid: false,
  status: 'convened',
  createdAt: '2027-01-10T09:00:00.000Z',
  createdBy: 'Helder Guerreiro',
  agenda: [
    {
      id: 'iBudget',
      kind: 'ordinary_decision',
      title: 'Budget 2028',
      description: 'The budget.',
      subjectMemberNo: null,
      documentIds: [],
      addedAt: '2027-01-10T09:00:00.000Z',
    },
    {
      id: 'iSeat',
      kind: 'statute_change',
      title: 'Article 4: the seat',
      description: '',
      subjectMemberNo: null,
      documentIds: [],
      addedAt: '2027-01-10T09:00:00.000Z',
    },
    {
      id: 'iElect',
      kind: 'election',
      title: 'Election of the Direction',
      description: '',
      subjectMemberNo: null,
      documentIds: [],
      addedAt: '2027-01-10T09:00:00.000Z',
    },
  ],
  dispatches: [
    { no: 1, at: '2027-02-01T09:00:00.000Z', by: 'Giusto Maniscalchi', reason: 'convocation' },
    { no: 2, at: '2027-02-05T09:00:00.000Z', by: 'Fayçal Kaabi', reason: 'agenda_update' },
  ],
  unsentChanges: false,
  cancelled: null,
};

const message = (id: string, thread: string, body: string, extra: Partial<RoomMessage> = {}): RoomMessage => ({
  id,
  assemblyId: 'a1',
  thread,
  replyTo: null,
  author: { personId: 'samuel', name: 'Samuel Thirion', speaksFor: [{ memberNo: 57, organisation: 'CRP Brava' }] },
  body,
  postedAt: after(Number(id.split('-')[0]) - Date.parse(opensAt)),
  versions: [],
  withdrawnAt: null,
  hidden: null,
  pinned: false,
  clientId: `c${id}`,
  version: 1,
  ...extra,
});
const t0 = Date.parse(opensAt);

const motion = (
  id: string,
  itemId: string,
  secret: boolean,
  openedAfter: number,
  kind: Motion['kind'] = 'ordinary_decision',
): Motion => ({
  id,
  assemblyId: 'a1',
  itemId,
  kind,
  title: `Motion ${id}`,
  text: `The text of ${id}.`,
  secret,
  subjectMemberNo: null,
  openedAt: after(openedAfter),
  openedBy: 'Giusto Maniscalchi',
});
const tally = (motionId: string, kind: Motion['kind'], choices: Array<'for' | 'against' | 'abstain'>): MotionTally => ({
  motionId,
  talliedAt: closesAt,
  result: tallyMotion(kind, 'extraordinary', countChoices(choices.map((choice) => ({ choice }))), {
    votingMembers: 104,
    present: 3,
    represented: 1,
  }),
  receipts: choices.map((_, index) => String(index).padStart(64, 'a')),
  chainHead: 'f'.repeat(64),
});

const candidacy = (
  id: string,
  memberNo: number,
  person: string,
  filedAt: string,
  withdrawnAt: string | null = null,
): StoredCandidacy => ({
  id,
  assemblyId: 'a1',
  body: 'direction',
  office: 'president',
  memberNo,
  person,
  filedAt,
  filedBy: person,
  withdrawnAt,
});
const ballots = (votes: Array<[number | null, number]>) =>
  votes.flatMap(([candidateMemberNo, count]) => Array.from({ length: count }, () => ({ candidateMemberNo })));
const round = (n: 1 | 2, candidates: number[], votes: Array<[number | null, number]>): ElectionRoundTally => ({
  electionId: 'e1',
  round: n,
  talliedAt: after(n * 4 * hour),
  result: tallyElectionRound(n, candidates, ballots(votes)),
  receipts: ballots(votes).map((_, index) => `${n}${String(index).padStart(63, '0')}`),
  chainHead: String(n).repeat(64),
});

export const sources: MinutesSources = {
  assembly,
  members,
  people: [
    { id: 'samuel', name: 'Samuel Thirion' },
    { id: 'lhoussaine', name: 'Lhoussaine Aitbrahim' },
    { id: 'giusto', name: 'Giusto Maniscalchi' },
  ],
  attendance: [
    { memberNo: 68, personId: 'lhoussaine', at: after(2 * hour) },
    { memberNo: 57, personId: 'samuel', at: after(hour) },
    { memberNo: 3, personId: 'giusto', at: after(3 * hour) },
  ],
  proxies: [
    {
      id: 'x1',
      grantorMemberNo: 66,
      holderMemberNo: 57,
      grantedAt: '2027-03-12T08:00:00.000Z',
      grantedBy: 'Radhouen Bouden',
      revokedAt: '2027-03-12T08:30:00.000Z',
    },
    {
      id: 'x2',
      grantorMemberNo: 66,
      holderMemberNo: 68,
      grantedAt: '2027-03-12T09:00:00.000Z',
      grantedBy: 'Radhouen Bouden',
      revokedAt: null,
    },
    // The grantor came itself: present, not represented.
    {
      id: 'x3',
      grantorMemberNo: 3,
      holderMemberNo: 68,
      grantedAt: '2027-03-12T10:00:00.000Z',
      grantedBy: 'Giusto Maniscalchi',
      revokedAt: null,
    },
    // The holder never came: the grantor is absent.
    {
      id: 'x4',
      grantorMemberNo: 34,
      holderMemberNo: 1,
      grantedAt: '2027-03-12T11:00:00.000Z',
      grantedBy: 'Ekaterina Smoroda',
      revokedAt: null,
    },
  ],
  motions: [
    // Opened second on the first item: it comes second.
    {
      motion: motion('m2', 'iBudget', false, 5 * hour),
      tally: tally('m2', 'ordinary_decision', ['against']),
      ballots: [{ memberNo: 68, choice: 'against', castAs: 'own', castAt: after(6 * hour) }],
      archive: null,
    },
    {
      motion: motion('m1', 'iBudget', false, 4 * hour),
      tally: tally('m1', 'ordinary_decision', ['for', 'against', 'for']),
      ballots: [
        { memberNo: 68, choice: 'against', castAs: 'own', castAt: after(5 * hour) },
        { memberNo: 57, choice: 'for', castAs: 'own', castAt: after(5 * hour) },
        { memberNo: 66, choice: 'for', castAs: 'proxy', castAt: after(5 * hour) },
      ],
      archive: null,
    },
    // A secret ballot never lists members, even if a caller passed its voters.
    {
      motion: motion('m3', 'iSeat', true, 4 * hour, 'statute_change'),
      tally: tally('m3', 'statute_change', ['for', 'for']),
      ballots: [{ memberNo: 57, choice: 'for', castAs: 'own', castAt: after(5 * hour) }],
      archive: { file: 'Q9k2d7bXf3sT1a.bel', sha256: 'b'.repeat(64) },
    },
    // A motion on an item dropped on the day.
    { motion: motion('m4', 'iGone', false, 2 * hour), tally: null, ballots: [], archive: null },
  ],
  elections: [
    {
      election: {
        id: 'e1',
        assemblyId: 'a1',
        itemId: 'iElect',
        body: 'direction',
        office: 'president',
        candidates: [34, 57, 68],
        openedAt: after(hour),
        openedBy: 'Giusto Maniscalchi',
      },
      // Round two listed first: the minutes put the rounds in order.
      rounds: [
        round(
          2,
          [34, 68],
          [
            [34, 24],
            [68, 28],
          ],
        ),
        round(
          1,
          [34, 57, 68],
          [
            [34, 24],
            [68, 19],
            [57, 9],
            [null, 7],
          ],
        ),
      ],
      archives: [{ round: 1, file: 'R1bXf3sT1aQ9k2.bel', sha256: 'd'.repeat(64) }],
    },
  ],
  candidacies: [
    candidacy('c1', 68, 'Lhoussaine Aitbrahim', '2027-03-01T09:00:00.000Z', '2027-03-02T09:00:00.000Z'),
    candidacy('c2', 68, 'Aicha Bennani', '2027-03-03T09:00:00.000Z'),
    candidacy('c3', 34, 'Ekaterina Smoroda', '2027-03-01T09:00:00.000Z'),
    candidacy('c4', 57, '', '2027-03-01T09:00:00.000Z'),
  ],
  messages: [
    message(`${t0 + 3 * hour}-0`, 'iBudget', 'I answer.', {
      replyTo: `${t0 + hour}-0`,
      via: 'email',
      author: {
        personId: 'lhoussaine',
        name: 'Lhoussaine Aitbrahim',
        speaksFor: [{ memberNo: 68, organisation: 'PMA Agadir' }],
      },
    }),
    message(`${t0 + hour}-0`, 'iBudget', 'Budget first.'),
    message(`${t0 + 2 * hour}-0`, 'iBudget', 'Durbuy vote pour.', {
      hidden: {
        by: 'Giusto Maniscalchi',
        reason: 'Vote announced before the ballot opens',
        at: after(2 * hour + 60_000),
      },
    }),
    message(`${t0 + 2 * hour}-1`, 'general', 'On reprend demain ?', {
      withdrawnAt: after(2 * hour + 5 * 60_000),
      versions: [{ body: 'On reprend ?', replacedAt: after(2 * hour + 60_000) }],
    }),
    message(`${t0 + 4 * hour}-0`, 'general', 'Merci à toutes et à tous.', {
      author: {
        personId: 'carine',
        name: 'Carine Jansen',
        speaksFor: [{ memberNo: 105, organisation: 'Carine Jansen (DiCS Director)' }],
      },
    }),
    message(`${t0 + 5 * hour}-0`, 'iGone', 'About the dropped item.'),
  ],
  auditHead: { seq: 42, hash: 'c'.repeat(64) },
  draftedAt: closesAt,
};
