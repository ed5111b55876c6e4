import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { Router } from 'express';

/** The encodings the build stores beside each client file, best first. */
const stored = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * The built client (`clientDir`): its scripts and styles, and index.html for every page address.
 *
 * The build names each script and style after its content and stores it compressed beside it
 * (brotli at its best setting, and gzip): a browser gets the smallest form it accepts, keeps it for
 * a year and never asks again; a new version comes with new names in index.html, never cached.
 */
export function clientFiles(clientDir: string): Router {
  const router = Router();
  const assets = join(clientDir, 'assets');
  const index = join(clientDir, 'index.html');
  const forever = { immutable: true, maxAge: '365d' } as const;

  router.get('/assets/:file', (request, response, next) => {
    const { file } = request.params;
    if (!/^[\w.-]+$/.test(file)) return next();
    for (const { encoding, suffix } of stored) {
      if (request.acceptsEncodings(encoding) !== encoding || !existsSync(join(assets, file + suffix))) continue;
      response.setHeader('Content-Encoding', encoding);
      response.setHeader('Vary', 'Accept-Encoding');
      response.type(extname(file));
      return response.sendFile(join(assets, file + suffix), forever);
    }
    next();
  });
  router.use('/assets', express.static(assets, { index: false, fallthrough: false, ...forever }));
  router.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!api\/|socket\.io\/).*/, (_request, response) => {
    if (existsSync(index)) {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    } else {
      response
        .status(503)
        .type('text')
        .send('The Agora client is not built yet. Run "npm run build" (or "npm run setup"), then reload this page.');
    }
  });
  return router;
}
