import { useTranslation } from 'react-i18next';
import type { WaitingVote } from './waitingVotes';

/** At the top of the room: the open votes that wait for this person, each with a way to it. */
export function WaitingVotesBanner({ waiting, onGo }: { waiting: WaitingVote[]; onGo: (itemId: string) => void }) {
  const { t } = useTranslation();
  if (waiting.length === 0) return null;
  const first = waiting[0]!;
  const members =
    first.members.length <= 3 ? first.members.join(', ') : t('votes.bannerMembers', { count: first.members.length });
  return (
    <div className="notice notice--info waiting-votes" role="status" data-testid="waiting-votes">
      <p>
        {waiting.length === 1
          ? t('votes.bannerOne', { title: first.title, members })
          : t('votes.bannerMany', { count: waiting.length, titles: waiting.map((vote) => vote.title).join(', ') })}
      </p>
      <p>
        {waiting.map((vote) => (
          <button key={vote.key} type="button" className="button button--small" onClick={() => onGo(vote.itemId)}>
            {waiting.length === 1 ? t('votes.bannerGo') : t('votes.bannerGoTo', { title: vote.title })}
          </button>
        ))}
      </p>
    </div>
  );
}
