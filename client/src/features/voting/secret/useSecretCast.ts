import { useCallback, useEffect, useRef, useState } from 'react';
import type { CastBallotsResponse } from '@shared/api/voting';
import { choiceVector, motionAnswer } from '@shared/belenios/choices';
import type { BallotChoice } from '@shared/schemas/ballot';
import { castEncryptedBallots, fetchSecretElection } from './api';
import { encryptBallots } from './encryptBallots';

/** Where a secret cast stands: fetching the election, encrypting (n of total), sending. */
export type SecretCastStage =
  { stage: 'preparing' } | { stage: 'encrypting'; done: number; total: number } | { stage: 'sending' };

/** The encryption failed in this browser (not the server's refusal): nothing was sent. */
export class EncryptionFailed extends Error {
  override name = 'EncryptionFailed';
}

/**
 * A secret vote cast the Belenios way: the browser fetches the election and the members'
 * credentials, encrypts each member's choice in a Web Worker, and posts only the encrypted ballots.
 * `skipped` counts the members the server gave no credential for (not castable now).
 */
export function useSecretCast(assemblyId: string, motionId: string) {
  const [stage, setStage] = useState<SecretCastStage | null>(null);
  const controllerRef = useRef<AbortController | null>(null);
  useEffect(() => () => controllerRef.current?.abort(), []);

  const cast = useCallback(
    async (
      choices: Array<{ memberNo: number; choice: BallotChoice }>,
    ): Promise<CastBallotsResponse & { skipped: number }> => {
      const controller = new AbortController();
      controllerRef.current = controller;
      const { signal } = controller;
      try {
        setStage({ stage: 'preparing' });
        const secret = await fetchSecretElection(assemblyId, motionId, signal);
        const credentials = new Map(secret.credentials.map((entry) => [entry.memberNo, entry.credential]));
        const ballots = choices.flatMap(({ memberNo, choice }) => {
          const credential = credentials.get(memberNo);
          return credential
            ? [{ memberNo, credential, choices: [choiceVector(secret.question, motionAnswer(choice))] }]
            : [];
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
        const answer = await castEncryptedBallots(assemblyId, motionId, {
          ballots: encrypted.map(({ memberNo, ballot }) => ({ memberNo, ballot })),
        });
        return { ...answer, skipped };
      } finally {
        if (controllerRef.current === controller) controllerRef.current = null;
        setStage(null);
      }
    },
    [assemblyId, motionId],
  );

  /** Stops the encryption: nothing is sent. */
  const cancel = useCallback(() => controllerRef.current?.abort(), []);
  return { stage, cast, cancel };
}
