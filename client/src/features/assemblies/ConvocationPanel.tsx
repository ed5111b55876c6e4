import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssemblyView, ConvocationCheck } from '@shared/api/assemblies';
import { paths } from '../../app/paths';
import type { ApiFailure } from '../../api/http';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormFailure } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { conveneAssembly } from './api';
import { assemblyFailureText } from './failures';
import { When, useWhenText } from './When';

interface Props {
  view: AssemblyView;
  onView: (view: AssemblyView) => void;
  /** A convocation just went: the page follows its deliveries for a while. */
  onConvened: () => void;
}

/**
 * R.6, R.7 for the Table: whether the convocation can go now, the button that sends it to every
 * member (or the updated one after the agenda changed), and where the deliveries stand.
 */
export function ConvocationPanel({ view, onView, onConvened }: Props) {
  const { t } = useTranslation();
  const { assembly, phase } = view;
  const [result, setResult] = useState<{ sent: boolean; dispatchNo: number } | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const { pending, failure, run } = useRequest(() => requestAnimationFrame(() => alertRef.current?.focus()));
  const canSend = phase === 'draft' || (phase === 'convened' && assembly.unsentChanges);
  const [asking, setAsking] = useState(false);

  const convene = () =>
    run(async () => {
      setResult(null);
      const answer = await conveneAssembly(assembly.id);
      const { dispatchNo, sent, ...rest } = answer;
      onView(rest);
      setResult({ sent, dispatchNo });
      if (sent) onConvened();
    });

  return (
    <section className="panel convocation" aria-labelledby="convocation-title" data-testid="convocation">
      <h2 id="convocation-title" className="panel__title">
        {t('convocation.title')}
      </h2>
      {phase === 'convened' && assembly.unsentChanges && (
        <div className="notice notice--warning notice--block" role="status">
          <p>
            <strong>{t('convocation.unsentTitle')}</strong> {t('convocation.unsentText')}
          </p>
        </div>
      )}
      {canSend && view.convocation && !failure && (
        <Verdict check={view.convocation} referenceZone={assembly.referenceTimeZone} />
      )}
      <Dispatches view={view} />
      {result && (
        <p
          className={result.sent ? 'notice notice--ok notice--block' : 'notice notice--info notice--block'}
          role="status"
        >
          {!result.sent
            ? t('convocation.alreadySent')
            : result.dispatchNo > 1
              ? t('convocation.updateGoing')
              : t('convocation.going')}
        </p>
      )}
      {failure && <Refusal failure={failure} view={view} alertRef={alertRef} />}
      {canSend && (
        <div className="form__actions">
          <button type="button" className="button" disabled={pending} onClick={() => setAsking(true)}>
            {pending
              ? t('convocation.sending')
              : phase === 'draft'
                ? t('convocation.convene')
                : t('convocation.sendUpdate')}
          </button>
        </div>
      )}
      <DeliveryCounts view={view} justSent={result?.sent ?? false} />
      <ConfirmDialog
        open={asking}
        title={phase === 'draft' ? t('confirm.convene.title') : t('confirm.convene.updateTitle')}
        confirmLabel={phase === 'draft' ? t('confirm.convene.yes') : t('confirm.convene.updateYes')}
        cancelLabel={t('confirm.convene.keep')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void convene();
        }}
      >
        {view.audience && (
          <p>{t('confirm.convene.emails', { count: view.audience.people, members: view.audience.members })}</p>
        )}
        <p>{t('confirm.convene.final')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** The verdict the server gave when the page was loaded (the same rule refuses the sending). */
function Verdict({ check, referenceZone }: { check: ConvocationCheck; referenceZone: string }) {
  const { t } = useTranslation();
  const when = useWhenText(referenceZone);
  if (check.reason === 'convocation_no_agenda') {
    return <p className="notice notice--info notice--block">{t('convocation.noAgenda')}</p>;
  }
  if (check.ok) {
    return (
      <p className="notice notice--ok notice--block">
        {t('convocation.ready', { opensAt: when(check.opensAt), latest: when(check.latestDispatchAt) })}
      </p>
    );
  }
  return (
    <p className="notice notice--warning notice--block">
      {t('convocation.tooShort', {
        earliest: when(check.earliestOpensAt),
        opensAt: when(check.opensAt),
        latest: when(check.latestDispatchAt),
      })}
    </p>
  );
}

function isConvocationCheck(value: unknown): value is ConvocationCheck {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { latestDispatchAt?: unknown }).latestDispatchAt === 'string'
  );
}

/** A refused convocation: for want of notice, the two dates that explain it and the way out. */
function Refusal({
  failure,
  view,
  alertRef,
}: {
  failure: ApiFailure;
  view: AssemblyView;
  alertRef: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const details = failure.apiError?.error.details;
  if (failure.code !== 'convocation_notice_too_short' || !isConvocationCheck(details)) {
    return (
      <div ref={alertRef} tabIndex={-1}>
        <FormFailure failure={failure} message={assemblyFailureText(failure, t)} />
      </div>
    );
  }
  const zone = view.assembly.referenceTimeZone;
  return (
    <div
      ref={alertRef}
      className="notice notice--error notice--block form-alert refusal"
      role="alert"
      tabIndex={-1}
      data-testid="convocation-refused"
    >
      <p>
        <strong>{t('convocation.refusedTitle')}</strong> {t('convocation.refusedText')}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('convocation.chosenOpening')}</dt>
          <dd>
            <When iso={details.opensAt} referenceZone={zone} />
          </dd>
        </div>
        <div>
          <dt>{t('convocation.earliestIfNow')}</dt>
          <dd>{details.earliestOpensAt ? <When iso={details.earliestOpensAt} referenceZone={zone} /> : '—'}</dd>
        </div>
        <div>
          <dt>{t('convocation.latestDispatch')}</dt>
          <dd>
            <When iso={details.latestDispatchAt} referenceZone={zone} />
          </dd>
        </div>
      </dl>
      <p>
        {view.phase === 'draft' ? (
          <Link to={paths.assemblyEdit(view.assembly.id)}>{t('convocation.moveOpening')}</Link>
        ) : (
          t('convocation.tooLateForUpdate')
        )}
      </p>
    </div>
  );
}

/** Every sending of the convocation so far: the first, the updates, a cancellation. */
function Dispatches({ view }: { view: AssemblyView }) {
  const { t } = useTranslation();
  const when = useWhenText(view.assembly.referenceTimeZone);
  if (view.assembly.dispatches.length === 0) return null;
  return (
    <ul className="plain-list dispatches">
      {view.assembly.dispatches.map((dispatch) => (
        <li key={dispatch.no}>
          {t(`convocation.dispatch.${dispatch.reason}`, { date: when(dispatch.at), name: dispatch.by })}
        </li>
      ))}
    </ul>
  );
}

/** Where the convocations stand: sent, waiting, failed, with the way to the list of deliveries. */
function DeliveryCounts({ view, justSent }: { view: AssemblyView; justSent: boolean }) {
  const { t } = useTranslation();
  const counts = view.deliveries;
  if (!counts) return null;
  const total = counts.queued + counts.sent + counts.failed;
  // Nothing to count yet: say so only while the worker is about to prepare them.
  if (total === 0 && !justSent) return null;
  return (
    <div className="delivery-summary" data-testid="delivery-counts">
      <p className="delivery-summary__headline" role="status">
        {total === 0
          ? t('convocation.preparing')
          : counts.queued > 0
            ? t('convocation.inProgress', { sent: counts.sent, total })
            : t('convocation.sentTo', { count: counts.sent })}
      </p>
      <ul className="stats">
        <li className="stats__item stats__item--sent">
          <span className="stats__number">{counts.sent}</span> {t('deliveries.state.sent')}
        </li>
        <li className="stats__item stats__item--queued">
          <span className="stats__number">{counts.queued}</span> {t('deliveries.state.queued')}
        </li>
        <li
          className={
            counts.failed > 0 ? 'stats__item stats__item--failed stats__item--alert' : 'stats__item stats__item--failed'
          }
        >
          <span className="stats__number">{counts.failed}</span> {t('deliveries.state.failed')}
        </li>
      </ul>
      <p>
        <Link to={paths.assemblyDeliveries(view.assembly.id)}>{t('convocation.seeDeliveries')}</Link>
      </p>
    </div>
  );
}
