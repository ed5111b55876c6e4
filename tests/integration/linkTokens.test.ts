import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newLinkId, signLinkToken, verifyLinkToken, type LinkClaims } from '../../server/auth/linkTokens';

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
