import type { Actor } from '@shared/rules/permissions';
import type { SecretElectionResponse } from '@shared/api/secretBallots';
import { electionFingerprint } from '@shared/belenios/election';
import { Refusal } from '../commands/refusal';
import type { Context } from '../context';
import { castableFor } from './castable';
import { visibleAssembly } from './visibleAssembly';

/** What a browser needs to encrypt the votes of the members its person may cast for now, and nothing more. */
export async function readSecretElection(
  ctx: Pick<Context, 'assemblies' | 'proxies' | 'register' | 'secretVotes' | 'statutes' | 'votes'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
  motionId: string,
): Promise<SecretElectionResponse> {
  await visibleAssembly(ctx, actor, scope, assemblyId);
  const motion = await ctx.votes.motion(assemblyId, motionId);
  if (!motion) throw new Refusal('motion_not_found', {});
  const election = motion.secret ? await ctx.secretVotes.election(motionId) : null;
  if (!election) throw new Refusal('vote_not_encrypted', {});
  const { castable } = await castableFor(ctx, actor, assemblyId);
  const credentials = await ctx.secretVotes.credentials(
    motionId,
    castable.map((ballot) => ballot.memberNo),
  );
  return {
    election: election.election,
    uuid: election.uuid,
    fingerprint: electionFingerprint(election.election),
    question: { answers: ['for', 'against'], blank: true },
    credentials: [...credentials.entries()].map(([memberNo, { credential }]) => ({ memberNo, credential })),
  };
}
