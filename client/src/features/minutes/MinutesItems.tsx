import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { renderElectionReason } from '@shared/rules/messages';
import { resultLine } from '../voting/MotionResult';
import { minutesSpeakers } from '@shared/rules/minutesMembers';
import { Markdown } from '../room/Markdown';
import { useMemberName } from './minutesWords';
import type { MinutesItem, MinutesMessage } from '@shared/schemas/minutes';
import type { MinutesElection, MinutesMotion } from '@shared/schemas/minutesVotes';
import { useLanguage } from '../../i18n/useLanguage';
import { ReceiptHashes } from '../voting/ReceiptHashes';

/* The agenda items of the minutes with their motions, elections and discussion. */

/** An item's heading: its number and title, or that it was taken off the agenda on the day. */
export function itemTitle(item: MinutesItem, t: TFunction): string {
  return item.number === null
    ? t('minutes.droppedItem')
    : t('minutes.item', { number: item.number, title: item.title });
}

/** One line of a list: what it is about, then its details (they wrap under it on a phone). */
export function Row({ main, detail, muted = false }: { main: string; detail: string; muted?: boolean }) {
  return (
    <li className={muted ? 'minutes-row muted' : 'minutes-row'}>
      <span className="minutes-row__main">{main}</span>
      <span className="minutes-row__detail">{detail}</span>
    </li>
  );
}

/** An agenda item: what was voted and elected on it. */
export function Item({ item, when }: { item: MinutesItem; when: (iso: string) => string }) {
  const { t } = useTranslation();
  return (
    <article className="minutes-item" aria-label={itemTitle(item, t)}>
      <h3>{itemTitle(item, t)}</h3>
      {item.kind && <p className="hint">{t(`agendaKind.${item.kind}`)}</p>}
      {item.motions.length === 0 && item.elections.length === 0 && (
        <p className="muted">{t('minutes.nothingDecided')}</p>
      )}
      {item.motions.map((motion) => (
        <Motion key={motion.id} motion={motion} when={when} />
      ))}
      {item.elections.map((election) => (
        <Election key={election.id} election={election} />
      ))}
    </article>
  );
}

function Motion({ motion, when }: { motion: MinutesMotion; when: (iso: string) => string }) {
  const { t } = useTranslation();
  const memberName = useMemberName();
  const language = useLanguage();
  const { result } = motion;
  return (
    <div className={result ? `minutes-motion result--${result.outcome}` : 'minutes-motion'}>
      <h4>{t('minutes.motion', { title: motion.title })}</h4>
      <p className="hint">
        {t(`motionKind.${motion.kind}`)} — {motion.secret ? t('votes.secret') : t('votes.named')} —{' '}
        {t('minutes.opened', { date: when(motion.openedAt), name: motion.openedBy })}
        {motion.closedAt && ` — ${t('minutes.closedEarly', { date: when(motion.closedAt) })}`}
      </p>
      {motion.subjectMemberNo !== null && (
        <p className="hint">{t('minutes.subject', { memberNo: motion.subjectMemberNo })}</p>
      )}
      <div className="message__body">
        <Markdown source={motion.text} />
      </div>
      {result ? (
        <>
          <p className="minutes-outcome">
            <strong>{resultLine(result, t, language)}</strong>
          </p>
          <p>{t('minutes.counts', result.counts)}</p>
          {result.quorum.applies && (
            <p>{t('minutes.quorum', { ...result.quorum, voting: result.quorum.votingMembers })}</p>
          )}
        </>
      ) : (
        <p>
          <strong>{t('minutes.notCounted')}</strong>
        </p>
      )}
      {motion.ballots.length > 0 && (
        <details>
          <summary>{t('minutes.ballots', { count: motion.ballots.length })}</summary>
          <ul className="plain-list minutes-rows">
            {motion.ballots.map((ballot) => (
              <Row
                key={ballot.memberNo}
                main={memberName(ballot)}
                detail={`${t(`votes.choice.${ballot.vote}`)} — ${ballot.castAs === 'own' ? t('minutes.own') : t('minutes.byProxy')}`}
              />
            ))}
          </ul>
        </details>
      )}
      {motion.receipts && <Receipts hashes={motion.receipts.hashes} head={motion.receipts.chainHead} />}
      {motion.archive && <Archive archive={motion.archive} />}
    </div>
  );
}

function Receipts({ hashes, head }: { hashes: string[]; head: string }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary className="minutes-hash">{t('minutes.receipts', { count: hashes.length, head })}</summary>
      <ReceiptHashes hashes={hashes} />
    </details>
  );
}

/** A secret vote's Belenios archive, by file name and SHA-256: what anyone checks the count with. */
function Archive({ archive }: { archive: { file: string; sha256: string } }) {
  const { t } = useTranslation();
  return <p className="minutes-hash">{t('minutes.archive', archive)}</p>;
}

function Election({ election }: { election: MinutesElection }) {
  const { t } = useTranslation();
  const memberName = useMemberName();
  const language = useLanguage();
  const names = new Map(election.candidates.map((candidate) => [candidate.memberNo, memberName(candidate)]));
  const organisations = new Map(election.candidates.map((candidate) => [candidate.memberNo, candidate.organisation]));
  return (
    <div className="minutes-motion">
      <h4>
        {t('minutes.election', {
          office: t(`bodies.office.${election.office}`),
          body: t(`bodies.body.${election.body}`),
        })}
      </h4>
      <p>
        {t('minutes.labelled', {
          label: t('minutes.candidates'),
          value: election.candidates
            .map((candidate) => `${memberName(candidate)}${candidate.person ? ` (${candidate.person})` : ''}`)
            .join('; '),
        })}
      </p>
      {election.rounds.map((round) => (
        <div key={round.round}>
          <h5>{t('minutes.round', { round: round.round })}</h5>
          <ul className="plain-list minutes-rows">
            {round.result.counts.candidates.map((candidate) => (
              <Row
                key={candidate.memberNo}
                main={names.get(candidate.memberNo) ?? `n° ${candidate.memberNo}`}
                detail={t('minutes.labelled', { label: t('minutes.column.votes'), value: candidate.votes })}
              />
            ))}
          </ul>
          <p className="hint">
            {t('minutes.roundFigures', {
              cast: round.result.counts.cast,
              expressed: round.result.counts.expressed,
              blank: round.result.counts.blank,
              invalid: round.result.counts.invalid,
              majority: round.result.absoluteMajority,
            })}
          </p>
          <p>{renderElectionReason(language, round.result, (memberNo) => organisations.get(memberNo))}</p>
          <Receipts hashes={round.receipts.hashes} head={round.receipts.chainHead} />
          {round.archive && <Archive archive={round.archive} />}
        </div>
      ))}
      <p>
        <strong>
          {election.elected ? t('minutes.elected', { member: memberName(election.elected) }) : t('minutes.notElected')}
        </strong>
      </p>
    </div>
  );
}

/** The discussion of one item, numbered as in the whole room: folded when long. */
export function Thread({
  title,
  messages,
  when,
}: {
  title: string;
  messages: MinutesMessage[];
  when: (iso: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <details className="minutes-thread" open={messages.length > 0 && messages.length <= 5}>
      <summary>
        <h3>
          {title} <span className="count-pill">{messages.length}</span>
        </h3>
      </summary>
      {messages.length === 0 ? (
        <p className="muted">{t('minutes.noMessages')}</p>
      ) : (
        <ol className="plain-list minutes-messages">
          {messages.map((message) => (
            <li key={message.number} className="minutes-message" id={`message-${message.number}`}>
              <p className="minutes-message__head">
                <strong>
                  {t('minutes.messageHead', {
                    number: message.number,
                    author: message.author,
                    date: when(message.postedAt),
                  })}
                </strong>
                {message.speaksFor.length > 0 && (
                  <span>
                    {' '}
                    —{' '}
                    {t('minutes.speaksFor', {
                      members: t('minutes.memberNumbers', { numbers: minutesSpeakers(message) }),
                    })}
                  </span>
                )}
                {message.replyTo && (
                  <span>
                    {' '}
                    — <a href={`#message-${message.replyTo}`}>{t('minutes.replyTo', { number: message.replyTo })}</a>
                  </span>
                )}
                {message.byEmail && <span> — {t('minutes.byEmail')}</span>}
                {message.edited && <span> — {t('minutes.edited')}</span>}
                {message.withdrawnAt && <span> — {t('minutes.withdrawn', { date: when(message.withdrawnAt) })}</span>}
              </p>
              {message.hidden ? (
                <p className="muted">
                  {t('minutes.hiddenBody', {
                    by: message.hidden.by,
                    date: when(message.hidden.at),
                    reason: message.hidden.reason,
                  })}
                </p>
              ) : (
                <div className="message__body">
                  <Markdown source={message.body ?? ''} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
