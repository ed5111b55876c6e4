import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MotionView } from '@shared/api/voting';
import type { Attendance } from '@shared/events';
import { quorumVerdict } from '@shared/rules/quorum';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormFailure } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { closeMotion } from './api';

/**
 * The Table closes a vote before the room does, once it has read what that means: how many voting
 * members have voted, and whether the quorum the motion needs is there.
 */
export function CloseVoteButton({
  assemblyId,
  entry,
  presence,
  onClosed,
}: {
  assemblyId: string;
  entry: MotionView;
  presence: Attendance;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const closing = useRequest();
  const quorum = quorumVerdict(entry.motion.kind, presence);
  const close = () =>
    closing.run(async () => {
      await closeMotion(assemblyId, entry.motion.id);
      onClosed();
    });

  return (
    <>
      <p>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={closing.pending || undefined}
          onClick={() => !closing.pending && setAsking(true)}
        >
          {t('votes.closeNow')}
        </button>
      </p>
      {closing.failure && <FormFailure failure={closing.failure} />}
      <ConfirmDialog
        open={asking}
        title={t('confirm.closeVote.title')}
        confirmLabel={t('confirm.closeVote.yes')}
        cancelLabel={t('confirm.closeVote.keep')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void close();
        }}
      >
        <p className="confirm-dialog__motion">{entry.motion.title}</p>
        {entry.turnout !== null && (
          <p>{t('confirm.closeVote.turnout', { count: entry.turnout, voting: presence.votingMembers })}</p>
        )}
        {quorum.applies ? (
          <p>
            {t('confirm.closeVote.quorum', {
              required: quorum.required,
              voting: presence.votingMembers,
              total: quorum.presentOrRepresented,
            })}
            {!quorum.ok && <strong> {t('confirm.closeVote.quorumShort')}</strong>}
          </p>
        ) : (
          <p>{t('confirm.closeVote.noQuorum')}</p>
        )}
        <p>{t('confirm.closeVote.final')}</p>
      </ConfirmDialog>
    </>
  );
}
