import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Stores each built script, style and image beside itself compressed once and for all (brotli at
 * its best setting, and gzip), for the server to send as is: smaller than compressing on the fly,
 * and no work per request.
 */
function precompress(): Plugin {
  return {
    name: 'agora:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(file)) continue;
        const path = join(options.dir ?? '', file);
        const content = readFileSync(path);
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
          }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/** Where `vite` (dev) sends API and socket traffic: the Agora server, on its default port unless told otherwise. */
const apiTarget = process.env.AGORA_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fromRoot('./client'),
  publicDir: fromRoot('./client/public'),
  plugins: [react(), precompress()],
  resolve: {
    alias: [
      { find: '@shared', replacement: fromRoot('./shared') },
      // Zod configured for the browser (no eval under the page's Content-Security-Policy).
      { find: /^zod$/, replacement: fromRoot('./client/src/zod.ts') },
    ],
  },
  build: {
    outDir: fromRoot('./dist/client'),
    emptyOutDir: true,
    rolldownOptions: {
      preserveEntrySignatures: false,
      output: {
        // Fewer, larger files: on a slow line each request waits its turn (six at a time), so a
        // small shared piece is copied into the files that use it rather than fetched on its own.
        codeSplitting: { experimentalInlineCommonChunks: { maxSize: 8 * 1024 } },
      },
    },
  },
  server: {
    port: 5173,
    // `/api` also covers the outbox API (`/api/outbox`); the `/outbox` page itself stays a client route.
    proxy: {
      '/api': { target: apiTarget },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
  // `vite preview` (the built client) talks to the same server.
  preview: {
    proxy: {
      '/api': { target: apiTarget },
      '/socket.io': { target: apiTarget, ws: true },
    },
  },
});
