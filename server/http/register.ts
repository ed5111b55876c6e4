import { Router } from 'express';
import type { MembersResponse } from '@shared/api';
import type { Context } from '../context';
import { presentMembers } from '../presenters/member';
import { authorize } from './identity';

/** The member register. */
export function registerRoutes(ctx: Context): Router {
  const router = Router();
  router.get('/api/members', async (_request, response) => {
    authorize(response, 'register.view');
    const body: MembersResponse = { members: presentMembers(await ctx.register.snapshot(), ctx.statutes) };
    response.json(body);
  });
  return router;
}
