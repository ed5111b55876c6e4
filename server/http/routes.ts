import { authRoutes } from './auth';
import { healthRoutes } from './health';
import { registerRoutes } from './register';
import { membershipRoutes } from './membership';
import { assemblyRoutes } from './assemblies';
import { proxyRoutes } from './proxies';
import { motionRoutes } from './motions';
import { electionRoutes } from './elections';
import { secretBallotRoutes } from './secretBallots';
import { minutesRoutes } from './minutes';
import { archiveRoutes } from './archive';
import { outboxRoutes } from './outbox';
import { homeRoutes } from './home';
import type { Route } from './route';

/**
 * Every route of the API, in the order Express matches them: the app is built from this table,
 * and the authorization and input tests walk it, so "every route" holds by construction.
 */
export const routeTable: readonly Route[] = [
  ...healthRoutes,
  ...authRoutes,
  ...homeRoutes,
  ...registerRoutes,
  ...membershipRoutes,
  ...assemblyRoutes,
  ...proxyRoutes,
  ...motionRoutes,
  ...secretBallotRoutes,
  ...electionRoutes,
  ...minutesRoutes,
  ...archiveRoutes,
  ...outboxRoutes,
];
