import type { Assembly } from '../schemas/assembly';
import type { BallotChoice, CastAs } from '../schemas/ballot';
import type { Election, ElectionRoundTally, StoredCandidacy } from '../schemas/election';
import type { Member } from '../schemas/member';
import type {
  MinutesAttendance,
  MinutesContent,
  MinutesElection,
  MinutesItem,
  MinutesMember,
  MinutesMessage,
  MinutesMotion,
  MinutesNotice,
} from '../schemas/minutes';
import type { RoomMessage } from '../schemas/room';
import type { Motion, MotionTally } from '../schemas/voting';
import { type Statutes, togetherStatutes } from '../statutes';
import { isVoting } from './members';
import { earliestOpensAt, noticeVerdict } from './notice';
import { compareMessageIds } from './discussion';
import { assemblyPhase } from './assemblies';

/** Everything the minutes are built from, as the stores hold it when they are drafted. */
export interface MinutesSources {
  assembly: Assembly;
  members: readonly Member[];
  people: ReadonlyArray<{ id: string; name: string }>;
  /** The first join during the window of each member (the attendance register). */
  attendance: ReadonlyArray<{ memberNo: number; personId: string; at: string }>;
  proxies: ReadonlyArray<{
    id: string;
    grantorMemberNo: number;
    holderMemberNo: number;
    grantedAt: string;
    grantedBy: string;
    revokedAt: string | null;
  }>;
  motions: ReadonlyArray<{
    motion: Motion;
    tally: MotionTally | null;
    ballots: ReadonlyArray<{ memberNo: number; choice: BallotChoice; castAs: CastAs; castAt: string }>;
  }>;
  elections: ReadonlyArray<{ election: Election; rounds: readonly ElectionRoundTally[] }>;
  candidacies: readonly StoredCandidacy[];
  messages: readonly RoomMessage[];
  auditHead: { seq: number; hash: string };
  draftedAt: string;
}

/** RULES.md §5: an assembly has minutes once its room closed (held); a cancelled one, or one not yet over, has none. */
export function isHeld(assembly: Pick<Assembly, 'status' | 'opensAt' | 'closesAt'>, now: Date): boolean {
  const phase = assemblyPhase(assembly, now);
  return phase === 'closed' || phase === 'minutes_published';
}

const dayMs = 86_400_000;
const hundredths = (ms: number) => Math.round((ms / dayMs) * 100) / 100;

/** R.6, R.7: the notice the first convocation gave, against the notice required for the kind. */
export function minutesNotice(
  assembly: Pick<Assembly, 'kind' | 'opensAt' | 'dispatches'>,
  statutes: Statutes = togetherStatutes,
): MinutesNotice {
  const first =
    assembly.dispatches.find((dispatch) => dispatch.reason === 'convocation') ?? assembly.dispatches[0] ?? null;
  const opensAt = new Date(assembly.opensAt);
  const firstDispatchAt = first ? new Date(first.at) : null;
  const verdict = noticeVerdict(assembly.kind, opensAt, firstDispatchAt, statutes);
  const earliest = firstDispatchAt ? earliestOpensAt(assembly.kind, firstDispatchAt, statutes) : null;
  return {
    ok: verdict.ok,
    firstDispatchAt: firstDispatchAt?.toISOString() ?? null,
    earliestOpensAt: earliest?.toISOString() ?? null,
    givenDays: firstDispatchAt ? hundredths(opensAt.getTime() - firstDispatchAt.getTime()) : null,
    requiredDays: firstDispatchAt && earliest ? hundredths(earliest.getTime() - firstDispatchAt.getTime()) : null,
    period: { unit: verdict.notice.unit, amount: verdict.notice.amount },
  };
}

/**
 * The register of attendance (RULES.md §4 Readings): a voting member is present once its
 * representative joined during the window; represented when not present and the holder of its
 * proxy in force is present (the same reading as the quorum's). Associates who joined or posted
 * took part without voting.
 */
export function minutesAttendance(
  sources: Pick<MinutesSources, 'members' | 'people' | 'attendance' | 'proxies' | 'messages'>,
  statutes: Statutes = togetherStatutes,
): MinutesAttendance {
  const members = new Map(sources.members.map((member) => [member.memberNo, member]));
  const names = new Map(sources.people.map((person) => [person.id, person.name]));
  const ref = (memberNo: number) => minutesMember(members.get(memberNo), memberNo);
  const voting = new Set(
    sources.members.filter((member) => isVoting(member, statutes)).map((member) => member.memberNo),
  );
  const joined = [...sources.attendance].sort((a, b) => a.memberNo - b.memberNo);
  const present = new Set(joined.filter((entry) => voting.has(entry.memberNo)).map((entry) => entry.memberNo));

  const representedMembers: MinutesAttendance['representedMembers'] = [];
  const seen = new Set<number>();
  for (const proxy of sources.proxies) {
    if (proxy.revokedAt !== null || seen.has(proxy.grantorMemberNo)) continue;
    if (!voting.has(proxy.grantorMemberNo) || present.has(proxy.grantorMemberNo) || !present.has(proxy.holderMemberNo))
      continue;
    seen.add(proxy.grantorMemberNo);
    representedMembers.push({ ...ref(proxy.grantorMemberNo), holder: ref(proxy.holderMemberNo) });
  }
  representedMembers.sort((a, b) => a.memberNo - b.memberNo);

  // Associates: their first join, else their first message (the room records joins of voting members only).
  const associates = new Map<number, MinutesAttendance['associates'][number]>();
  for (const entry of joined) {
    if (voting.has(entry.memberNo) || !members.has(entry.memberNo)) continue;
    associates.set(entry.memberNo, {
      ...ref(entry.memberNo),
      person: names.get(entry.personId) ?? '',
      tookPart: 'joined',
      at: entry.at,
    });
  }
  for (const message of [...sources.messages].sort((a, b) => compareMessageIds(a.id, b.id))) {
    for (const spoken of message.author.speaksFor) {
      if (voting.has(spoken.memberNo) || associates.has(spoken.memberNo) || !members.has(spoken.memberNo)) continue;
      associates.set(spoken.memberNo, {
        ...ref(spoken.memberNo),
        person: message.author.name,
        tookPart: 'posted',
        at: message.postedAt,
      });
    }
  }

  return {
    votingMembers: voting.size,
    present: present.size,
    represented: representedMembers.length,
    absent: voting.size - present.size - representedMembers.length,
    presentMembers: joined
      .filter((entry) => present.has(entry.memberNo))
      .map((entry) => ({ ...ref(entry.memberNo), joinedAt: entry.at, representedBy: names.get(entry.personId) ?? '' })),
    representedMembers,
    proxies: [...sources.proxies]
      .sort((a, b) => a.grantedAt.localeCompare(b.grantedAt))
      .map((proxy) => ({
        id: proxy.id,
        grantor: ref(proxy.grantorMemberNo),
        holder: ref(proxy.holderMemberNo),
        grantedAt: proxy.grantedAt,
        grantedBy: proxy.grantedBy,
        revokedAt: proxy.revokedAt,
      })),
    associates: [...associates.values()].sort((a, b) => a.memberNo - b.memberNo),
  };
}

function minutesMember(
  member: Pick<Member, 'memberNo' | 'organisation' | 'territory' | 'country'> | undefined,
  memberNo: number,
): MinutesMember {
  return {
    memberNo,
    organisation: member?.organisation ?? '',
    territory: member?.territory ?? '',
    country: member?.country ?? '',
  };
}

function minutesMotion(entry: MinutesSources['motions'][number], members: Map<number, Member>): MinutesMotion {
  const { motion, tally } = entry;
  const result = tally?.result ?? null;
  return {
    id: motion.id,
    title: motion.title,
    text: motion.text,
    kind: motion.kind,
    secret: motion.secret,
    subjectMemberNo: motion.subjectMemberNo,
    openedAt: motion.openedAt,
    openedBy: motion.openedBy,
    closedAt: motion.closedAt ?? null,
    talliedAt: tally?.talliedAt ?? null,
    result: result && {
      outcome: result.outcome,
      reason: result.reason,
      counts: { ...result.counts },
      quorum: {
        applies: result.quorum.applies,
        ok: result.quorum.ok,
        votingMembers: result.quorum.votingMembers,
        present: result.quorum.present,
        represented: result.quorum.represented,
        presentOrRepresented: result.quorum.presentOrRepresented,
        required: result.quorum.required,
        missing: result.quorum.missing,
      },
    },
    // A secret ballot never names a member next to a vote: the minutes give its totals and receipts.
    ballots: motion.secret
      ? []
      : [...entry.ballots]
          .sort((a, b) => a.memberNo - b.memberNo)
          .map((ballot) => ({
            ...minutesMember(members.get(ballot.memberNo), ballot.memberNo),
            vote: ballot.choice,
            castAs: ballot.castAs,
            castAt: ballot.castAt,
          })),
    receipts: tally ? { hashes: [...tally.receipts], chainHead: tally.chainHead } : null,
  };
}

function minutesElection(
  entry: MinutesSources['elections'][number],
  candidacies: readonly StoredCandidacy[],
  members: Map<number, Member>,
): MinutesElection {
  const { election } = entry;
  const rounds = [...entry.rounds].sort((a, b) => a.round - b.round);
  const last = rounds.at(-1);
  // The candidacy standing when the election opened: filed before, not withdrawn by then (a member may withdraw and stand again).
  const person = (memberNo: number) =>
    candidacies
      .filter(
        (candidacy) =>
          candidacy.memberNo === memberNo &&
          candidacy.body === election.body &&
          candidacy.office === election.office &&
          candidacy.filedAt <= election.openedAt,
      )
      .filter((candidacy) => candidacy.withdrawnAt === null || candidacy.withdrawnAt > election.openedAt)
      .sort((a, b) => b.filedAt.localeCompare(a.filedAt))[0]?.person ?? '';
  const elected = last?.result.elected ?? null;
  return {
    id: election.id,
    body: election.body,
    office: election.office,
    openedAt: election.openedAt,
    openedBy: election.openedBy,
    candidates: [...election.candidates]
      .sort((a, b) => a - b)
      .map((memberNo) => ({ ...minutesMember(members.get(memberNo), memberNo), person: person(memberNo) })),
    rounds: rounds.map((tally) => ({
      round: tally.round,
      talliedAt: tally.talliedAt,
      result: {
        round: tally.result.round,
        outcome: tally.result.outcome,
        reason: tally.result.reason,
        elected: tally.result.elected,
        finalists: [...tally.result.finalists],
        tied: [...tally.result.tied],
        absoluteMajority: tally.result.absoluteMajority,
        counts: {
          candidates: tally.result.counts.candidates.map((candidate) => ({ ...candidate })),
          blank: tally.result.counts.blank,
          invalid: tally.result.counts.invalid,
          cast: tally.result.counts.cast,
          expressed: tally.result.counts.expressed,
        },
      },
      receipts: { hashes: [...tally.receipts], chainHead: tally.chainHead },
    })),
    elected: elected === null ? null : minutesMember(members.get(elected), elected),
  };
}

/**
 * The discussion as the minutes' annex: every message in posting order, numbered from 1, replies
 * pointing to their message's number; withdrawn ones keep their words and say so; hidden ones keep
 * only who hid them, when and why.
 */
export function minutesDiscussion(messages: readonly RoomMessage[]): Map<string, MinutesMessage[]> {
  const ordered = [...messages].sort((a, b) => compareMessageIds(a.id, b.id));
  const numbers = new Map(ordered.map((message, index) => [message.id, index + 1]));
  const threads = new Map<string, MinutesMessage[]>();
  for (const message of ordered) {
    const list = threads.get(message.thread) ?? [];
    list.push({
      number: numbers.get(message.id) ?? 0,
      replyTo: message.replyTo ? (numbers.get(message.replyTo) ?? null) : null,
      author: message.author.name,
      speaksFor: message.author.speaksFor.map(({ memberNo, organisation }) => ({ memberNo, organisation })),
      postedAt: message.postedAt,
      body: message.hidden ? null : message.body,
      edited: message.versions.length > 0,
      withdrawnAt: message.withdrawnAt,
      hidden: message.hidden ? { ...message.hidden } : null,
    });
    threads.set(message.thread, list);
  }
  return threads;
}

/**
 * The minutes' content (RULES.md §5), in the order they are read: the assembly and its
 * convocation, the attendance, then each agenda item as it stood at the close with its motions
 * (in the order they were opened), its elections and its discussion; then what was discussed or
 * voted on items dropped on the day, the general discussion, the hidden messages.
 */
export function assembleMinutes(sources: MinutesSources, statutes: Statutes = togetherStatutes): MinutesContent {
  const { assembly } = sources;
  const members = new Map(sources.members.map((member) => [member.memberNo, member]));
  const threads = minutesDiscussion(sources.messages);
  const motionsOf = (itemId: string) =>
    sources.motions
      .filter((entry) => entry.motion.itemId === itemId)
      .sort((a, b) => a.motion.openedAt.localeCompare(b.motion.openedAt) || a.motion.id.localeCompare(b.motion.id))
      .map((entry) => minutesMotion(entry, members));
  const electionsOf = (itemId: string) =>
    sources.elections
      .filter((entry) => entry.election.itemId === itemId)
      .sort((a, b) => a.election.openedAt.localeCompare(b.election.openedAt))
      .map((entry) => minutesElection(entry, sources.candidacies, members));
  const item = (
    id: string,
    number: number | null,
    title: string,
    kind: MinutesItem['kind'],
    description: string,
  ): MinutesItem => ({
    id,
    number,
    title,
    kind,
    description,
    motions: motionsOf(id),
    elections: electionsOf(id),
    discussion: threads.get(id) ?? [],
  });

  const items = assembly.agenda.map((agendaItem, index) =>
    item(agendaItem.id, index + 1, agendaItem.title, agendaItem.kind, agendaItem.description),
  );
  const listed = new Set(assembly.agenda.map((agendaItem) => agendaItem.id));
  const dropped = new Set<string>();
  for (const id of [
    ...sources.motions.map((entry) => entry.motion.itemId),
    ...sources.elections.map((entry) => entry.election.itemId),
    ...threads.keys(),
  ]) {
    if (id !== 'general' && !listed.has(id)) dropped.add(id);
  }
  for (const id of [...dropped].sort()) items.push(item(id, null, '', null, ''));

  const titleOf = (thread: string) => items.find((candidate) => candidate.id === thread)?.title ?? '';
  const hiddenMessages = [...threads.entries()]
    .flatMap(([thread, list]) => list.filter((message) => message.hidden).map((message) => ({ thread, message })))
    .sort((a, b) => a.message.number - b.message.number)
    .map(({ thread, message }) => ({
      number: message.number,
      item: titleOf(thread),
      author: message.author,
      postedAt: message.postedAt,
      by: message.hidden!.by,
      at: message.hidden!.at,
      reason: message.hidden!.reason,
    }));

  const firstConvocation = assembly.dispatches.find((dispatch) => dispatch.reason === 'convocation');
  return {
    format: 1,
    networkName: statutes.networkName,
    assembly: {
      id: assembly.id,
      kind: assembly.kind,
      title: assembly.title,
      hybrid: assembly.hybrid,
      opensAt: assembly.opensAt,
      closesAt: assembly.closesAt,
      referenceTimeZone: assembly.referenceTimeZone,
    },
    convenedBy: firstConvocation?.by ?? assembly.createdBy,
    dispatches: assembly.dispatches.map(({ no, at, by, reason }) => ({ no, at, by, reason })),
    notice: minutesNotice(assembly, statutes),
    attendance: minutesAttendance(sources, statutes),
    items,
    generalDiscussion: threads.get('general') ?? [],
    hiddenMessages,
    auditHead: { seq: sources.auditHead.seq, hash: sources.auditHead.hash },
    draftedAt: sources.draftedAt,
  };
}

/** A member as a line of the minutes: "n° 57 Commission Régionale de Partenaires — CRP Brava (Cape Verde)", its territory named once. */
export function minutesMemberName(member: MinutesMember): string {
  const territory = member.territory && !member.organisation.includes(member.territory) ? ` — ${member.territory}` : '';
  return `n° ${member.memberNo} ${member.organisation}${territory}${member.country ? ` (${member.country})` : ''}`;
}

/** The members a message spoke for, by number ("n° 57, 58, 59"): the register of attendance names them. */
export function minutesSpeakers(message: Pick<MinutesMessage, 'speaksFor'>): string {
  return `n° ${message.speaksFor.map((spoken) => spoken.memberNo).join(', ')}`;
}
