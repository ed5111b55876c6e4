import type { Actor } from '@shared/rules/permissions';
import { isVoting } from '@shared/rules/members';
import type { Assembly } from '@shared/schemas/assembly';
import type { SecretBox } from '../queries/secretBox';
import { electionFingerprint, electionJson } from '@shared/belenios/election';
import { newCredential, newUuid, publicCredential } from '@shared/belenios/encoding';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { ceremonyProgress, trusteeSetup } from '../queries/trustees';

/** Refused until the trustees have made the election key of the assembly's secret votes. */
export async function requireElectionKey(
  ctx: Pick<Context, 'now' | 'register' | 'secretVotes' | 'statutes'>,
  assemblyId: string,
) {
  const ceremony = await ctx.secretVotes.ceremony(assemblyId);
  if (!ceremony.trustees || !ceremony.publicKey) {
    const setup = await trusteeSetup(ctx, assemblyId, ceremony);
    throw new Refusal('trustees_not_ready', { ...ceremonyProgress(ceremony, setup), context: 'open' });
  }
  return { trustees: ceremony.trustees, publicKey: ceremony.publicKey };
}

/**
 * A secret vote (a motion, or a round of an office's election) is a Belenios election (#20): its
 * record names the question and the trustees' joint key, and every voting member gets a credential
 * of its own (Belenios's credential authority is the server: who may vote rests on it, what was
 * voted does not). Refused until the trustees have made the key.
 */
export async function openSecretElection(
  ctx: Pick<Context, 'now' | 'register' | 'secretVotes' | 'statutes'>,
  actor: Actor | null,
  assembly: Assembly,
  box: SecretBox,
): Promise<void> {
  const key = await requireElectionKey(ctx, assembly.id);
  const uuid = newUuid();
  const election = electionJson({
    uuid,
    name: `${assembly.title} — ${recordTitle(box)}`.slice(0, 200),
    description: box.description.slice(0, 2000),
    questions: [box.question],
    publicKey: BigInt(key.publicKey),
  });
  const register = await ctx.register.snapshot();
  const credentials = register.members
    .filter((member) => isVoting(member, ctx.statutes))
    .map((member) => {
      const credential = newCredential();
      return { memberNo: member.memberNo, credential, publicCredential: publicCredential(credential, uuid).toString() };
    });
  await ctx.secretVotes.saveElection(
    box.id,
    {
      uuid,
      election,
      trustees: key.trustees,
      timestamp: Math.floor(ctx.now().getTime() / 1000),
      // Sorted: the list published says nothing of which member holds which.
      publicCredentials: credentials.map((entry) => entry.publicCredential).sort(),
    },
    credentials,
    {
      at: ctx.now().toISOString(),
      by: actor ? signature(actor) : { personId: null, name: 'Agora (count)' },
      action: 'secret_election.made',
      subject: box.subject,
      before: null,
      after: { uuid, fingerprint: electionFingerprint(election), credentials: credentials.length },
    },
  );
}

/** The vote as its Belenios record names it: a round says which office and which round. */
function recordTitle(box: SecretBox): string {
  return box.election && box.round
    ? `${box.title} (${box.election.body} ${box.election.office}, round ${box.round})`
    : box.title;
}
