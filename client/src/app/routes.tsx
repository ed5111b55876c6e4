import type { RouteObject } from 'react-router';
import type { Messages } from '@shared/i18n';
import { HealthPage } from '../features/health/HealthPage';
import { HomePage } from '../features/home/HomePage';
import { OutboxMessageView } from '../features/outbox/OutboxMessageView';
import { OutboxPage, OutboxPlaceholder } from '../features/outbox/OutboxPage';
import { RegisterPage } from '../features/register/RegisterPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { paths } from './paths';

/**
 * The route table. A new area adds its page here (and, if it belongs in the menu, to `navItems`);
 * its code lives in `features/<area>/`.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: paths.register, element: <RegisterPage /> },
      {
        path: paths.outbox,
        element: <OutboxPage />,
        children: [
          { index: true, element: <OutboxPlaceholder /> },
          { path: ':messageId', element: <OutboxMessageView /> },
        ],
      },
      { path: paths.health, element: <HealthPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export interface NavItem {
  to: string;
  /** The label's key under `nav.` in the catalogues. */
  label: Exclude<keyof Messages['nav'], 'label'>;
  /** Active only on this exact address (the home page would otherwise match everything). */
  end?: boolean;
}

/** The main menu, in order. */
export const navItems: NavItem[] = [
  { to: paths.home, label: 'home', end: true },
  { to: paths.register, label: 'register' },
  { to: paths.outbox, label: 'outbox' },
  { to: paths.health, label: 'health' },
];
