import nodemailer from 'nodemailer';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import { configSchema } from '../server/config';
import { connectRedis } from '../server/redis/connection';
import { createContext } from '../server/context';
import { closeQueues } from '../server/queue/queues';
import { createAssembly, addAgendaItem } from '../server/commands/editAssembly';
import { conveneAssembly } from '../server/commands/conveneAssembly';
import { convocationMessage } from '../server/mail/convocationMessage';
import { benchRedis, elapsed, smtpSink, spawnProcess, stopProcess } from './support';

export interface ConvocationFigures {
  messages: number;
  bare: Rate;
  /** Agora with one worker process, then with two. */
  agora: Array<Rate & { workers: number; ratio: number }>;
}
interface Rate {
  seconds: number;
  perSecond: number;
}

/**
 * A register of `count` members, each represented by a person of its own: Agora sends one
 * convocation per person, so `count` people make `count` e-mails.
 */
function syntheticRegister(count: number): { members: Member[]; people: Person[] } {
  const people: Person[] = Array.from({ length: count }, (_, index) => ({
    id: `bench-p${index}`,
    name: `Representative ${index}`,
    email: `representative${index}@example.org`,
    language: index % 2 ? 'fr' : 'en',
    timeZone: index % 3 ? 'Europe/Brussels' : 'Atlantic/Cape_Verde',
  }));
  const members: Member[] = Array.from({ length: count }, (_, index) => ({
    memberNo: index + 1,
    territoryNo: index + 1,
    college: index % 4 === 0 ? 'de_jure' : 'effective',
    continent: index % 2 ? 'Africa' : 'Europe',
    country: index % 2 ? 'Cape Verde' : 'Belgium',
    territory: `Territory ${index + 1}`,
    organisation: `Platform ${index + 1}`,
    platformType: '',
    status: 'active',
    population: null,
  }));
  return { members, people };
}

/**
 * Convocations per second: bare pooled nodemailer sending the N convocations Agora renders, then Agora convening an assembly of N members represented by N people (dispatch, one job per person, render, send,
 * delivery state) with one worker process and with two, all to the same local receiver, in the
 * same run.
 */
export async function benchConvocations(count: number): Promise<ConvocationFigures> {
  const sink = await smtpSink();
  const redis = await benchRedis();
  const config = configSchema.parse({ REDIS_URL: redis.url, SMTP_URL: sink.url, REDIS_PREFIX: 'bench', PORT: '0' });
  const connection = connectRedis(redis.url);
  const ctx = createContext(connection, config);
  try {
    const { members, people } = syntheticRegister(count);
    await ctx.register.transact((_snapshot, changes) => {
      for (const person of people) changes.putPerson(person);
      for (const member of members) {
        changes.putMember(member);
        changes.designate({
          memberNo: member.memberNo,
          personId: `bench-p${member.memberNo - 1}`,
          from: new Date().toISOString(),
          setBy: 'bench',
        });
      }
    });
    const table = {
      personId: 'bench-p0',
      name: 'Bench',
      secretariat: false,
      represents: [],
      seats: [{ body: 'table' as const, office: 'president' as const, memberNo: 1 }],
    };
    const assemblies = [];
    for (const run of [1, 2]) {
      // A week apart: two assemblies whose rooms would be open at once cannot both be convened.
      const assembly = await createAssembly(ctx, table, {
        kind: 'ordinary',
        title: 'Benchmark assembly',
        opensAt: new Date(Date.now() + (13 + 7 * run) * 86_400_000).toISOString(),
        hybrid: false,
      });
      await addAgendaItem(ctx, table, assembly.id, {
        kind: 'ordinary_decision',
        title: 'Accounts',
        description: '',
        subjectMemberNo: null,
      });
      assemblies.push(assembly.id);
    }

    // Bare nodemailer, pooled like Agora's transport, sending the very messages Agora will send
    // (rendered beforehand by Agora's own code, outside the timing).
    const first = (await ctx.assemblies.get(assemblies[0]!))!;
    const peopleById = new Map(people.map((person) => [person.id, person]));
    const messages = await Promise.all(
      members.map((member) =>
        convocationMessage(ctx, {
          assembly: first,
          members: [member],
          person: peopleById.get(`bench-p${member.memberNo - 1}`)!,
          documents: [],
          dispatchNo: 1,
          resend: 0,
        }),
      ),
    );
    const bare = nodemailer.createTransport(
      { url: sink.url, pool: true, maxConnections: 5, maxMessages: Infinity },
      { from: config.MAIL_FROM },
    );
    const bareStart = process.hrtime.bigint();
    await Promise.all(messages.map((message) => bare.sendMail(message)));
    const bareMs = elapsed(bareStart);
    bare.close();
    messages.length = 0;
    const bareRate = count / (bareMs / 1000);

    // Agora, with one worker process and then two: one click on "convene", then a wait for every
    // delivery to be recorded as sent.
    const agora: ConvocationFigures['agora'] = [];
    for (const [index, workers] of [1, 2].entries()) {
      const assemblyId = assemblies[index]!;
      // Each worker as `npm run start:worker` runs it, in its own process.
      const running = await Promise.all(
        Array.from({ length: workers }, () =>
          spawnProcess(
            ['jobs/main.ts'],
            { REDIS_URL: redis.url, SMTP_URL: sink.url, REDIS_PREFIX: 'bench' },
            /worker: ready/,
          ),
        ),
      );
      const before = await sink.received();
      const start = process.hrtime.bigint();
      await conveneAssembly(ctx, table, assemblyId);
      for (;;) {
        if ((await sink.received()) - before >= count) {
          const deliveries = await ctx.deliveries.list(assemblyId);
          if (deliveries.filter((delivery) => delivery.state === 'sent').length >= count) break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const agoraMs = elapsed(start);
      await Promise.all(running.map(({ child }) => stopProcess(child)));
      const perSecond = count / (agoraMs / 1000);
      agora.push({ workers, seconds: agoraMs / 1000, perSecond, ratio: perSecond / bareRate });
    }
    return { messages: count, bare: { seconds: bareMs / 1000, perSecond: bareRate }, agora };
  } finally {
    await closeQueues(ctx.queues);
    connection.disconnect();
    sink.stop();
    await redis.stop();
  }
}
