import type { ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { loadLater } from '../ui/loadLater';
import { paths } from './paths';

/** How each page's code is fetched, by the element the route table holds. */
const pageLoaders = new WeakMap<object, () => Promise<unknown>>();

/**
 * One page whose code loads when it is first opened, or earlier with `preloadPage` (its own
 * chunk: the forms' chunks carry zod, the main bundle does not).
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Page = loadLater(load, pick);
  const element = <Page />;
  pageLoaders.set(element, Page.preload);
  return element;
}

/** What a route may say of itself: the page it leads to once its work is done. */
interface PageHandle {
  leadsTo?: (params: Record<string, string | undefined>) => string;
}

/**
 * Starts fetching the code of the page at `pathname` (and of what it nests) without waiting for it
 * to be rendered, and with `andNext` that of the page it leads to: on a slow line the files then
 * come in while other requests are answered.
 */
export function preloadPage(pathname: string, options: { andNext?: boolean } = {}): void {
  for (const match of matchRoutes(routes, pathname) ?? []) {
    const element = match.route.element;
    const load = typeof element === 'object' && element !== null ? pageLoaders.get(element) : undefined;
    void load?.().catch(() => undefined); // a failed fetch is retried, and reported, when the page renders
    const next = options.andNext ? (match.route.handle as PageHandle | undefined)?.leadsTo?.(match.params) : undefined;
    if (next) preloadPage(next);
  }
}

/**
 * The route table. A new area adds its page here (and, if it belongs in the menu, to `navItems` in navigation.ts);
 * its code lives in `features/<area>/`.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: paths.signIn,
        element: page(
          () => import('../features/auth/SignInPage'),
          (module) => module.SignInPage,
        ),
      },
      {
        path: paths.signInComplete,
        element: page(
          () => import('../features/auth/SignInCompletePage'),
          (module) => module.SignInCompletePage,
        ),
      },
      {
        path: paths.me,
        element: page(
          () => import('../features/profile/ProfilePage'),
          (module) => module.ProfilePage,
        ),
      },
      {
        path: paths.assemblies,
        element: page(
          () => import('../features/assemblies/AssembliesPage'),
          (module) => module.AssembliesPage,
        ),
      },
      {
        path: paths.assemblyNew,
        element: page(
          () => import('../features/assemblies/AssemblyFormPage'),
          (module) => module.AssemblyFormPage,
        ),
      },
      {
        path: `${paths.assemblies}/:id`,
        // The live room comes with the page: during an assembly it is what the page shows first.
        element: page(
          () =>
            Promise.all([import('../features/assemblies/AssemblyPage'), import('../features/room/LiveRoom')]).then(
              ([module]) => module.LiveRoom.preload().then(() => module),
            ),
          (module) => module.AssemblyPage,
        ),
      },
      {
        path: `${paths.assemblies}/:id/edit`,
        element: page(
          () => import('../features/assemblies/AssemblyFormPage'),
          (module) => module.AssemblyFormPage,
        ),
      },
      {
        path: `${paths.assemblies}/:id/deliveries`,
        element: page(
          () => import('../features/assemblies/DeliveriesPage'),
          (module) => module.DeliveriesPage,
        ),
      },
      {
        path: `${paths.assemblies}/:id/join`,
        element: page(
          () => import('../features/assemblies/JoinPage'),
          (module) => module.JoinPage,
        ),
        handle: { leadsTo: ({ id = '' }) => paths.assembly(id) } satisfies PageHandle,
      },
      {
        path: `${paths.assemblies}/:id/minutes`,
        element: page(
          () => import('../features/minutes/MinutesPage'),
          (module) => module.MinutesPage,
        ),
      },
      {
        path: `${paths.assemblies}/:id/trustees`,
        element: page(
          () => import('../features/trustees/TrusteesPage'),
          (module) => module.TrusteesPage,
        ),
      },
      {
        path: paths.register,
        element: page(
          () => import('../features/register/RegisterPage'),
          (module) => module.RegisterPage,
        ),
      },
      {
        path: paths.registerImport,
        element: page(
          () => import('../features/register/ImportPage'),
          (module) => module.ImportPage,
        ),
      },
      {
        path: `${paths.register}/:memberNo`,
        element: page(
          () => import('../features/register/MemberPage'),
          (module) => module.MemberPage,
        ),
      },
      {
        path: paths.people,
        element: page(
          () => import('../features/people/PeoplePage'),
          (module) => module.PeoplePage,
        ),
      },
      {
        path: paths.admissions,
        element: page(
          () => import('../features/admissions/AdmissionsPage'),
          (module) => module.AdmissionsPage,
        ),
      },
      {
        path: paths.admissionNew,
        element: page(
          () => import('../features/admissions/AdmissionFormPage'),
          (module) => module.AdmissionFormPage,
        ),
      },
      {
        path: paths.exclusions,
        element: page(
          () => import('../features/exclusions/ExclusionsPage'),
          (module) => module.ExclusionsPage,
        ),
      },
      {
        path: paths.bodies,
        element: page(
          () => import('../features/bodies/BodiesPage'),
          (module) => module.BodiesPage,
        ),
      },
      {
        path: paths.dues,
        element: page(
          () => import('../features/dues/DuesPage'),
          (module) => module.DuesPage,
        ),
      },
      {
        path: paths.outbox,
        element: page(
          () => import('../features/outbox/OutboxPage'),
          (module) => module.OutboxPage,
        ),
        children: [
          {
            index: true,
            element: page(
              () => import('../features/outbox/OutboxPage'),
              (module) => module.OutboxPlaceholder,
            ),
          },
          {
            path: ':messageId',
            element: page(
              () => import('../features/outbox/OutboxMessageView'),
              (module) => module.OutboxMessageView,
            ),
          },
        ],
      },
      {
        path: paths.health,
        element: page(
          () => import('../features/health/HealthPage'),
          (module) => module.HealthPage,
        ),
      },
      {
        path: paths.archive,
        element: page(
          () => import('../features/archive/ArchivePage'),
          (module) => module.ArchivePage,
        ),
      },
      {
        path: paths.texts,
        element: page(
          () => import('../features/texts/TextsPage'),
          (module) => module.TextsPage,
        ),
      },
      {
        path: `${paths.texts}/:text/:version`,
        element: page(
          () => import('../features/texts/TextVersionPage'),
          (module) => module.TextVersionPage,
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
