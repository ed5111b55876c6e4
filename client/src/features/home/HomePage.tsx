import { lazy, Suspense } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeResponse } from '@shared/api/session';
import { paths } from '../../app/paths';
import { usePageTitle } from '../../ui/usePageTitle';
import { useSession } from '../auth/session';
import { WhatNow } from './WhatNow';

// The Table's calendar warnings load with their own code: the home page stays light for everyone else.
const CalendarWarnings = lazy(() =>
  import('../assemblies/CalendarWarnings').then((module) => ({ default: module.CalendarWarnings })),
);

interface Destination {
  to: string;
  title: string;
  text: string;
}

/** What Agora is, and where to go from here (what a person may open, by who they are). */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  const { me } = useSession();

  return (
    <div className="page page--narrow">
      <h1>{t('home.title')}</h1>
      {me && <WhatNow />}
      <p className="lead">{t('home.lead')}</p>
      <p>{t('home.network')}</p>
      {me?.permissions['assembly.create'] && (
        <Suspense fallback={null}>
          <CalendarWarnings withNewButton />
        </Suspense>
      )}

      <h2>{t('home.linksTitle')}</h2>
      <ul className="link-cards">
        {destinations(me, t).map((destination) => (
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

function destinations(me: MeResponse | null, t: TFunction): Destination[] {
  const list: Destination[] = [];
  if (me?.scope) {
    // A personal link opens its assembly (above) and the person's own profile, not the rest of Agora.
    list.push({ to: paths.assembly(me.scope), title: t('home.now.enter'), text: t('home.assembliesText') });
    list.push({ to: paths.me, title: t('profile.title'), text: t('home.profileText') });
    return list;
  }
  if (!me) {
    list.push({ to: paths.signIn, title: t('auth.signIn'), text: t('home.signInText') });
    list.push({ to: paths.admissionNew, title: t('admissionForm.title'), text: t('home.joinText') });
  }
  if (me) list.push({ to: paths.assemblies, title: t('nav.assemblies'), text: t('home.assembliesText') });
  list.push({ to: paths.register, title: t('nav.register'), text: t('home.registerText') });
  if (me) {
    list.push({ to: paths.me, title: t('profile.title'), text: t('home.profileText') });
    list.push({ to: paths.admissions, title: t('nav.admissions'), text: t('home.admissionsText') });
    list.push({ to: paths.exclusions, title: t('nav.exclusions'), text: t('home.exclusionsText') });
    list.push({ to: paths.bodies, title: t('nav.bodies'), text: t('home.bodiesText') });
    if (me.permissions['register.edit'])
      list.push({ to: paths.people, title: t('nav.people'), text: t('home.peopleText') });
    if (me.permissions['dues.view']) list.push({ to: paths.dues, title: t('nav.dues'), text: t('home.duesText') });
  }
  list.push({ to: paths.outbox, title: t('nav.outbox'), text: t('home.outboxText') });
  list.push({ to: paths.health, title: t('nav.health'), text: t('home.healthText') });
  return list;
}
