import type { ReactNode } from 'react';
import type { Action } from '@shared/rules/permissions';
import { BackLink } from './BackLink';
import { RequirePermission } from './RequirePermission';
import { usePageTitle } from './usePageTitle';

/**
 * A page's frame: its title (in the heading and the browser's tab), an optional link or button
 * beside the heading, a link back above it, an introduction and a note, and its content (shown only to who
 * may take `permission`, when the page names one).
 */
export function Page({
  title,
  width,
  back,
  aside,
  intro,
  note,
  permission,
  children,
}: {
  title: string;
  width?: 'narrow' | 'medium';
  /** Where the page was reached from, linked above the heading. */
  back?: { to: string; label: string };
  aside?: ReactNode;
  intro?: ReactNode;
  /** Shown to everyone, under the introduction. */
  note?: ReactNode;
  permission?: Action;
  children: ReactNode;
}) {
  usePageTitle(title);
  const heading = <h1>{title}</h1>;
  return (
    <div className={width ? `page page--${width}` : 'page'}>
      {back && <BackLink to={back.to} label={back.label} />}
      {aside ? (
        <div className="page__head">
          {heading}
          {aside}
        </div>
      ) : (
        heading
      )}
      {intro && <p className="page__intro">{intro}</p>}
      {note}
      {permission ? <RequirePermission action={permission}>{children}</RequirePermission> : children}
    </div>
  );
}
