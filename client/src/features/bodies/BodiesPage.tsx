import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BodiesResponse, BodySeatView } from '@shared/api/membership';
import type { Continent } from '@shared/schemas/member';
import { paths } from '../../app/paths';
import { getJson } from '../../api/http';
import { useApiQuery } from '../../api/useApiQuery';
import { formatDay } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { Page } from '../../ui/Page';
import { QueryResult } from '../../ui/QueryStatus';
import { countryName } from '../register/countryNames';

// Type-only imports keep zod out of this page; the checks fail when the schemas gain a value.
const bodyOrder = ['direction', 'table', 'audit_council'] as const satisfies readonly BodySeatView['body'][];
const officeOrder = ['president', 'vice_president', 'secretary'] as const satisfies readonly BodySeatView['office'][];
const continentOrder = ['Europe', 'Africa', 'Asia', 'Americas', 'Oceania'] as const satisfies readonly Continent[];

function fetchBodies(signal?: AbortSignal): Promise<BodiesResponse> {
  return getJson<BodiesResponse>('/api/bodies', { signal });
}

/** S.5: the three coordination bodies, who holds each office, for which term, and how the continents are balanced. */
export function BodiesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('bodies.title')} intro={t('bodies.intro')} permission="register.view">
      <Bodies />
    </Page>
  );
}

function Bodies() {
  const query = useApiQuery('bodies', fetchBodies);
  return (
    <QueryResult query={query}>
      {({ seats }) => (
        <div className="bodies">
          {bodyOrder.map((body) => (
            <Body key={body} body={body} seats={seats.filter((seat) => seat.body === body)} />
          ))}
        </div>
      )}
    </QueryResult>
  );
}

function Body({ body, seats }: { body: BodySeatView['body']; seats: BodySeatView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ordered = [...seats].sort((a, b) => officeOrder.indexOf(a.office) - officeOrder.indexOf(b.office));
  const balance = continentOrder
    .map((continent) => ({ continent, count: seats.filter((seat) => seat.member.continent === continent).length }))
    .filter((entry) => entry.count > 0);

  return (
    <section className="body-card" aria-labelledby={`body-${body}`}>
      <h2 id={`body-${body}`} className="body-card__title">
        {t(`bodies.body.${body}`)}
      </h2>
      <p className="hint">{t(`bodies.about.${body}`)}</p>
      {ordered.length === 0 ? (
        <p className="empty empty--small">{t('bodies.vacant')}</p>
      ) : (
        <>
          <ul className="seats">
            {ordered.map((seat) => (
              <li key={`${seat.office}-${seat.member.memberNo}`} className="seat">
                <span className="seat__office">{t(`bodies.office.${seat.office}`)}</span>
                <Link className="seat__member" to={paths.member(seat.member.memberNo)}>
                  {seat.member.organisation}
                </Link>
                <span className="seat__representative">
                  {seat.representative ? (
                    seat.representative.name
                  ) : (
                    <span className="muted">{t('register.noRepresentative')}</span>
                  )}
                </span>
                <span className="seat__place">
                  {countryName(seat.member.country, language)} · {t(`continent.${seat.member.continent}`)}
                </span>
                <span className="seat__term">
                  {t('bodies.term', {
                    start: formatDay(seat.termStart, language),
                    end: formatDay(seat.termEnd, language),
                  })}
                </span>
              </li>
            ))}
          </ul>
          <p className="balance">
            <span className="balance__label">{t('bodies.balance')}</span>{' '}
            {balance.map((entry, index) => (
              <span key={entry.continent} className="balance__entry">
                {index > 0 && ' · '}
                {t('bodies.balanceEntry', { continent: t(`continent.${entry.continent}`), count: entry.count })}
              </span>
            ))}
          </p>
        </>
      )}
    </section>
  );
}
