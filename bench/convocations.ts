import nodemailer from 'nodemailer';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import { configSchema } from '../server/config';
import { connectRedis } from '../server/redis/connection';
import { createContext } from '../server/context';
import { closeQueues } from '../jobs/queues';
import { startWorker } from '../jobs/worker';
import { createAssembly, addAgendaItem } from '../server/commands/editAssembly';
import { conveneAssembly } from '../server/commands/conveneAssembly';
import { renderEmail } from '../jobs/emails/render';
import { assemblyInvitation } from '../jobs/emails/calendar';
import { benchRedis, elapsed, smtpSink } from './support';

export interface ConvocationFigures {
  messages: number;
  bare: { seconds: number; perSecond: number };
  agora: { seconds: number; perSecond: number };
  ratio: number;
}

/** A register of `count` members, a hundred people representing them. */
function syntheticRegister(count: number): { members: Member[]; people: Person[] } {
  const people: Person[] = Array.from({ length: 100 }, (_, index) => ({
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
 * Convocations per second: bare pooled nodemailer sending the same rendered convocation N times,
 * then Agora convening an assembly of N members (dispatch, one job per member, render, send,
 * delivery state), both to the same local receiver, in the same run.
 */
export async function benchConvocations(count: number): Promise<ConvocationFigures> {
  const sink = await smtpSink();
  const redis = await benchRedis();
  try {
    // Bare nodemailer: the same message, pooled like Agora's transport.
    const sample = renderEmail({
      to: 'representative1@example.org',
      language: 'fr',
      template: 'convocation',
      data: {
        name: 'Representative 1',
        organisation: 'Platform 1',
        memberNo: 1,
        voting: true,
        title: 'Benchmark assembly',
        kind: 'ordinary',
        opensAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 21 * 86_400_000).toISOString(),
        timeZone: 'Europe/Brussels',
        referenceTimeZone: 'Europe/Brussels',
        agenda: [{ title: 'Accounts', kind: 'ordinary_decision', description: '', documents: [] }],
        link: 'http://localhost:3000/assemblies/a/join#token=' + 'x'.repeat(180),
        convenedBy: 'Bench',
        update: false,
        networkName: 'TOGETHER',
      },
    });
    const bare = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5, maxMessages: Infinity });
    const bareStart = process.hrtime.bigint();
    const icalEvent = {
      filename: 'assembly.ics',
      method: 'PUBLISH',
      content: assemblyInvitation({ uid: 'bench@agora', sequence: 1, title: 'Benchmark assembly', description: 'TOGETHER', url: 'http://localhost:3000/', opensAt: new Date().toISOString(), closesAt: new Date().toISOString(), stamp: new Date().toISOString() }),
    };
    await Promise.all(
      Array.from({ length: count }, (_, index) =>
        bare.sendMail({ from: 'agora@localhost', to: `representative${index % 100}@example.org`, ...sample, icalEvent, messageId: `<bench.${index}@agora>` }),
      ),
    );
    const bareMs = elapsed(bareStart);
    bare.close();

    // Agora: the register, an assembly, one click, then wait for every delivery.
    const config = configSchema.parse({ REDIS_URL: redis.url, SMTP_URL: sink.url, REDIS_PREFIX: 'bench', PORT: '0' });
    const connection = connectRedis(redis.url);
    const ctx = createContext(connection, config);
    const { members, people } = syntheticRegister(count);
    await ctx.register.transact((_snapshot, changes) => {
      for (const person of people) changes.putPerson(person);
      for (const member of members) {
        changes.putMember(member);
        changes.designate({ memberNo: member.memberNo, personId: `bench-p${member.memberNo % 100}`, from: new Date().toISOString(), setBy: 'bench' });
      }
    });
    const table = { personId: 'bench-p0', name: 'Bench', secretariat: false, represents: [], seats: [{ body: 'table' as const, office: 'president' as const, memberNo: 1 }] };
    const assembly = await createAssembly(ctx, table, { kind: 'ordinary', title: 'Benchmark assembly', opensAt: new Date(Date.now() + 20 * 86_400_000).toISOString(), hybrid: false });
    await addAgendaItem(ctx, table, assembly.id, { kind: 'ordinary_decision', title: 'Accounts', description: '', subjectMemberNo: null });
    const worker = await startWorker({ ...config, REDIS_URL: redis.url });
    const before = await sink.received();
    const start = process.hrtime.bigint();
    await conveneAssembly(ctx, table, assembly.id);
    for (;;) {
      if ((await sink.received()) - before >= count) {
        const deliveries = await ctx.deliveries.list(assembly.id);
        if (deliveries.filter((delivery) => delivery.state === 'sent').length >= count) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const agoraMs = elapsed(start);
    await worker.close();
    await closeQueues(ctx.queues);
    connection.disconnect();
    const bareRate = count / (bareMs / 1000);
    const agoraRate = count / (agoraMs / 1000);
    return {
      messages: count,
      bare: { seconds: bareMs / 1000, perSecond: bareRate },
      agora: { seconds: agoraMs / 1000, perSecond: agoraRate },
      ratio: agoraRate / bareRate,
    };
  } finally {
    sink.stop();
    await redis.stop();
  }
}
