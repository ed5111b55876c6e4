import { Router } from 'express';
import type { HealthResponse } from '@shared/api/service';

/** GET /api/health: 200 when Redis, a worker and mail are all fine, 503 with the reasons otherwise. */
export function healthRoutes(deps: { readHealth: () => Promise<HealthResponse> }): Router {
  const router = Router();
  router.get('/api/health', async (_request, response) => {
    const health = await deps.readHealth();
    response.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  return router;
}
