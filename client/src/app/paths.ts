/** Every address of the client, in one place, so features link to each other without spelling URLs. */
export const paths = {
  home: '/',
  register: '/register',
  outbox: '/outbox',
  outboxMessage: (id: string) => `/outbox/${encodeURIComponent(id)}`,
  health: '/health',
} as const;
