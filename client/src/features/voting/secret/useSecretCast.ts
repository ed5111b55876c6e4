import { useCallback, useEffect, useRef, useState } from 'react';
import type { CastBallotsResponse } from '@shared/api/voting';
import { choiceVector } from '@shared/belenios/choices';
import { castEncryptedBallots, fetchSecretElection, type SecretVotePath } from './api';
import { encryptBallots } from './encryptBallots';

/**
 * Encrypted ballots per request: some 7 kB each, so that one request stays well under the
 * server's limit on a JSON body (256 kB) whatever the number of members a person casts for.
 */
const BALLOTS_PER_REQUEST = 20;

/** Where a secret cast stands: fetching the election, encrypting (n of total), sending. */
export type SecretCastStage =
  { stage: 'preparing' } | { stage: 'encrypting'; done: number; total: number } | { stage: 'sending' };

/** The encryption failed in this browser (not the server's refusal): nothing was sent. */
export class EncryptionFailed extends Error {
  override name = 'EncryptionFailed';
}

/**
 * A secret vote cast the Belenios way: the browser fetches the election and the members'
 * credentials, encrypts each member's answer in a Web Worker, and posts only the encrypted ballots.
 * The vote is a motion or an election round, at `path`; an answer is one of its question's
 * (`null`: a blank ballot). `skipped` counts the members the server gave no credential for (not
 * castable now).
 */
export function useSecretCast(path: SecretVotePath) {
  const [stage, setStage] = useState<SecretCastStage | null>(null);
  const controllerRef = useRef<AbortController | null>(null);
  useEffect(() => () => controllerRef.current?.abort(), []);

  const cast = useCallback(
    async (
      choices: Array<{ memberNo: number; answer: string | null }>,
    ): Promise<CastBallotsResponse & { skipped: number }> => {
      const controller = new AbortController();
      controllerRef.current = controller;
      const { signal } = controller;
      try {
        setStage({ stage: 'preparing' });
        const secret = await fetchSecretElection(path, signal);
        const credentials = new Map(secret.credentials.map((entry) => [entry.memberNo, entry.credential]));
        const ballots = choices.flatMap(({ memberNo, answer }) => {
          const credential = credentials.get(memberNo);
          return credential ? [{ memberNo, credential, choices: [choiceVector(secret.question, answer)] }] : [];
        });
        const skipped = choices.length - ballots.length;
        if (ballots.length === 0) return { receipts: [], refused: [], skipped };
        setStage({ stage: 'encrypting', done: 0, total: ballots.length });
        const encrypted = await encryptBallots(
          { election: secret.election, ballots },
          { signal, onProgress: (done, total) => setStage({ stage: 'encrypting', done, total }) },
        ).catch((error: unknown) => {
          if (signal.aborted) throw error;
          throw new EncryptionFailed(error instanceof Error ? error.message : String(error));
        });
        setStage({ stage: 'sending' });
        const answer: CastBallotsResponse = { receipts: [], refused: [] };
        for (let start = 0; start < encrypted.length; start += BALLOTS_PER_REQUEST) {
          const part = await castEncryptedBallots(path, {
            ballots: encrypted
              .slice(start, start + BALLOTS_PER_REQUEST)
              .map(({ memberNo, ballot }) => ({ memberNo, ballot })),
          });
          answer.receipts.push(...part.receipts);
          answer.refused.push(...part.refused);
        }
        return { ...answer, skipped };
      } finally {
        if (controllerRef.current === controller) controllerRef.current = null;
        setStage(null);
      }
    },
    [path],
  );

  /** Stops the encryption: nothing is sent. */
  const cancel = useCallback(() => controllerRef.current?.abort(), []);
  return { stage, cast, cancel };
}
