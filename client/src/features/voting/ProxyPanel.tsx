import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssemblyView } from '@shared/api/assemblies';
import type { ProxiesResponse, ProxyView } from '@shared/api/voting';
import type { Actor } from '@shared/rules/permissions';
import { useApiQuery } from '../../api/useApiQuery';
import { Field } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { useDisclosure } from '../../ui/disclosure';
import { LoadError } from '../../ui/QueryStatus';
import { useRequest } from '../../ui/useRequest';
import { assemblyFailureText } from '../assemblies/failures';
import { ProxyRules } from './ProxyRules';
import { attachMandate, fetchProxies, grantProxy, mandateUrl, revokeProxy } from './api';

/**
 * R.7: a representative gives its member's proxy to a voting member of the same continent for this
 * assembly, and can take it back until it is used; the holder sees the proxies it holds. The Table
 * sees the register of proxies.
 */
export default function ProxyPanel({ view, actor }: { view: AssemblyView; actor: Actor }) {
  const { t } = useTranslation();
  const assemblyId = view.assembly.id;
  const { state, reload } = useApiQuery(`proxies:${assemblyId}`, (signal) => fetchProxies(assemblyId, signal));
  const mine = useMemo(() => new Set(actor.represents.map((member) => member.memberNo)), [actor]);
  const canGrant = view.phase === 'convened' || view.phase === 'open';

  return (
    <section className="proxy-panel" aria-labelledby="proxy-panel-title" data-testid="proxies">
      <h2 id="proxy-panel-title">{t('proxyPanel.title')}</h2>
      {state.status === 'error' && <LoadError failure={state.failure} onRetry={reload} />}
      {state.status === 'ready' && (
        <>
          <ProxyList
            proxies={state.data.proxies}
            mine={mine}
            canRevoke={canGrant}
            assemblyId={assemblyId}
            onChanged={reload}
          />
          {canGrant && actor.represents.length > 0 && (
            <GrantForm
              assemblyId={assemblyId}
              actor={actor}
              holders={state.data.holders}
              holdersFor={state.data.holdersFor}
              given={state.data.proxies}
              onGranted={reload}
            />
          )}
        </>
      )}
      <ProxyRules />
    </section>
  );
}

function ProxyList({
  proxies,
  mine,
  canRevoke,
  assemblyId,
  onChanged,
}: {
  proxies: ProxyView[];
  mine: Set<number>;
  canRevoke: boolean;
  assemblyId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { failure, run } = useRequest();
  const active = proxies.filter((proxy) => !proxy.revokedAt);
  if (active.length === 0) return <p className="hint">{t('proxyPanel.none')}</p>;
  const attach = async (proxy: ProxyView, file: File | undefined) => {
    if (!file) return;
    await run(async () => {
      await attachMandate(assemblyId, proxy.id, file);
      onChanged();
    });
  };
  const revoke = (proxy: ProxyView) =>
    run(async () => {
      await revokeProxy(assemblyId, proxy.id);
      onChanged();
    });
  return (
    <>
      <ul className="plain-list proxy-list">
        {active.map((proxy) => (
          <li key={proxy.id} data-testid="proxy">
            {t('proxyPanel.entry', { grantor: proxy.grantor.organisation, holder: proxy.holder.organisation })}
            {proxy.holder.representative && <span className="muted"> ({proxy.holder.representative})</span>}
            {mine.has(proxy.holder.memberNo) && <span className="badge badge--role">{t('proxyPanel.youHold')}</span>}
            {canRevoke && mine.has(proxy.grantor.memberNo) && (
              <button type="button" className="message__action" onClick={() => void revoke(proxy)}>
                {t('proxyPanel.revoke')}
              </button>
            )}
            {proxy.mandate && (
              <a href={mandateUrl(assemblyId, proxy.id)} download={proxy.mandate.name}>
                {t('proxyPanel.mandate', { name: proxy.mandate.name })}
              </a>
            )}
            {canRevoke && mine.has(proxy.grantor.memberNo) && (
              <label className="mandate-upload">
                {proxy.mandate ? t('proxyPanel.replaceMandate') : t('proxyPanel.attachMandate')}
                <input
                  type="file"
                  accept="application/pdf,image/*"
                  onChange={(event) => void attach(proxy, event.target.files?.[0])}
                />
              </label>
            )}
          </li>
        ))}
      </ul>
      {failure && <FormFailure failure={failure} message={assemblyFailureText(failure, t)} />}
    </>
  );
}

const grantProxyInput = lazySchema(() =>
  import('@shared/schemas/proxy').then((schemas) => schemas.grantProxyInputSchema),
);

function GrantForm({
  assemblyId,
  actor,
  holders,
  holdersFor,
  given,
  onGranted,
}: {
  assemblyId: string;
  actor: Actor;
  holders: ProxiesResponse['holders'];
  holdersFor: ProxiesResponse['holdersFor'];
  given: ProxyView[];
  onGranted: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const disclosure = useDisclosure();
  const submission = useSubmission(disclosure.panelRef, ['grantorMemberNo', 'holderMemberNo']);
  usePreloadedSchema(grantProxyInput, disclosure.panelRef);
  const voting = new Set(holders.map((holder) => holder.memberNo));
  const granted = new Set(given.filter((proxy) => !proxy.revokedAt).map((proxy) => proxy.grantor.memberNo));
  const grantors = actor.represents.filter((member) => voting.has(member.memberNo) && !granted.has(member.memberNo));
  const [grantor, setGrantor] = useState<number | ''>('');
  const [holder, setHolder] = useState<number | ''>('');
  const [done, setDone] = useState<string | null>(null);
  const continent = holders.find((candidate) => candidate.memberNo === grantor)?.continent;
  // Only the holders the rules allow for this grantor (same continent, voting, not giving a proxy itself).
  const allowed = new Set(holdersFor.find((entry) => entry.grantorMemberNo === grantor)?.holderMemberNos ?? []);
  const candidates = holders
    .filter(
      (candidate) =>
        allowed.has(candidate.memberNo) && !actor.represents.some((member) => member.memberNo === candidate.memberNo),
    )
    .sort((a, b) => a.organisation.localeCompare(b.organisation));
  if (grantors.length === 0) return null;

  const send = async () => {
    setDone(null);
    const input = {
      assemblyId,
      grantorMemberNo: grantor === '' ? undefined : grantor,
      holderMemberNo: holder === '' ? undefined : holder,
    };
    const proxy = await submission.submit(grantProxyInput.safeParse(input), ({ grantorMemberNo, holderMemberNo }) =>
      grantProxy(assemblyId, { grantorMemberNo, holderMemberNo }),
    );
    if (proxy) {
      setDone(t('proxyPanel.granted', { grantor: proxy.grantor.organisation, holder: proxy.holder.organisation }));
      setGrantor('');
      setHolder('');
      disclosure.hide();
      onGranted();
    }
  };

  return (
    <>
      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {!disclosure.open ? (
        <p>
          <button
            ref={disclosure.buttonRef}
            type="button"
            className="button button--secondary"
            onClick={disclosure.show}
          >
            {t('proxyPanel.give')}
          </button>
        </p>
      ) : (
        <form ref={disclosure.panelRef} className="form" noValidate onSubmit={onSubmit(() => void send())}>
          <Field id={`${id}-grantor`} label={t('proxyPanel.grantor')} error={submission.fieldErrors.grantorMemberNo}>
            {(control) => (
              <select
                {...control}
                value={grantor}
                onChange={(event) => {
                  setGrantor(event.target.value ? Number(event.target.value) : '');
                  setHolder('');
                }}
              >
                <option value="">{t('form.choose')}</option>
                {grantors.map((member) => (
                  <option key={member.memberNo} value={member.memberNo}>
                    {member.organisation}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={`${id}-holder`}
            label={t('proxyPanel.holder')}
            hint={
              continent ? t('proxyPanel.holderHint', { continent: t(`continent.${continent as 'Europe'}`) }) : undefined
            }
            error={submission.fieldErrors.holderMemberNo}
          >
            {(control) => (
              <select
                {...control}
                value={holder}
                disabled={grantor === ''}
                onChange={(event) => setHolder(event.target.value ? Number(event.target.value) : '')}
              >
                <option value="">{grantor === '' ? t('proxyPanel.grantorFirst') : t('form.choose')}</option>
                {candidates.map((candidate) => (
                  <option key={candidate.memberNo} value={candidate.memberNo}>
                    {candidate.organisation}
                    {candidate.representative ? ` (${candidate.representative})` : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FormFailure failure={submission.failure} message={submission.formMessage} />
          <FormButtons pending={submission.pending} label={t('proxyPanel.giveConfirm')} onCancel={disclosure.hide} />
        </form>
      )}
    </>
  );
}
