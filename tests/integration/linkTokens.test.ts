import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  newLinkId,
  signLinkToken,
  signReplyToken,
  verifyLinkToken,
  verifyReplyToken,
  type LinkClaims,
  type ReplyClaims,
} from '../../server/auth/linkTokens';

const secret = 'a secret of the install';
const now = new Date('2027-03-01T09:00:00Z');
const base64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Signs any text as Agora signs its claims: a token whose only fault is the way it is written. */
const signedAs = (body: string) =>
  `${body}.${createHmac('sha256', secret).update(`agora-link.${body}`).digest().toString('base64url')}`;

describe('link tokens written other than as Agora writes them', () => {
  // 3n + 1 bytes of claims: the last character of the body carries 4 spare bits.
  const claims = (): LinkClaims => {
    for (let pad = 0; ; pad++) {
      const candidate: LinkClaims = {
        purpose: 'sign-in',
        personId: `p${'x'.repeat(pad)}`,
        linkId: newLinkId(),
        expiresAt: now.getTime() / 1000 + 600,
      };
      if (JSON.stringify(candidate).length % 3 === 1) return candidate;
    }
  };
  const token = signLinkToken(secret, claims());
  const body = token.split('.')[0]!;
  const sibling = (char: string) => base64url[base64url.indexOf(char) ^ 1]!;

  it('verifies the token as Agora wrote it', () => {
    expect(verifyLinkToken(secret, token, 'sign-in', now)).toMatchObject({ ok: true });
  });

  it.each([
    ['the spare bits of the last character of the claims', `${body.slice(0, -1)}${sibling(body.at(-1)!)}`],
    ['padding after the claims', `${body}==`],
    ['a character base64 decoding skips', `${body.slice(0, 8)}!${body.slice(8)}`],
    ['a standard base64 character', `${body.slice(0, 8)}+${body.slice(8)}`],
  ])('refuses as damaged, even signed with the secret: %s', (_what, written) => {
    expect(verifyLinkToken(secret, signedAs(written), 'sign-in', now)).toEqual({ ok: false, reason: 'link_damaged' });
  });
});

describe('reply addresses: personal, signed, scoped to a thread, expiring at the close', () => {
  const claims: ReplyClaims = {
    personId: 'p042',
    assemblyId: 'aB3xK9qZw',
    thread: 'iBudget2027',
    expiresAt: now.getTime() / 1000 + 3600,
  };
  const token = signReplyToken(secret, claims);

  it('fits an address and gives back what it was signed for', () => {
    expect(token).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(verifyReplyToken(secret, token, now)).toEqual({ ok: true, claims });
  });

  it.each([
    ['another person', token.replace('p042', 'p043')],
    ['another assembly', token.replace('aB3xK9qZw', 'aB3xK9qZx')],
    ['another thread', token.replace('iBudget2027', 'general')],
    ['a later expiry', token.replace(claims.expiresAt.toString(36), (claims.expiresAt + 86_400).toString(36))],
    ['a changed signature', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['the signature of another install', signReplyToken('another secret', claims)],
    [
      'a link token',
      signLinkToken(secret, { purpose: 'assembly', personId: 'p042', linkId: 'x', expiresAt: claims.expiresAt }),
    ],
    ['a part too many', `x.${token}`],
  ])('refuses as damaged: %s', (_what, forged) => {
    expect(verifyReplyToken(secret, forged, now)).toEqual({ ok: false, reason: 'link_damaged' });
  });

  it('expires at the close, saying whose it was', () => {
    expect(verifyReplyToken(secret, token, new Date(claims.expiresAt * 1000 - 1))).toMatchObject({ ok: true });
    expect(verifyReplyToken(secret, token, new Date(claims.expiresAt * 1000))).toEqual({
      ok: false,
      reason: 'link_expired',
      claims,
    });
  });
});
