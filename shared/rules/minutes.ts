import type { Assembly } from '../schemas/assembly';
import type { MinutesContent, MinutesItem } from '../schemas/minutes';
import type { MinutesNotice } from '../schemas/minutesAttendance';
import { type Statutes, togetherStatutes } from '../statutes';
import { assemblyPhase } from './assemblies';
import { earliestOpensAt, noticeVerdict } from './notice';
import { minutesAttendance } from './minutesAttendance';
import { minutesDiscussion } from './minutesDiscussion';
import type { MinutesSources } from './minutesSources';
import { minutesElection, minutesMotion } from './minutesVotes';

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

/** The notice the first convocation gave and the notice the statutes required, in milliseconds (null before any). */
export function noticeSpans(
  content: Pick<MinutesContent, 'notice'> & { assembly: Pick<MinutesContent['assembly'], 'opensAt'> },
): { given: number; required: number } | null {
  const { firstDispatchAt, earliestOpensAt } = content.notice;
  if (firstDispatchAt === null) return null;
  const from = Date.parse(firstDispatchAt);
  return {
    given: Date.parse(content.assembly.opensAt) - from,
    required: earliestOpensAt === null ? 0 : Date.parse(earliestOpensAt) - from,
  };
}
