import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MotionsResponse } from '@shared/api/voting';

type Castable = MotionsResponse['castable'][number];

/**
 * Whom a vote is for, by organisation, before it is sent: the members included, those left out
 * because they voted themselves (R.7: their own vote counts), and those whose proxy the person
 * gave, which it includes only after confirming that voting takes the proxy back.
 */
export function BallotMembers({
  members,
  votedItself,
  given,
  onTakeBack,
}: {
  members: Castable[];
  votedItself: Castable[];
  given: Castable[];
  onTakeBack: (memberNo: number) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Castable | null>(null);
  const id = useId();
  return (
    <div className="ballot__for" data-testid="ballot-members">
      <p id={`${id}-for`}>{t('votes.votingFor', { count: members.length })}</p>
      {/* A long list scrolls: it is reached with Tab (to scroll it by keyboard) and says what it lists. */}
      <div className="ballot__members" role="region" aria-labelledby={`${id}-for`} tabIndex={0}>
        <ul className="plain-list">
          {members.map((member) => (
            <li key={member.memberNo}>
              {member.organisation}
              {member.castAs === 'proxy' && <span className="muted"> ({t('votes.byProxy')})</span>}
            </li>
          ))}
        </ul>
      </div>
      {votedItself.length > 0 && (
        <p className="hint" data-testid="voted-itself">
          {t('votes.votedItself', {
            count: votedItself.length,
            names: votedItself.map((member) => member.organisation).join(', '),
          })}
        </p>
      )}
      {given.length > 0 && (
        <ul className="plain-list ballot__given" data-testid="proxy-given">
          {given.map((member) => (
            <li key={member.memberNo}>
              {t('votes.proxyGiven', { name: member.organisation, holder: member.proxyGivenTo ?? '' })}{' '}
              {asking?.memberNo === member.memberNo ? (
                <span role="group">
                  <strong>
                    {t('votes.takeBackQuestion', { name: member.organisation, holder: member.proxyGivenTo ?? '' })}
                  </strong>{' '}
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      onTakeBack(member.memberNo);
                      setAsking(null);
                    }}
                  >
                    {t('votes.takeBackConfirm')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setAsking(null)}
                  >
                    {t('form.cancel')}
                  </button>
                </span>
              ) : (
                <button type="button" className="message__action" onClick={() => setAsking(member)}>
                  {t('votes.takeBack')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
