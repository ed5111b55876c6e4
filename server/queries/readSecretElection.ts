import type { Actor } from '@shared/rules/permissions';
import type { SecretElectionResponse } from '@shared/api/secretBallots';
import { electionFingerprint } from '@shared/belenios/election';
import { Refusal } from '../commands/refusal';
import type { Context } from '../context';
import { castableFor } from './castable';
import { secretBoxOf, type SecretBoxRef } from './secretBox';
import { visibleAssembly } from './visibleAssembly';

/** What a browser needs to encrypt the votes of the members its person may cast for now, and nothing more. */
export async function readSecretElection(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'proxies' | 'register' | 'secretVotes' | 'statutes' | 'votes'>,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
  ref: SecretBoxRef,
): Promise<SecretElectionResponse> {
  await visibleAssembly(ctx, actor, scope, assemblyId);
  const box = await secretBoxOf(ctx, assemblyId, ref);
  const election = await ctx.secretVotes.election(box.id);
  if (!election) throw new Refusal('vote_not_encrypted', {});
  const { castable } = await castableFor(ctx, actor, assemblyId);
  const credentials = await ctx.secretVotes.credentials(
    box.id,
    castable.map((ballot) => ballot.memberNo),
  );
  return {
    election: election.election,
    uuid: election.uuid,
    fingerprint: electionFingerprint(election.election),
    question: { answers: box.answers, blank: true },
    credentials: [...credentials.entries()].map(([memberNo, { credential }]) => ({ memberNo, credential })),
  };
}
