/** Every address of the client, in one place, so features link to each other without spelling URLs. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signInComplete: '/sign-in/complete',
  me: '/me',
  assemblies: '/assemblies',
  assemblyNew: '/assemblies/new',
  assembly: (id: string) => `/assemblies/${encodeURIComponent(id)}`,
  assemblyEdit: (id: string) => `/assemblies/${encodeURIComponent(id)}/edit`,
  assemblyDeliveries: (id: string) => `/assemblies/${encodeURIComponent(id)}/deliveries`,
  trustees: (id: string) => `/assemblies/${encodeURIComponent(id)}/trustees`,
  minutes: (id: string) => `/assemblies/${encodeURIComponent(id)}/minutes`,
  register: '/register',
  registerImport: '/register/import',
  member: (memberNo: number) => `/register/${memberNo}`,
  people: '/people',
  admissions: '/admissions',
  admissionNew: '/admissions/new',
  exclusions: '/exclusions',
  bodies: '/bodies',
  dues: '/dues',
  outbox: '/outbox',
  outboxMessage: (id: string) => `/outbox/${encodeURIComponent(id)}`,
  health: '/health',
  archive: '/archive',
  texts: '/texts',
  textVersion: (text: string, version: number) => `/texts/${encodeURIComponent(text)}/${version}`,
} as const;

/** The sign-in page, set to come back to `returnTo` (a path of this site) once signed in. */
export function signInPath(returnTo?: string): string {
  if (!returnTo || !isLocalPath(returnTo) || returnTo.startsWith(paths.signIn)) return paths.signIn;
  return `${paths.signIn}?${new URLSearchParams({ next: returnTo }).toString()}`;
}

/**
 * Whether `path` stays on this site: "/register/12" does, "//evil.example" and
 * "https://evil.example" do not (a return address must never lead a person elsewhere).
 */
export function isLocalPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\');
}
