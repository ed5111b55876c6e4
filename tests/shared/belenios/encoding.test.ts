import { describe, expect, it } from 'vitest';
import {
  base64NoPad,
  credentialSecret,
  isCredential,
  newCredential,
  newUuid,
  publicCredential,
  sha256B64,
  sha256Hex,
} from '@shared/belenios/encoding';
import { trackerHex } from '@shared/belenios/base64';
import { toolCredential, toolPublicCredential, toolUuid } from './vectors';

describe('Belenios credentials (specification 4.8)', () => {
  it.each([
    { credential: 'k7p-P4D-vdr-RwQ-qxm', valid: true, why: 'made by belenios-tool' },
    { credential: 'wMi-Jze-2j3-5NH-FWi', valid: true, why: 'made by belenios-tool' },
    { credential: 'UFZ-HFF-vtK-f2V-35A', valid: true, why: 'made by belenios-tool' },
    { credential: 'k7pP4DvdrRwQqxm', valid: true, why: 'the same without dashes' },
    { credential: 'k7p-P4D-vdr-RwQ-qxn', valid: false, why: 'a wrong checksum' },
    { credential: 'k7p-P4D-vdr-RwQ-qmx', valid: false, why: 'two characters swapped' },
    { credential: 'k7p-P4D-vdr-RwQ-qx', valid: false, why: 'one character short' },
    { credential: 'k7p-P4D-vdr-RwQ-qx0', valid: false, why: '0 is not base58' },
    { credential: 'k7p-P4Dvdr-RwQ-qxm', valid: false, why: 'dashes half there' },
  ])('$credential is $valid ($why)', ({ credential, valid }) => {
    expect(isCredential(credential)).toBe(valid);
  });

  it('new credentials have the XXX-XXX-XXX-XXX-XXX form and a checksum that holds', () => {
    for (let i = 0; i < 50; i++) {
      const credential = newCredential();
      expect(credential).toMatch(/^([1-9A-HJ-NP-Za-km-z]{3}-){4}[1-9A-HJ-NP-Za-km-z]{3}$/);
      expect(isCredential(credential)).toBe(true);
    }
  });

  it('derives the public credential belenios-tool registered for a credential it made', () => {
    expect(publicCredential(toolCredential, toolUuid).toString()).toBe(toolPublicCredential);
    expect(credentialSecret(toolCredential, 'another0uuid00')).not.toBe(credentialSecret(toolCredential, toolUuid));
    expect(publicCredential(toolCredential.replaceAll('-', ''), toolUuid).toString()).toBe(toolPublicCredential);
  });
});

describe('Belenios encodings', () => {
  it('uuids are 14 base58 characters', () => {
    const uuids = new Set(Array.from({ length: 20 }, () => newUuid()));
    expect(uuids.size).toBe(20);
    for (const uuid of uuids) expect(uuid).toMatch(/^[1-9A-HJ-NP-Za-km-z]{14}$/);
  });

  it.each([
    { bytes: '', base64: '' },
    { bytes: 'f', base64: 'Zg' },
    { bytes: 'fo', base64: 'Zm8' },
    { bytes: 'foo', base64: 'Zm9v' },
    { bytes: 'foob', base64: 'Zm9vYg' },
    { bytes: 'fooba', base64: 'Zm9vYmE' },
  ])('base64 of "$bytes" is "$base64", without padding (RFC 4648 vectors)', ({ bytes, base64 }) => {
    expect(base64NoPad(new TextEncoder().encode(bytes))).toBe(base64);
  });

  it('hashes text as UTF-8, in hex and in base64', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256B64('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0');
    expect(sha256B64(new TextEncoder().encode('é'))).toBe(sha256B64('é'));
  });

  it.each([
    { tracker: 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0', hex: sha256Hex('abc') },
    { tracker: 'Zm9vYmE', hex: '666f6f6261' },
    { tracker: '', hex: '' },
  ])('the tracker "$tracker" is "$hex" in hexadecimal, as belenios-tool prints ballot hashes', ({ tracker, hex }) => {
    expect(trackerHex(tracker)).toBe(hex);
  });

  it('reads back the hash of any tracker', () => {
    for (const text of ['', 'a', 'ballot', '{"answers":[]}', 'é'.repeat(33)])
      expect(trackerHex(sha256B64(text))).toBe(sha256Hex(text));
  });
});
