import { describe, expect, it } from 'vitest';
import { keyFileName, keyFileText, readKeyFile } from '../../client/src/features/trustees/keyFile';
import { openKey, sealKey } from '../../client/src/features/trustees/keyVault';

const key = { assemblyId: 'asm-2026-2', position: 2, seed: 'F3kL9mNpQrStUvWxYz2345' };

describe('a trustee’s key file', () => {
  it('is named after the assembly and the trustee, and reads back', () => {
    expect(keyFileName(key)).toBe('agora-trustee-asm-2026-2-2.key');
    expect(readKeyFile(keyFileText(key), key)).toEqual({ key });
  });

  it.each([
    ['another assembly’s', { ...key, assemblyId: 'asm-2025-1' }, { problem: 'other_assembly' }],
    ['another trustee’s', { ...key, position: 1 }, { problem: 'other_trustee', position: 1 }],
  ])('refuses %s key', (_, other, problem) => {
    expect(readKeyFile(keyFileText(other), key)).toEqual(problem);
  });

  it.each([
    ['not JSON', 'hello'],
    ['another JSON', '{"seed":"F3kL9mNpQrStUvWxYz2345"}'],
    ['a seed that is not base58', keyFileText({ ...key, seed: '0OIl0OIl0OIl0OIl0OIl0O' })],
  ])('refuses a file that is %s', (_, text) => {
    expect(readKeyFile(text, key)).toEqual({ problem: 'not_a_key' });
  });
});

describe('a trustee’s key kept in the browser under a passphrase', () => {
  it('opens with its passphrase only, and does not show the seed', async () => {
    const sealed = await sealKey(key.seed, 'correct horse battery', 1000);
    expect(sealed).not.toContain(key.seed);
    expect(await openKey(sealed, 'correct horse battery')).toBe(key.seed);
    expect(await openKey(sealed, 'correct horse batterY')).toBeNull();
  });
});
