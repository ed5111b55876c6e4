import type { IncomingHttpHeaders } from 'node:http';
import { Refusal } from '../commands/refusal';

/** What a person's own browser sends from Agora's pages; any other site is "cross-site". */
const ownSites = new Set(['same-origin', 'none']);

/** The encodings an HTML form sends on its own; Agora's pages never send them. */
const formBodies = /^\s*(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

/**
 * Whether a request was made by a page of another site (CSRF): the browser says so in
 * Sec-Fetch-Site, or its Origin is neither the address people use (PUBLIC_URL) nor the host it
 * was sent to. Requests without either header (programs, old browsers) are not cross-site.
 */
export function isCrossSite(headers: IncomingHttpHeaders, publicUrl: string): boolean {
  const fetchSite = headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && !ownSites.has(fetchSite.toLowerCase())) return true;
  const origin = headers.origin;
  if (origin === undefined) return false;
  if (origin === new URL(publicUrl).origin) return false;
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    return true; // "null" (a sandboxed frame, a file) or garbage
  }
}

/**
 * Refuses a change asked by another site, or sent as an HTML form, before its session cookie is
 * trusted: SameSite=Lax cookies already keep most of them out; this holds for every browser and
 * for sites under the same domain.
 */
export function refuseCrossSite(method: string, headers: IncomingHttpHeaders, publicUrl: string): void {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return;
  if (isCrossSite(headers, publicUrl)) {
    throw new Refusal('cross_site', {});
  }
  if (formBodies.test(headers['content-type'] ?? '')) {
    throw new Refusal('form_refused', {});
  }
}
