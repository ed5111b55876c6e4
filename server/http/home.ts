import { readHome } from '../queries/readHome';
import { json, route } from './route';

/** A person's home: what waits for them now, then what is to come (a personal link too, within its assembly). */
export const homeRoutes = [
  route({
    method: 'GET',
    path: '/api/home',
    who: 'home.view',
    handle: async ({ ctx, actor, scope }) =>
      json(await readHome(ctx, actor, scope), 200, { 'Cache-Control': 'private, no-cache' }),
  }),
];
