import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a link lets its bearer do. A token made for one purpose is refused for any other. */
export type LinkPurpose = 'sign-in' | 'assembly';

export interface LinkClaims {
  purpose: LinkPurpose;
  /** The person the link was made for. */
  personId: string;
  /** Unique per link: lets a single-use link be spent once. */
  linkId: string;
  /** Seconds since the epoch after which the link is refused. */
  expiresAt: number;
  /** What the link is limited to (an assembly id), when it is limited. */
  scope?: string;
}

export type LinkVerdict =
  { ok: true; claims: LinkClaims } | { ok: false; reason: 'link_damaged' | 'link_expired' | 'link_wrong_purpose' };

const encode = (data: Buffer | string) => Buffer.from(data).toString('base64url');
/**
 * Whether a part of a token is base64url as Agora writes it: decoding ignores padding, stray
 * characters and the spare bits of the last character, so only a part that encodes back to the
 * same text is taken (one token, one spelling).
 */
const isCanonical = (part: string) => encode(Buffer.from(part, 'base64url')) === part;

function signature(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`agora-link.${body}`).digest();
}

/** A new link id: 128 random bits. */
export function newLinkId(): string {
  return randomBytes(16).toString('base64url');
}

/** Signs claims into a token fit for a URL: `<claims>.<HMAC-SHA256>`. */
export function signLinkToken(secret: string, claims: LinkClaims): string {
  const body = encode(JSON.stringify(claims));
  return `${body}.${encode(signature(secret, body))}`;
}

/**
 * Checks a token's signature, purpose and expiry. A token altered in any character is
 * "damaged"; single use is checked by the caller against the store.
 */
export function verifyLinkToken(secret: string, token: string, purpose: LinkPurpose, now: Date): LinkVerdict {
  const [body, mac, extra] = token.split('.');
  if (!body || !mac || extra !== undefined || !isCanonical(body)) return { ok: false, reason: 'link_damaged' };
  // Compared as text, not as decoded bytes: base64url decoding ignores the spare bits of the last
  // character (and any stray character), so only the exact text Agora signed may verify.
  const expected = Buffer.from(encode(signature(secret, body)));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'link_damaged' };
  let claims: LinkClaims;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LinkClaims;
  } catch {
    return { ok: false, reason: 'link_damaged' };
  }
  if (claims.purpose !== purpose) return { ok: false, reason: 'link_wrong_purpose' };
  if (now.getTime() >= claims.expiresAt * 1000) return { ok: false, reason: 'link_expired' };
  return { ok: true, claims };
}

/** What a reply address lets its bearer do: post as one person in one thread of one assembly, until then. */
export interface ReplyClaims {
  personId: string;
  assemblyId: string;
  thread: string;
  /** Seconds since the epoch: the room's close. */
  expiresAt: number;
}

export type ReplyVerdict =
  | { ok: true; claims: ReplyClaims }
  | { ok: false; reason: 'link_damaged' }
  /** Signed by Agora, so its claims say truly whose it was. */
  | { ok: false; reason: 'link_expired'; claims: ReplyClaims };

/** Only characters an e-mail address's local part takes as they are, and never the token's separator. */
const replyPart = /^[A-Za-z0-9_-]+$/;

/**
 * Signs the claims of a reply address into its local part: `<person>.<assembly>.<thread>.<expiry>.<MAC>`,
 * the MAC 128 bits of an HMAC-SHA256 with the key of the links, under a name of its own, so a reply
 * token is never a link token nor the reverse. Short enough for the address to stay readable.
 */
export function signReplyToken(secret: string, claims: ReplyClaims): string {
  const body = [claims.personId, claims.assemblyId, claims.thread, claims.expiresAt.toString(36)].join('.');
  return `${body}.${encode(replySignature(secret, body))}`;
}

function replySignature(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`agora-reply.${body}`).digest().subarray(0, 16);
}

/** Checks a reply token's signature and expiry; a token altered in any character is "damaged". */
export function verifyReplyToken(secret: string, token: string, now: Date): ReplyVerdict {
  const parts = token.split('.');
  if (parts.length !== 5 || !parts.every((part) => replyPart.test(part))) return { ok: false, reason: 'link_damaged' };
  const [personId, assemblyId, thread, expiry, mac] = parts as [string, string, string, string, string];
  const expected = Buffer.from(encode(replySignature(secret, parts.slice(0, 4).join('.'))));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'link_damaged' };
  const claims = { personId, assemblyId, thread, expiresAt: parseInt(expiry, 36) };
  if (now.getTime() >= claims.expiresAt * 1000) return { ok: false, reason: 'link_expired', claims };
  return { ok: true, claims };
}
