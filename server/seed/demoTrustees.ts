import { encryptBallot } from '@shared/belenios/ballot';
import { choiceVector } from '@shared/belenios/choices';
import { newTrusteeSeed, trusteeCertificate, trusteePolynomial, trusteeVoutput } from '@shared/belenios/trustees';
import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import { castEncryptedBallots } from '../commands/castEncryptedBallots';
import { submitCeremonyStep } from '../commands/trustees';
import type { Context } from '../context';
import { readSecretElection } from '../queries/readSecretElection';
import { readTrustees } from '../queries/trustees';
import type { SecretBoxRef } from '../queries/secretBox';

/**
 * The demo's trustees (the default ones: the Table's president and secretary, the Audit council's
 * president) make the key of its secret votes, each its three steps, as their browsers would. Their
 * seeds are not kept: the demo's secret votes are not meant to be decrypted.
 */
export async function seedTrusteeKey(ctx: Context, assembly: Assembly, trustees: Actor[]): Promise<void> {
  const seeds = new Map(trustees.map((actor) => [actor.personId, newTrusteeSeed()]));
  const you = async (actor: Actor) => (await readTrustees(ctx, actor, null, assembly.id)).you;
  for (const actor of trustees)
    await submitCeremonyStep(ctx, actor, assembly.id, {
      step: 'certificate',
      piece: trusteeCertificate(seeds.get(actor.personId) ?? ''),
    });
  for (const actor of trustees) {
    const todo = (await you(actor))?.todo;
    if (todo?.step !== 'polynomial') throw new Error('demo: no polynomial due');
    await submitCeremonyStep(ctx, actor, assembly.id, {
      step: 'polynomial',
      piece: trusteePolynomial(seeds.get(actor.personId) ?? '', todo.certificates, todo.threshold),
    });
  }
  for (const actor of trustees) {
    const todo = (await you(actor))?.todo;
    if (todo?.step !== 'voutput') throw new Error('demo: no voutput due');
    await submitCeremonyStep(ctx, actor, assembly.id, {
      step: 'voutput',
      piece: trusteeVoutput(seeds.get(actor.personId) ?? '', todo.certificates, todo.vinput),
    });
  }
}

/** A person's secret votes, encrypted as its browser would: one answer (or null, blank) for every member it may cast for. */
export async function castSecretDemo(
  ctx: Context,
  actor: Actor,
  assembly: Assembly,
  ref: SecretBoxRef,
  answer: string | null,
) {
  const secret = await readSecretElection(ctx, actor, null, assembly.id, ref);
  return castEncryptedBallots(ctx, actor, assembly.id, ref, {
    ballots: secret.credentials.map(({ memberNo, credential }) => ({
      memberNo,
      ballot: encryptBallot({ election: secret.election, credential, choices: [choiceVector(secret.question, answer)] })
        .ballot,
    })),
  });
}
