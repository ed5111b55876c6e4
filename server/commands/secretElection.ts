import type { Actor } from '@shared/rules/permissions';
import { isVoting } from '@shared/rules/members';
import { motionQuestion } from '@shared/rules/secretVotes';
import type { Assembly } from '@shared/schemas/assembly';
import type { Motion } from '@shared/schemas/voting';
import { electionFingerprint, electionJson } from '@shared/belenios/election';
import { newCredential, newUuid, publicCredential } from '@shared/belenios/encoding';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { ceremonyProgress, trusteeSetup } from '../queries/trustees';

/**
 * A secret motion is a Belenios election (#20): its record names the question and the trustees'
 * joint key, and every voting member gets a credential of its own (Belenios's credential
 * authority is the server: who may vote rests on it, what was voted does not). Refused until the
 * trustees have made the key.
 */
export async function openSecretElection(
  ctx: Pick<Context, 'assemblies' | 'now' | 'queues' | 'register' | 'secretVotes' | 'statutes'>,
  actor: Actor,
  assembly: Assembly,
  motion: Motion,
): Promise<void> {
  const ceremony = await ctx.secretVotes.ceremony(assembly.id);
  if (!ceremony.trustees || !ceremony.publicKey) {
    const setup = await trusteeSetup(ctx, assembly.id, ceremony);
    throw new Refusal('trustees_not_ready', { ...ceremonyProgress(ceremony, setup), context: 'open' });
  }
  const uuid = newUuid();
  const election = electionJson({
    uuid,
    name: `${assembly.title} — ${motion.title}`.slice(0, 200),
    description: motion.text.slice(0, 2000),
    questions: [motionQuestion(motion.title.slice(0, 200))],
    publicKey: BigInt(ceremony.publicKey),
  });
  const register = await ctx.register.snapshot();
  const credentials = register.members
    .filter((member) => isVoting(member, ctx.statutes))
    .map((member) => {
      const credential = newCredential();
      return { memberNo: member.memberNo, credential, publicCredential: publicCredential(credential, uuid).toString() };
    });
  await ctx.secretVotes.saveElection(
    motion.id,
    {
      uuid,
      election,
      trustees: ceremony.trustees,
      timestamp: Math.floor(ctx.now().getTime() / 1000),
      // Sorted: the list published says nothing of which member holds which.
      publicCredentials: credentials.map((entry) => entry.publicCredential).sort(),
    },
    credentials,
    {
      at: ctx.now().toISOString(),
      by: signature(actor),
      action: 'secret_election.made',
      subject: `motion:${motion.id}`,
      before: null,
      after: { uuid, fingerprint: electionFingerprint(election), credentials: credentials.length },
    },
  );
}
