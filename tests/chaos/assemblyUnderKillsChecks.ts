import { expect } from 'vitest';
import { io as connect } from 'socket.io-client';
import type { Result, RoomSnapshot } from '@shared/events';
import type { BallotChoice } from '@shared/schemas/ballot';
import type { Assembly } from '@shared/schemas/assembly';
import type { Motion } from '@shared/schemas/voting';
import type { MinutesContent } from '@shared/schemas/minutes';
import { receivesConvocation } from '@shared/rules/members';
import type { Context } from '../../server/context';
import { receiptHash } from '../../server/commands/castBallots';
import { eventually, type TestClient } from '../integration/support';
import type { Mailbox, ReceivedMail } from './support';
import { castAttempt, type Attempts, type RoomClient, type Voter } from './assemblyUnderKillsSupport';
import { sleep, type seededRandom } from './support';

type Register = Awaited<ReturnType<Context['register']['snapshot']>>;

/**
 * One convocation per person representing a convened member, sent to that person and naming each
 * of its members; keeps each representative's personal link.
 */
export function expectOneConvocationEach(
  register: Register,
  mailbox: Mailbox,
  ids: Map<string, Set<string>>,
  links: Map<string, ReceivedMail>,
): void {
  const emails = new Map(register.people.map((person) => [person.id, person.email]));
  const convened = register.members.filter(receivesConvocation);
  expect(convened).toHaveLength(108);
  for (const member of convened) {
    const personId = register.representatives.get(member.memberNo) ?? '';
    const messageIds = [...(ids.get(personId) ?? [])];
    // One convocation per person: a copy resent after a crash carries the same Message-ID, which a mailbox keeps once.
    expect(messageIds, `member ${member.memberNo}`).toHaveLength(1);
    const copies = mailbox.received.filter((mail) => mail.messageId === messageIds[0]);
    expect(
      copies.every(
        (mail) => mail.to.includes(emails.get(personId) ?? '-') && mail.text.includes(`${member.memberNo})`),
      ),
      `member ${member.memberNo}`,
    ).toBe(true);
    for (const mail of copies) links.set(mail.to[0] ?? '', mail);
  }
}

/** The results e-mailed once to each member's representative (a copy resent carries the same Message-ID). */
export async function expectResultsOnce(
  register: Register,
  mailbox: Mailbox,
  assembly: Assembly,
  note: (line: string) => void,
): Promise<void> {
  const people = new Map(register.people.map((person) => [person.id, person.email]));
  const recipients = new Set(
    register.members
      .filter(receivesConvocation)
      .map((member) => people.get(register.representatives.get(member.memberNo) ?? '') ?? ''),
  );
  const results = () =>
    mailbox.received.filter(
      (mail) => mail.subject.startsWith(assembly.title) && /results|résultats/.test(mail.subject),
    );
  await eventually(
    () =>
      recipients.size > 0 && [...recipients].every((email) => results().some((mail) => mail.to.includes(email)))
        ? true
        : undefined,
    'the results e-mails',
    60_000,
  );
  for (const email of recipients)
    expect(
      new Set(
        results()
          .filter((mail) => mail.to.includes(email))
          .map((mail) => mail.messageId),
      ).size,
      email,
    ).toBe(1);
  note(
    `close: ${recipients.size} results e-mails, ${results().length - recipients.size} resent copies with the same Message-ID`,
  );
}

/** The minutes hold each motion's result as tallied, and every acknowledged message once. */
export async function expectInTheMinutes(
  store: Context,
  content: MinutesContent,
  motions: Motion[],
  acknowledged: Map<string, { id: string; body: string }>,
): Promise<void> {
  for (const motion of motions) {
    const tally = (await store.votes.tally(motion.id))!;
    const written = content.items.flatMap((item) => item.motions).find((entry) => entry.id === motion.id);
    expect(written?.result, motion.title).toMatchObject({
      outcome: tally.result.outcome,
      counts: {
        for: tally.result.counts.for,
        against: tally.result.counts.against,
        abstain: tally.result.counts.abstain,
      },
    });
  }
  const bodies = [...content.generalDiscussion, ...content.items.flatMap((item) => item.discussion)].map(
    (message) => message.body,
  );
  for (const { body } of acknowledged.values())
    expect(
      bodies.filter((written) => written === body),
      body,
    ).toHaveLength(1);
}

/**
 * A named motion's tally against every attempt: counted once, the last receipt handed out to each member counted,
 * no refusal but the close, and each choice's count between what was acknowledged and what may have been stored.
 */
export function expectCountedOnce(
  motion: Motion,
  tally: NonNullable<Awaited<ReturnType<Context['votes']['tally']>>>,
  audit: Awaited<ReturnType<Context['audit']['latest']>>,
  attempts: Attempts,
  choices: Map<number, BallotChoice>,
  note: (line: string) => void,
): void {
  expect(
    audit.filter((entry) => entry.action === 'motion.counted' && entry.subject === `motion:${motion.id}`),
    `${motion.title}: counted once`,
  ).toHaveLength(1);
  const counted = new Set(tally.receipts);
  const floor = { for: 0, against: 0, abstain: 0 };
  const ceiling = { for: 0, against: 0, abstain: 0 };
  let receipts = 0;
  let unexpected: string[] = [];
  for (const [memberNo, tried] of attempts.get(motion.id)!) {
    unexpected = [
      ...unexpected,
      ...tried
        .filter(
          ({ outcome }) =>
            outcome.kind === 'refused' &&
            !['window_closed', 'motion_closed', 'ballot_not_recorded'].includes(outcome.code),
        )
        .map(({ outcome }) => `${memberNo}: ${JSON.stringify(outcome)}`),
    ];
    const given = tried.flatMap(({ outcome }) =>
      outcome.kind === 'receipt' ? [receiptHash(motion.id, outcome.receipt)] : [],
    );
    const lastReceipt = tried.findLastIndex(({ outcome }) => outcome.kind === 'receipt');
    const unknownAfter = tried.slice(lastReceipt + 1).some(({ outcome }) => outcome.kind === 'unknown');
    const choice = choices.get(memberNo)!;
    if (given.length > 0) floor[choice as keyof typeof floor]++;
    if (given.length > 0 || unknownAfter) ceiling[choice as keyof typeof ceiling]++;
    if (given.length > 0) {
      // The last vote acknowledged counts, unless a later one sent without an answer replaced it.
      const last = given.at(-1)!;
      if (!unknownAfter) expect(counted.has(last), `${motion.title}: member ${memberNo}'s last receipt`).toBe(true);
      expect(
        given.slice(0, -1).some((hash) => counted.has(hash)),
        `${motion.title}: member ${memberNo}'s replaced receipts`,
      ).toBe(false);
      receipts++;
    }
  }
  expect(unexpected, `${motion.title}: refusals other than the close`).toEqual([]);
  const counts = tally.result.counts;
  note(
    `${motion.title}: counted ${JSON.stringify({ for: counts.for, against: counts.against, abstain: counts.abstain })}, acknowledged at least ${JSON.stringify(floor)}`,
  );
  for (const choice of ['for', 'against', 'abstain'] as const) {
    expect(counts[choice], `${motion.title}: ${choice}`).toBeGreaterThanOrEqual(floor[choice]);
    expect(counts[choice], `${motion.title}: ${choice}`).toBeLessThanOrEqual(ceiling[choice]);
  }
  expect(tally.receipts.length).toBe(counts.for + counts.against + counts.abstain);
  expect(receipts).toBeGreaterThan(0);
}

/** What a person entering the room now reads: every acknowledged message, each once. */
export async function expectEveryMessageOnce(
  reader: TestClient,
  base: string,
  assembly: Assembly,
  acknowledged: Map<string, { id: string; body: string }>,
  sockets: RoomClient[],
): Promise<void> {
  const socket: RoomClient = connect(base, {
    transports: ['websocket'],
    extraHeaders: { cookie: reader.cookie },
    reconnection: false,
  });
  sockets.push(socket);
  const snapshot = (await socket
    .timeout(5000)
    .emitWithAck('room:join', { assemblyId: assembly.id })) as Result<RoomSnapshot>;
  expect(snapshot.ok).toBe(true);
  const messages = snapshot.ok ? snapshot.value.messages : [];
  for (const [clientId, { id, body }] of acknowledged) {
    expect(
      messages.filter((message) => message.clientId === clientId).map((message) => [message.id, message.body]),
      clientId,
    ).toEqual([[id, body]]);
  }
  expect(messages).toHaveLength(36);
}

/**
 * The vote under faults, and its check: every voting member's mind made up once (the same choice at
 * every attempt); the first motion cast again and again (the last counts) until the room closes,
 * the second once, some at the last moment; `fault` strikes during the vote and at the close. Each
 * motion is then counted once, every acknowledged ballot in its count.
 */
export async function expectVoteCountedThrough(options: {
  store: Pick<Context, 'audit' | 'votes'>;
  assembly: Assembly;
  motions: [Motion, Motion];
  voters: Voter[];
  votingMembers: ReadonlyArray<{ memberNo: number }>;
  random: ReturnType<typeof seededRandom>;
  attempts: Attempts;
  note: (line: string) => void;
  fault: (phase: 'voting' | 'close', afterMs: number) => Promise<void>;
  closeFaultAfterMs: number;
  giveUpAfterMs: number;
}): Promise<void> {
  const { store, assembly, motions, voters, random, attempts, note, fault } = options;
  const [named, lastMoment] = motions;
  const choices = new Map(
    options.votingMembers.map((member) => [
      member.memberNo,
      random.pick(['for', 'for', 'against', 'abstain'] as const) as BallotChoice,
    ]),
  );
  const cast = (voter: Voter, motion: Motion) => castAttempt(assembly.id, voter, motion, choices, attempts);
  const closesAt = Date.parse(assembly.closesAt);
  note(`voting: ${voters.length} representatives, ${Math.round((closesAt - Date.now()) / 1000)} s until the close`);
  const giveUpAt = closesAt + options.giveUpAfterMs;
  const namedVotes = voters.map(async (voter) => {
    while ((await cast(voter, named)) !== 'closed' && Date.now() < giveUpAt) await sleep(random.between(200, 1200));
  });
  const lastMomentVotes = voters.map(async (voter) => {
    await sleep(Math.max(0, closesAt - Date.now() - random.between(-300, 8000)));
    while ((await cast(voter, lastMoment)) === 'unknown' && Date.now() < giveUpAt) await sleep(300);
  });
  const duringTheVote = Math.max(0, closesAt - Date.now() - 4000);
  const theClose = async () => {
    await sleep(closesAt - Date.now());
    await fault('close', options.closeFaultAfterMs);
  };
  await Promise.all([fault('voting', duringTheVote), theClose(), ...namedVotes, ...lastMomentVotes]);

  const tallies = await eventually(
    async () => {
      const found = await Promise.all(motions.map((motion) => store.votes.tally(motion.id)));
      return found.every(Boolean) ? found.map((tally) => tally!) : undefined;
    },
    'the tally of both motions',
    60_000,
  );
  const audit = await store.audit.latest({ count: 100_000 });
  for (const [index, motion] of motions.entries())
    expectCountedOnce(motion, tallies[index]!, audit, attempts, choices, note);
}
