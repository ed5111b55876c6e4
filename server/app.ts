import compression from 'compression';
import express, { type Express } from 'express';
import type { Context } from './context';
import { readHealth } from './commands/readHealth';
import { apiErrors, apiNotFound } from './http/errors';
import { identify } from './http/identity';
import { authRoutes } from './http/auth';
import { healthRoutes } from './http/health';
import { registerRoutes } from './http/register';
import { membershipRoutes } from './http/membership';
import { assemblyRoutes } from './http/assemblies';
import { proxyRoutes } from './http/proxies';
import { motionRoutes } from './http/motions';
import { electionRoutes } from './http/elections';
import { minutesRoutes } from './http/minutes';
import { archiveRoutes } from './http/archive';
import { outboxRoutes } from './http/outbox';
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

  app.use(healthRoutes({ readHealth: () => readHealth(ctx) }));
  app.use(authRoutes(ctx));
  app.use(registerRoutes(ctx));
  app.use(membershipRoutes(ctx));
  app.use(assemblyRoutes(ctx));
  app.use(proxyRoutes(ctx));
  app.use(motionRoutes(ctx));
  app.use(electionRoutes(ctx));
  app.use(minutesRoutes(ctx));
  app.use(archiveRoutes(ctx));
  app.use(
    outboxRoutes({ outbox: ctx.outbox, mode: ctx.config.SMTP_URL ? 'relay' : 'outbox', open: ctx.config.OUTBOX_OPEN }),
  );
  app.use('/api', apiNotFound);
  app.use('/api', apiErrors);

  app.use(clientFiles(clientDir));
  return app;
}
