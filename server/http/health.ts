import { readHealth } from '../queries/readHealth';
import { json, route } from './route';

/** GET /api/health: 200 when Redis, a worker and mail are all fine, 503 with the reasons otherwise. */
export const healthRoutes = [
  route({
    method: 'GET',
    path: '/api/health',
    who: 'anyone',
    handle: async ({ ctx }) => {
      const health = await readHealth(ctx);
      return json(health, health.status === 'ok' ? 200 : 503);
    },
  }),
];
