import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { AssemblyView } from '@shared/api/assemblies';
import { paths } from '../../app/paths';
import { usePolling } from '../../api/usePolling';
import { useApiQuery } from '../../api/useApiQuery';
import { zoneLabel } from '../../i18n/format';
import { BackLink } from '../../ui/BackLink';
import { LoadError, Loading, RefreshFailed } from '../../ui/QueryStatus';
import { usePageTitle } from '../../ui/usePageTitle';
import { useCan, useSession } from '../auth/session';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaSection } from './AgendaSection';
import { documentUrl, fetchAssembly } from './api';
import { wallClockHours } from './assemblyTime';
import { CancelAssembly } from './CancelAssembly';
import { ConvocationPanel } from './ConvocationPanel';
import { Countdown, nextMoment } from './Countdown';
import { PhaseBadge } from './PhaseBadge';
import { useViewerZone, useWhenText, When } from './When';
import { Proposals } from './Proposals';
import { ProxyRules } from '../voting/ProxyRules';
import { loadLater } from '../../ui/loadLater';

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

/** The longest wait between two checks of the phase (a timer cannot wait a month). */
const MAX_WAIT_MS = 6 * 3_600_000;
/** How often the page asks again when the countdown is over and the server has not moved yet. */
const DUE_RETRY_MS = 5_000;
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
      {state.status === 'loading' && <Loading slow={state.slow} />}
      {state.status === 'error' && <LoadError failure={state.failure} onRetry={reload} />}
      {state.status === 'ready' && (
        <>
          {state.refreshFailure && <RefreshFailed failure={state.refreshFailure} onRetry={reload} />}
          <Assembly view={state.data} reload={reload} replace={replace} />
        </>
      )}
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
          {assembly.cancelled && <Cancelled view={view} />}
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
          <Room view={view} />
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

/**
 * At the opening and at the closing, ask the server where the assembly stands: the phase is the
 * server's, never the client clock's. A clock ahead of the server's gets a few more asks.
 */
function useReloadAtNextMoment(view: AssemblyView, reload: () => void) {
  const moment = nextMoment(view);
  useEffect(() => {
    if (!moment) return;
    const remaining = Date.parse(moment) - Date.now();
    const delay = remaining > 0 ? Math.min(remaining + 250, MAX_WAIT_MS) : DUE_RETRY_MS;
    const timer = setTimeout(reload, delay);
    return () => clearTimeout(timer);
  }, [moment, view, reload]);
}

/** R.6: the 24-hour window on the person's clock and the reference clock, and the countdown. */
function WindowPanel({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const viewerZone = useViewerZone();
  const { assembly } = view;
  const referenceZone = assembly.referenceTimeZone;
  const zones = viewerZone === referenceZone ? [viewerZone] : [viewerZone, referenceZone];
  const shifts = zones
    .map((zone) => ({ zone, hours: wallClockHours(assembly.opensAt, assembly.closesAt, zone) }))
    .filter((shift) => shift.hours !== 24);
  return (
    <section className="panel assembly-window" aria-labelledby="window-title">
      <h2 id="window-title" className="panel__title">
        {t('assembly.windowTitle')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('assembly.opensAt')}</dt>
          <dd>
            <When iso={assembly.opensAt} referenceZone={referenceZone} long />
          </dd>
        </div>
        <div>
          <dt>{t('assembly.closesAt')}</dt>
          <dd>
            <When iso={assembly.closesAt} referenceZone={referenceZone} long />
          </dd>
        </div>
      </dl>
      {assembly.status !== 'cancelled' && <Countdown view={view} />}
      <p className="hint">{t('assembly.windowRule')}</p>
      {shifts.map((shift) => (
        <p key={shift.zone} className="notice notice--info notice--block">
          {t('assembly.windowDst', { count: shift.hours, zone: zoneLabel(shift.zone) })}
        </p>
      ))}
    </section>
  );
}

function Cancelled({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const when = useWhenText(view.assembly.referenceTimeZone);
  const cancelled = view.assembly.cancelled;
  if (!cancelled) return null;
  return (
    <section className="panel panel--error" aria-labelledby="cancelled-title">
      <h2 id="cancelled-title" className="panel__title">
        {t('assembly.cancelledTitle')}
      </h2>
      <p>{t('assembly.cancelledBy', { date: when(cancelled.at), name: cancelled.by })}</p>
      <p className="prose-text">{cancelled.reason}</p>
    </section>
  );
}

/** The live room comes in a later step: this place says when it opens, that it is open, or that it closed. */
function Room({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const when = useWhenText(view.assembly.referenceTimeZone);
  const { phase, assembly } = view;
  const text =
    phase === 'draft' || phase === 'convened'
      ? t('room.opensAt', { date: when(assembly.opensAt) })
      : phase === 'open'
        ? t('room.open', { date: when(assembly.closesAt) })
        : phase === 'cancelled'
          ? t('room.cancelled')
          : phase === 'minutes_published'
            ? t('room.minutes', { date: when(assembly.closesAt) })
            : t('room.closed', { date: when(assembly.closesAt) });
  return (
    <section className={phase === 'open' ? 'room room--open' : 'room'} aria-labelledby="room-title" data-testid="room">
      <h2 id="room-title">{t('room.title')}</h2>
      <p className="room__state">{text}</p>
      {(phase === 'draft' || phase === 'convened' || phase === 'open') && <p className="hint">{t('room.what')}</p>}
    </section>
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

/** A convocation's document link (`#document=...`) lands here: the download starts, with a way to start it again. */
function PersonalLinkDownload({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const location = useLocation();
  const wanted = (location.state as { document?: unknown } | null)?.document;
  const documentId = typeof wanted === 'string' ? wanted : null;
  const file = view.documents.find((candidate) => candidate.id === documentId) ?? null;
  const started = useRef(false);
  useEffect(() => {
    if (!file || started.current) return;
    started.current = true;
    window.location.assign(documentUrl(view.assembly.id, file.id)); // an attachment: the page stays
  }, [file, view.assembly.id]);
  if (!file) return null;
  return (
    <p className="notice notice--info notice--block" role="status">
      {t('join.downloading', { name: file.name })}{' '}
      <a href={documentUrl(view.assembly.id, file.id)} download={file.name}>
        {t('join.downloadAgain')}
      </a>
    </p>
  );
}
