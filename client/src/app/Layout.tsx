import { Suspense, useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import type { MeResponse } from '@shared/api/session';
import { personalLinkActions } from '@shared/rules/permissions';
import { Account, SignOutButton } from '../features/auth/Account';
import { useSession } from '../features/auth/session';
import { Loading } from '../ui/QueryStatus';
import { RouteErrorBoundary } from '../ui/RouteErrorBoundary';
import { SavedNotice } from '../ui/SavedNotice';
import { useMediaQuery, WIDE_SCREEN } from '../ui/useMediaQuery';
import { LanguageSwitch } from './LanguageSwitch';
import { readFlash } from './flash';
import { paths } from './paths';
import { navItems, type Audience } from './navigation';

/** The frame of every page: skip link, header (name, network, account, language, menu), main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const { pathname } = location;
  const flash = readFlash(location.state);
  const wide = useMediaQuery(WIDE_SCREEN);
  const [languageNotSaved, setLanguageNotSaved] = useState(false);
  useFocusMainOnSectionChange(mainRef);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault(); // focus without adding #main to the address
    mainRef.current?.focus();
  };

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to={paths.home} className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__network">{t('app.network')}</span>
          </Link>
          <div className="site-header__tools">
            {wide && <Account />}
            <LanguageSwitch onSaveFailed={setLanguageNotSaved} />
          </div>
        </div>
        <SiteNav wide={wide} />
      </header>
      {languageNotSaved && (
        <p className="site-alert" role="alert">
          {t('language.notSaved')}
        </p>
      )}
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {flash && (
          <SavedNotice key={location.key} className="notice notice--ok site-flash">
            {t(`flash.${flash}`)}
          </SavedNotice>
        )}
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<Loading slow={false} />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}

/**
 * The main menu. On a wide screen, one row of links. On a phone the links fold behind a
 * "Menu" button (nine links would push the page below the fold), next to the account.
 */
function SiteNav({ wide }: { wide: boolean }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // A new page closes the menu (the link was followed).
  useEffect(() => setOpen(false), [pathname]);

  const items = navItems.filter((item) => visibleTo(item.audience, me));
  const list = (
    <ul id="site-nav-list" className="site-nav__list">
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end ?? false} className="site-nav__link">
            {t(`nav.${item.label}`)}
          </NavLink>
        </li>
      ))}
    </ul>
  );

  if (wide) {
    return (
      <nav className="site-nav" aria-label={t('nav.label')}>
        {list}
      </nav>
    );
  }

  return (
    <nav
      className={open ? 'site-nav site-nav--open' : 'site-nav'}
      aria-label={t('nav.label')}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          toggleRef.current?.focus();
        }
      }}
    >
      <div className="site-nav__bar">
        <button
          ref={toggleRef}
          type="button"
          className="site-nav__toggle"
          aria-expanded={open}
          aria-controls="site-nav-list"
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          <span className="site-nav__icon" aria-hidden="true">
            {open ? '✕' : '☰'}
          </span>
          {t('nav.menu')}
        </button>
        <Account withSignOut={false} />
      </div>
      {open && (
        <>
          {list}
          {me && (
            <div className="site-nav__account">
              <SignOutButton />
            </div>
          )}
        </>
      )}
    </nav>
  );
}

function visibleTo(audience: Audience, me: MeResponse | null): boolean {
  if (audience === 'everyone') return true;
  if (!me) return false;
  // A personal link's session reaches one assembly: the menu offers what everyone sees, the archive and the texts.
  if (me.scope !== null) return audience !== 'signed_in' && personalLinkActions.includes(audience);
  return audience === 'signed_in' || me.permissions[audience];
}

/**
 * After moving to another page, put the keyboard and screen-reader focus at the start of the
 * new content (a client-side navigation does not do it by itself). Moves within the outbox
 * (one e-mail to the next) manage their own focus.
 */
function useFocusMainOnSectionChange(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const section = pathname.startsWith(paths.outbox) ? paths.outbox : pathname;
  const previous = useRef(section);
  useEffect(() => {
    if (previous.current === section) return;
    previous.current = section;
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [section, mainRef]);
}
