import compression from 'compression';
import express, { type Express } from 'express';
import type { Context } from './context';
import { apiErrors, apiNotFound } from './http/errors';
import { identify } from './http/identity';
import { mountRoutes } from './http/route';
import { routeTable } from './http/routes';
import { clientFiles } from './http/clientFiles';

/** The HTTP side of Agora: the JSON API under /api and the built client (`clientDir`) for every other page. */
export function createApp(ctx: Context, clientDir: string): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use((_request, response, next) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'same-origin');
    response.setHeader('X-Frame-Options', 'SAMEORIGIN');
    // Only Agora's own scripts, styles, fonts and connections: an injected script or a form posting
    // elsewhere does not run. Style attributes stay allowed for the e-mails the outbox shows.
    response.setHeader(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    );
    next();
  });
  // Brotli or gzip for the client's files and the API's JSON: a third of the bytes on a slow line.
  app.use(compression());
  app.set('trust proxy', 'loopback');
  app.use('/api', express.json({ limit: '256kb' }));
  app.use('/api', identify(ctx));

  mountRoutes(app, ctx, routeTable);
  app.use('/api', apiNotFound);
  app.use('/api', apiErrors);

  app.use(clientFiles(clientDir));
  return app;
}
