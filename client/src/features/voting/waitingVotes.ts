import { useEffect } from 'react';
import type { ElectionsResponse, MotionView, MotionsResponse } from '@shared/api/voting';
import { useApiQuery } from '../../api/useApiQuery';
import { fetchElections, fetchMotions } from './api';

/** An open vote (a motion, or an election's round) still waiting for this person: the members it can vote for and has not. */
export interface WaitingVote {
  key: string;
  itemId: string;
  title: string;
  members: string[];
}

/**
 * The members a person can vote for now on one motion (R.7): its own and the proxies it holds, not
 * one whose proxy it gave, not one whose proxy it holds that voted itself.
 */
export function canVoteFor(entry: MotionView, castable: MotionsResponse['castable']): MotionsResponse['castable'] {
  const ownVotes = new Set(
    entry.myBallots.filter((ballot) => ballot.castAs === 'own').map((ballot) => ballot.memberNo),
  );
  return castable.filter(
    (member) => member.proxyGivenTo === null && !(member.castAs === 'proxy' && ownVotes.has(member.memberNo)),
  );
}

/** The open votes that wait for this person, until it has voted for every member it can. */
export function waitingVotes(voting: MotionsResponse): WaitingVote[] {
  return voting.motions.flatMap((entry) => {
    if (entry.tally || entry.motion.closedAt) return [];
    const voted = new Set(entry.myBallots.map((ballot) => ballot.memberNo));
    const members = canVoteFor(entry, voting.castable).filter((member) => !voted.has(member.memberNo));
    if (members.length === 0) return [];
    return [
      {
        key: entry.motion.id,
        itemId: entry.motion.itemId,
        title: entry.motion.title,
        members: members.map((member) => member.organisation),
      },
    ];
  });
}

/** The elections whose current round waits for this person, named by their agenda item. */
export function waitingElections(voting: ElectionsResponse, titleOf: (itemId: string) => string): WaitingVote[] {
  const members = voting.castable.filter((member) => member.proxyGivenTo === null);
  return voting.elections.flatMap((entry) => {
    if (entry.finished) return [];
    const voted = new Set(entry.voted);
    const left = members.filter((member) => !voted.has(member.memberNo));
    if (left.length === 0) return [];
    const { id, itemId } = entry.election;
    return [{ key: `${id}-${entry.round}`, itemId, title: titleOf(itemId), members: left.map((m) => m.organisation) }];
  });
}

/** The votes waiting for this person in a live room, read again when the room says votes changed or it voted. */
export function useWaitingVotes(
  assemblyId: string,
  version: number,
  live: boolean,
  titleOf: (itemId: string) => string,
): WaitingVote[] {
  const { state, reload } = useApiQuery(`waiting:${assemblyId}`, (signal) =>
    Promise.all([fetchMotions(assemblyId, signal), fetchElections(assemblyId, signal)]),
  );
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
  if (!live || state.status !== 'ready') return [];
  const [motions, elections] = state.data;
  return [...waitingVotes(motions), ...waitingElections(elections, titleOf)];
}
