import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MemberView } from '@shared/api/register';
import { paths } from '../../app/paths';
import { fetchMembers } from '../../api/endpoints';
import { useApiQuery } from '../../api/useApiQuery';
import { useLanguage } from '../../i18n/useLanguage';
import { Page } from '../../ui/Page';
import { LoadError, Loading } from '../../ui/QueryStatus';
import { useCan } from '../auth/session';
import { registerExportUrl } from './api';
import { countryName, countryNamesInAllLanguages } from './countryNames';
import { MemberFilters } from './MemberFilters';
import { MemberList } from './MemberList';
import { facetsOf, filterMembers, isFiltering, readFilter, writeFilter, type MemberFilter } from './memberFilter';

/** The member register: every member, searchable and filterable, on a phone as on a desktop. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { state, reload } = useApiQuery('members', fetchMembers);

  return (
    <Page title={t('register.title')} aside={<SecretariatTools />} intro={t('register.intro')}>
      {state.status === 'loading' && <Loading slow={state.slow} />}
      {state.status === 'error' && <LoadError failure={state.failure} onRetry={reload} />}
      {state.status === 'ready' && <Register members={state.data.members} />}
    </Page>
  );
}

/** What the secretariat keeps the register with (R.8); nobody else sees these. */
function SecretariatTools() {
  const { t } = useTranslation();
  const canEdit = useCan('register.edit');
  const canExport = useCan('register.export');
  if (!canEdit && !canExport) return null;
  return (
    <div className="toolbar">
      {canEdit && (
        <Link className="button button--secondary" to={paths.registerImport}>
          {t('register.tools.import')}
        </Link>
      )}
      {canExport && (
        <a className="button button--secondary" href={registerExportUrl} download>
          {t('register.tools.export')}
        </a>
      )}
      {canEdit && (
        <Link className="button button--secondary" to={paths.people}>
          {t('register.tools.people')}
        </Link>
      )}
    </div>
  );
}

function Register({ members }: { members: MemberView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readFilter(searchParams);

  const shownCountry = useCallback((country: string) => countryName(country, language), [language]);
  const facets = useMemo(() => facetsOf(members), [members]);
  const shown = filterMembers(members, filter, countryNamesInAllLanguages); // a hundred rows: no need to memoise
  const votingCount = useMemo(() => members.filter((member) => member.voting).length, [members]);
  const filtering = isFiltering(filter);

  const changeFilter = (next: MemberFilter) => setSearchParams(writeFilter(next), { replace: true });
  const resetFilter = () => setSearchParams(new URLSearchParams(), { replace: true });

  if (members.length === 0) return <p className="empty">{t('register.emptyRegister')}</p>;

  return (
    <>
      <p className="register__summary">{t('register.summary', { count: members.length, voting: votingCount })}</p>
      <MemberFilters
        filter={filter}
        facets={facets}
        shownCountry={shownCountry}
        filtering={filtering}
        onChange={changeFilter}
        onReset={resetFilter}
      />
      <p className="register__showing" role="status" aria-live="polite">
        {filtering ? t('register.showing', { count: shown.length, total: members.length }) : ''}
      </p>
      {shown.length === 0 ? (
        <div className="empty">
          <p>{t('register.empty')}</p>
          <button type="button" className="button" onClick={resetFilter}>
            {t('register.filters.reset')}
          </button>
        </div>
      ) : (
        <MemberList members={shown} shownCountry={shownCountry} />
      )}
    </>
  );
}
