import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../ui/usePageTitle';

/** What Agora is, and where to go from here. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));

  const destinations = [
    { to: paths.register, title: t('nav.register'), text: t('home.registerText') },
    { to: paths.outbox, title: t('nav.outbox'), text: t('home.outboxText') },
    { to: paths.health, title: t('nav.health'), text: t('home.healthText') },
  ];

  return (
    <div className="page page--narrow">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <p>{t('home.network')}</p>

      <h2>{t('home.linksTitle')}</h2>
      <ul className="link-cards">
        {destinations.map((destination) => (
          <li key={destination.to} className="link-card">
            <Link to={destination.to} className="link-card__link">
              {destination.title}
            </Link>
            <p className="link-card__text">{destination.text}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
