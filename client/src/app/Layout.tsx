import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { paths } from './paths';
import { navItems } from './routes';

/** The frame of every page: skip link, header (name, network, language, menu), main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
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
          <LanguageSwitch />
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul className="site-nav__list">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end ?? false} className="site-nav__link">
                  {t(`nav.${item.label}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}

/**
 * After moving to another section, put the keyboard and screen-reader focus at the start of the
 * new content (a client-side navigation does not do it by itself). Moves within a section
 * (one e-mail to the next) manage their own focus.
 */
function useFocusMainOnSectionChange(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const section = pathname.split('/')[1] ?? '';
  const previous = useRef(section);
  useEffect(() => {
    if (previous.current === section) return;
    previous.current = section;
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [section, mainRef]);
}
