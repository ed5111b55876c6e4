import { useTranslation } from 'react-i18next';

/** R.7 in four lines: who may give a proxy to whom, no chains, revocable, an own vote first. */
export function ProxyRules() {
  const { t } = useTranslation();
  return (
    <ul className="bullets">
      <li>{t('proxies.who')}</li>
      <li>{t('proxies.chain')}</li>
      <li>{t('proxies.revoke')}</li>
      <li>{t('proxies.inPerson')}</li>
    </ul>
  );
}
