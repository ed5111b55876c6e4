/** A one-line confirmation a page hands to the next one through the navigation's state. */
export type Flash =
  'signedIn' | 'signedOut' | 'signedOutEverywhere' | 'assemblyCreated' | 'assemblySaved' | 'personalLinkOpened';

const flashes: readonly Flash[] = [
  'signedIn',
  'signedOut',
  'signedOutEverywhere',
  'assemblyCreated',
  'assemblySaved',
  'personalLinkOpened',
];

/** The state to navigate with so the next page says `flash`. */
export function withFlash(flash: Flash): { flash: Flash } {
  return { flash };
}

export function readFlash(state: unknown): Flash | null {
  const flash = (state as { flash?: unknown } | null)?.flash;
  return flashes.find((known) => known === flash) ?? null;
}
