/**
 * Imports run one way: jobs → server → shared, client → shared; nothing imports back up, and no
 * module reaches itself again through its imports (type imports included). tests/ and bench/ may
 * import anything; they are not cruised. Two older cycles wait in
 * .dependency-cruiser-known-violations.json (shared/i18n/fr.ts ↔ index.ts, server/store/audit.ts ↔
 * versioned.ts); `--ignore-known` lets only those through, and only until they are mended.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle (type imports count too) means two modules are one concept, or one holds a piece both need.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'server-not-to-jobs-or-client',
      severity: 'error',
      comment: 'The server is what the worker builds on: what both need (queues, e-mails, PDFs) lives in server/.',
      from: { path: '^server/' },
      to: { path: '^(jobs|client)/' },
    },
    {
      name: 'shared-not-to-the-rest',
      severity: 'error',
      comment: 'shared/ holds pure rules, schemas and types, read by every side.',
      from: { path: '^shared/' },
      to: { path: '^(server|jobs|client)/' },
    },
    {
      name: 'shared-not-to-node',
      severity: 'error',
      comment: 'shared/ runs in the browser too: no Node built-in.',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'client-not-to-server-or-jobs',
      severity: 'error',
      comment: 'The client speaks to the server through HTTP and the socket, with the types of shared/.',
      from: { path: '^client/' },
      to: { path: '^(server|jobs)/' },
    },
    {
      name: 'jobs-not-to-client',
      severity: 'error',
      from: { path: '^jobs/' },
      to: { path: '^client/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data)/' },
    // Type-only imports count: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
