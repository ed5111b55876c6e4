import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AssemblyView } from '@shared/api/assemblies';
import { paths } from '../../app/paths';
import { usePolling } from '../../api/usePolling';
import { useApiQuery } from '../../api/useApiQuery';
import { BackLink } from '../../ui/BackLink';
import { loadLater } from '../../ui/loadLater';
import { Loading, QueryResult } from '../../ui/QueryStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { useCan, useSession } from '../auth/session';
import { TrusteesLink } from '../trustees/TrusteesLink';
import { ProxyRules } from '../voting/ProxyRules';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaSection } from './AgendaSection';
import { fetchAssembly } from './api';
import { CancelAssembly } from './CancelAssembly';
import { CancelledPanel } from './CancelledPanel';
import { ConvocationPanel } from './ConvocationPanel';
import { PersonalLinkDownload } from './PersonalLinkDownload';
import { PhaseBadge } from './PhaseBadge';
import { Proposals } from './Proposals';
import { RoomNotice } from './RoomNotice';
import { useReloadAtNextMoment } from './useReloadAtNextMoment';
import { WindowPanel } from './WindowPanel';

/** The live room's code (Socket.IO client included) loads only where a room is open or was held. */
export const LiveRoom = loadLater(
  () => import('../room/LiveRoom'),
  (module) => module.default,
);
const ProxyPanel = loadLater(
  () => import('../voting/ProxyPanel'),
  (module) => module.default,
);
const Candidacies = loadLater(
  () => import('../voting/Candidacies'),
  (module) => module.default,
);

/** How long the page follows the deliveries after a convocation went, and how often. */
const WATCH_MS = 30_000;
const WATCH_EVERY_MS = 3_000;

/** An assembly for everyone who may see it: when, the agenda and its documents; the Table prepares and convenes it here. */
export function AssemblyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const { state, reload, replace } = useApiQuery(`assembly:${id}`, (signal) => fetchAssembly(id, signal));
  usePageTitle(state.status === 'ready' ? state.data.assembly.title : t('assembly.title'));

  return (
    <div className="page">
      {!me?.scope && <BackLink to={paths.assemblies} label={t('assemblies.title')} />}
      <QueryResult query={{ state, reload }}>
        {(view) => <Assembly view={view} reload={reload} replace={replace} />}
      </QueryResult>
    </div>
  );
}

function Assembly({
  view,
  reload,
  replace,
}: {
  view: AssemblyView;
  reload: () => void;
  replace: (view: AssemblyView) => void;
}) {
  const { t } = useTranslation();
  const { assembly, phase } = view;
  const { me } = useSession();
  // The server shows the Table's parts (deliveries) only to the Table, and never to a personal link.
  const isTable = useCan('assembly.convene') && view.deliveries !== null;
  const canEdit = isTable && (phase === 'draft' || phase === 'convened');
  const [watchingUntil, setWatchingUntil] = useState(0);
  const [cancelledNow, setCancelledNow] = useState(false);

  useReloadAtNextMoment(view, reload);

  const queued = view.deliveries?.queued ?? 0;
  const watching = watchingUntil > Date.now();
  usePolling(reload, WATCH_EVERY_MS, isTable && (queued > 0 || watching));
  useEffect(() => {
    if (!watching) return;
    const timer = setTimeout(() => setWatchingUntil(0), watchingUntil - Date.now());
    return () => clearTimeout(timer);
  }, [watching, watchingUntil]);

  const onConvened = useCallback(() => setWatchingUntil(Date.now() + WATCH_MS), []);

  return (
    <article className="assembly" aria-labelledby="assembly-title">
      <header className="assembly-head">
        <div className="assembly-head__tags">
          <PhaseBadge phase={phase} />
          <span className="assembly-head__kind">{t(`assemblyKind.${assembly.kind}`)}</span>
          {assembly.hybrid && <span className="badge badge--role">{t('assembly.hybrid')}</span>}
        </div>
        <h1 id="assembly-title" className="assembly-head__title">
          {assembly.title}
        </h1>
        {isTable && (
          <div className="toolbar">
            {phase === 'draft' && (
              <Link className="button button--secondary" to={paths.assemblyEdit(assembly.id)}>
                {t('assembly.edit')}
              </Link>
            )}
            {assembly.dispatches.length > 0 && (
              <Link className="button button--secondary" to={paths.assemblyDeliveries(assembly.id)}>
                {t('assembly.deliveries')}
              </Link>
            )}
          </div>
        )}
      </header>

      <PersonalLinkDownload view={view} />
      {(phase === 'closed' || phase === 'minutes_published') && (
        <p className="toolbar assembly-minutes-link">
          <Link
            className={phase === 'minutes_published' ? 'button' : 'button button--secondary'}
            to={paths.minutes(assembly.id)}
          >
            {t('minutes.link')}
          </Link>
        </p>
      )}
      {cancelledNow && (
        <p className="notice notice--ok notice--block" role="status">
          {assembly.dispatches.length > 0 ? t('cancel.doneConvened') : t('cancel.doneDraft')}
        </p>
      )}
      <div className="assembly-layout">
        <div className="assembly-layout__top">
          {assembly.cancelled && <CancelledPanel view={view} />}
          <WindowPanel view={view} />
          {isTable && (phase === 'draft' || phase === 'convened') && (
            <ConvocationPanel view={view} onView={replace} onConvened={onConvened} />
          )}
        </div>
        <div className="assembly-layout__main">
          {me && (phase === 'open' || phase === 'closed' || phase === 'minutes_published') && (
            <Suspense fallback={<Loading slow={false} />}>
              <LiveRoom view={view} personId={me.person.id} speaksFor={me.actor.represents} onAgendaChanged={reload} />
            </Suspense>
          )}
          <AgendaSection view={view} canEdit={canEdit} onView={replace} onChanged={reload} />
          {me &&
            phase !== 'draft' &&
            phase !== 'cancelled' &&
            assembly.agenda.some((item) => item.kind === 'election') && (
              <Suspense fallback={null}>
                <Candidacies view={view} actor={me.actor} table={isTable} />
              </Suspense>
            )}
          {canEdit && (
            <>
              <Proposals view={view} onView={replace} />
              <AgendaItemForm view={view} onAdded={replace} />
            </>
          )}
        </div>
        <div className="assembly-layout__side">
          <RoomNotice view={view} />
          {me && !me.scope && phase !== 'draft' && phase !== 'cancelled' && (
            <TrusteesLink assemblyId={assembly.id} table={isTable} />
          )}
          {me && phase !== 'draft' && phase !== 'cancelled' ? (
            <Suspense fallback={<Proxies />}>
              <ProxyPanel view={view} actor={me.actor} />
            </Suspense>
          ) : (
            <Proxies />
          )}
          {isTable && (phase === 'draft' || phase === 'convened') && (
            <CancelAssembly
              view={view}
              onCancelled={(cancelled) => {
                replace(cancelled);
                setCancelledNow(true);
              }}
            />
          )}
        </div>
      </div>
    </article>
  );
}

/** R.7: how a member that cannot take part is represented. */
function Proxies() {
  const { t } = useTranslation();
  return (
    <section className="proxies" aria-labelledby="proxies-title">
      <h2 id="proxies-title">{t('proxies.title')}</h2>
      <ProxyRules />
    </section>
  );
}
