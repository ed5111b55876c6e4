import { useTranslation } from 'react-i18next';

/**
 * The room's threads as tabs, one per agenda item and a general one: each with its count of
 * messages, and a mark while a vote on it still waits for this person. Titles truncate; the strip
 * scrolls inside the page, never the page itself.
 */
export function ThreadTabs({
  threads,
  current,
  counts,
  waiting,
  onPick,
}: {
  threads: ReadonlyArray<{ id: string; title: string }>;
  current: string;
  counts: ReadonlyMap<string, number>;
  waiting: ReadonlySet<string>;
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="threads" aria-label={t('liveRoom.threads')}>
      <ul>
        {threads.map((candidate) => (
          <li key={candidate.id}>
            <button
              type="button"
              className="threads__item"
              aria-current={candidate.id === current ? 'true' : undefined}
              // A thread reached with Tab shows whole, not cut at the edge of the strip.
              onFocus={(event) => event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' })}
              onClick={() => onPick(candidate.id)}
            >
              {waiting.has(candidate.id) && (
                <span className="threads__vote" aria-hidden="true" data-testid="tab-vote-marker">
                  ●
                </span>
              )}
              <span className="threads__title">{candidate.title}</span>
              <span className="threads__count" aria-hidden="true">
                {counts.get(candidate.id) ?? 0}
              </span>
              <span className="visually-hidden">
                {t('liveRoom.threadCount', { count: counts.get(candidate.id) ?? 0 })}
                {waiting.has(candidate.id) && `, ${t('votes.tabMarker')}`}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
