import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where `vite` (dev) sends API and socket traffic: the Agora server, on its default port unless told otherwise. */
const apiTarget = process.env.AGORA_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: fromRoot('./client'),
  publicDir: fromRoot('./client/public'),
  plugins: [react()],
  resolve: {
    alias: { '@shared': fromRoot('./shared') },
  },
  build: {
    outDir: fromRoot('./dist/client'),
    emptyOutDir: true,
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
