import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeAssembly, OpenAssemblyTasks, WaitingVote } from '@shared/api/home';
import { useApiQuery } from '../../api/useApiQuery';
import { paths } from '../../app/paths';
import { formatTimeUntil } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useNow } from '../../ui/useNow';
import { PhaseBadge } from '../assemblies/PhaseBadge';
import { When } from '../assemblies/When';
import { fetchHome } from './api';

/**
 * "What do I do now": for each assembly open now, the votes waiting for the person and a way into
 * the room; then the assemblies to come, on the person's clock. Nothing while nothing is open or
 * convened: the home then reads as before.
 */
export function WhatNow() {
  const { t } = useTranslation();
  const { state } = useApiQuery('home', fetchHome);
  if (state.status !== 'ready') return null;
  const { open, upcoming } = state.data;
  if (open.length === 0 && upcoming.length === 0) return null;
  return (
    <section className="what-now" aria-labelledby="what-now-title" data-testid="what-now">
      <h2 id="what-now-title">{t('home.now.title')}</h2>
      {open.length > 0 && (
        <ul className="what-now__list">
          {open.map((tasks) => (
            <OpenAssembly key={tasks.assembly.id} tasks={tasks} />
          ))}
        </ul>
      )}
      {upcoming.length > 0 && (
        <>
          <h3>{t('home.now.upcomingTitle')}</h3>
          <ul className="what-now__list">
            {upcoming.map((assembly) => (
              <Upcoming key={assembly.id} assembly={assembly} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function OpenAssembly({ tasks }: { tasks: OpenAssemblyTasks }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const now = useNow(60_000);
  const { assembly, waiting } = tasks;
  const closes = formatTimeUntil(Date.parse(assembly.closesAt) - now, language);
  const members = Math.max(...waiting.map((vote) => vote.members), 0);
  return (
    <li className="card what-now__card what-now__card--open">
      <p className="what-now__kind">
        <PhaseBadge phase="open" /> {t(`assemblyKind.${assembly.kind}`)}
      </p>
      <h3 className="what-now__title">
        <Link to={paths.assembly(assembly.id)}>{assembly.title}</Link>
      </h3>
      <p className="what-now__waiting">
        <strong>
          {tasks.votingFor === 0
            ? t('home.now.notVoting')
            : waiting.length === 0
              ? t('home.now.nothing', { closes })
              : t('home.now.waiting', {
                  votes: t('home.now.votes', { count: waiting.length }),
                  members: t('home.now.members', { count: members }),
                  closes,
                })}
        </strong>
      </p>
      {waiting.length > 0 && (
        <ul className="what-now__votes">
          {waiting.map((vote) => (
            <li key={vote.id}>
              <VoteName vote={vote} />
            </li>
          ))}
        </ul>
      )}
      <p className="what-now__when">
        <span className="what-now__label">{t('home.now.closes')}</span>
        <When iso={assembly.closesAt} referenceZone={assembly.referenceTimeZone} />
      </p>
      <Link className="button" to={paths.assembly(assembly.id)}>
        {t('home.now.enter')}
      </Link>
    </li>
  );
}

function VoteName({ vote }: { vote: WaitingVote }) {
  const { t } = useTranslation();
  if (vote.kind === 'motion') return <>{vote.title}</>;
  return (
    <>
      {t('motionKind.election')} —{' '}
      {t('elections.of', { office: t(`bodies.office.${vote.office}`), body: t(`bodies.body.${vote.body}`) })}
    </>
  );
}

function Upcoming({ assembly }: { assembly: HomeAssembly }) {
  const { t } = useTranslation();
  return (
    <li className="card what-now__card">
      <p className="what-now__kind">{t(`assemblyKind.${assembly.kind}`)}</p>
      <h4 className="what-now__title">
        <Link to={paths.assembly(assembly.id)}>{assembly.title}</Link>
      </h4>
      <p className="what-now__when">
        <span className="what-now__label">{t('home.now.opens')}</span>
        <When iso={assembly.opensAt} referenceZone={assembly.referenceTimeZone} />
      </p>
    </li>
  );
}
