import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Assembly } from '@shared/schemas/assembly';
import type { Actor } from '@shared/rules/permissions';
import { choiceVector } from '@shared/belenios/choices';
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
import { boxRefOf, type SecretBoxRef } from '../queries/secretBox';
import type { Context } from '../context';

/** The demo's trustees (the default ones: the Table's president and secretary, the Audit council's president). */
const demoTrustees = ['giusto.maniscalchi@example.org', 'faycal.kaabi@example.org', 'kostantinos.simitsis@example.org'];

/**
 * The demo's trustees make the key of an assembly's secret votes, as their browsers would, and keep
 * their key files in the data folder (`demo-trustees/`), so a newcomer can play a trustee. Returns
 * the seed of each trustee, by position.
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

/**
 * A person's secret votes (a motion or a round), encrypted as its browser does: the answer it gives
 * for each member it may cast for (null: blank).
 */
export async function castDemoSecret(
  ctx: Context,
  who: Actor,
  assembly: Assembly,
  ref: SecretBoxRef,
  answerFor: (memberNo: number) => string | null | undefined,
) {
  const secret = await readSecretElection(ctx, who, null, assembly.id, ref);
  return castEncryptedBallots(ctx, who, assembly.id, ref, {
    ballots: secret.credentials.flatMap(({ memberNo, credential }) => {
      const answer = answerFor(memberNo);
      if (answer === undefined) return [];
      const choices = [choiceVector(secret.question, answer)];
      return [{ memberNo, ballot: encryptBallot({ election: secret.election, credential, choices }).ballot }];
    }),
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
        boxRefOf(waiting.id),
        partialDecryption(waiting.election, waiting.encryptedTally, key),
      );
    }
  }
}
