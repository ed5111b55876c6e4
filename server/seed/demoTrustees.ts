import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Assembly } from '@shared/schemas/assembly';
import type { BallotChoice } from '@shared/schemas/ballot';
import type { Actor } from '@shared/rules/permissions';
import { choiceVector } from '@shared/rules/secretVotes';
import { encryptBallot } from '@shared/belenios/ballot';
import { partialDecryption } from '@shared/belenios/tally';
import {
  newTrusteeSeed,
  trusteeCertificate,
  trusteeDecryptionKey,
  trusteePolynomial,
  trusteeVoutput,
} from '@shared/belenios/trustees';
import { submitCeremonyStep } from '../commands/trustees';
import { castEncryptedBallots } from '../commands/castEncryptedBallots';
import { submitShare } from '../commands/secretCount';
import { readTrustees } from '../queries/trustees';
import { readSecretElection } from '../queries/readSecretElection';
import type { Context } from '../context';

/** The demo's trustees (the default ones: the Table's president and secretary, the Audit council's president). */
const demoTrustees = ['giusto.maniscalchi@example.org', 'faycal.kaabi@example.org', 'kostantinos.simitsis@example.org'];

/**
 * The demo's trustees make an assembly's election key, as their browsers would, and keep their
 * key files in the data folder (`demo-trustees/`), so a newcomer can play a trustee. Returns the
 * seed of each trustee, by position.
 */
export async function demoElectionKey(
  ctx: Context,
  assembly: Assembly,
  actor: (email: string) => Promise<Actor>,
): Promise<Map<number, string>> {
  const trustees = await Promise.all(demoTrustees.map(actor));
  const seeds = new Map(trustees.map((trustee, index) => [index + 1, newTrusteeSeed()]));
  const step = (trustee: Actor, input: Parameters<typeof submitCeremonyStep>[3]) =>
    submitCeremonyStep(ctx, trustee, assembly.id, input);
  for (const [index, trustee] of trustees.entries())
    await step(trustee, { step: 'certificate', piece: trusteeCertificate(seeds.get(index + 1)!) });
  for (const [index, trustee] of trustees.entries()) {
    const todo = (await readTrustees(ctx, trustee, null, assembly.id)).you?.todo;
    if (todo?.step !== 'polynomial') throw new Error('demo: the trustees cannot make their polynomials');
    await step(trustee, {
      step: 'polynomial',
      piece: trusteePolynomial(seeds.get(index + 1)!, todo.certificates, todo.threshold),
    });
  }
  for (const [index, trustee] of trustees.entries()) {
    const todo = (await readTrustees(ctx, trustee, null, assembly.id)).you?.todo;
    if (todo?.step !== 'voutput') throw new Error('demo: the trustees cannot check their shares');
    await step(trustee, {
      step: 'voutput',
      piece: trusteeVoutput(seeds.get(index + 1)!, todo.certificates, todo.vinput),
    });
  }
  const folder = join(ctx.config.DATA_DIR, 'demo-trustees');
  await mkdir(folder, { recursive: true });
  for (const [position, seed] of seeds)
    await writeFile(
      join(folder, `agora-trustee-${assembly.id}-${position}.key`),
      `${JSON.stringify({ kind: 'agora-trustee-key', assemblyId: assembly.id, position, seed })}\n`,
    );
  return seeds;
}

/** A representative's secret votes, encrypted as its browser does. */
export async function castDemoSecret(
  ctx: Context,
  who: Actor,
  assembly: Assembly,
  motionId: string,
  choices: ReadonlyMap<number, BallotChoice>,
): Promise<void> {
  const election = await readSecretElection(ctx, who, null, assembly.id, motionId);
  const credentials = new Map(election.credentials.map((entry) => [entry.memberNo, entry.credential]));
  await castEncryptedBallots(ctx, who, assembly.id, motionId, {
    ballots: [...choices]
      .filter(([memberNo]) => credentials.has(memberNo))
      .map(([memberNo, choice]) => ({
        memberNo,
        ballot: encryptBallot({
          election: election.election,
          credential: credentials.get(memberNo)!,
          choices: [choiceVector(choice)],
        }).ballot,
      })),
  });
}

/** The demo trustees at `positions` give their shares of every closed secret vote waiting for them. */
export async function demoShares(
  ctx: Context,
  assembly: Assembly,
  actor: (email: string) => Promise<Actor>,
  seeds: ReadonlyMap<number, string>,
  positions: number[],
): Promise<void> {
  for (const position of positions) {
    const trustee = await actor(demoTrustees[position - 1]!);
    const you = (await readTrustees(ctx, trustee, null, assembly.id)).you;
    for (const waiting of you?.decryptions ?? []) {
      const key = trusteeDecryptionKey(seeds.get(position)!, waiting.certificates, waiting.voutput);
      await submitShare(
        ctx,
        trustee,
        assembly.id,
        waiting.motionId,
        partialDecryption(waiting.election, waiting.encryptedTally, key),
      );
    }
  }
}
