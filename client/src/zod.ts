import { z } from 'zod/v4';

// What the client's build gives every `import ... from 'zod'` (vite.config.ts): zod itself, told
// never to try compiling its parsers, since the page's Content-Security-Policy allows no eval.
z.config({ jitless: true });

export * from 'zod/v4';
