import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { gPow, mod, modInverse, q } from '../../../shared/belenios/group';
import {
  channelCipherForTests,
  decryptWith,
  encryptFor,
  receiveOnChannel,
  sendOnChannel,
  trusteeKeys,
} from '../../../shared/belenios/trusteeChannel';
import {
  TrusteeCeremonyError,
  checkCertificate,
  electionPublicKey,
  newTrusteeSeed,
  pedersenTrustees,
  singleTrustee,
  thresholdParameters,
  trusteeCertificate,
  trusteeDecryptionKey,
  trusteePolynomial,
  trusteeVoutput,
  vinputs,
} from '../../../shared/belenios/trustees';

type Ceremony = {
  seeds: string[];
  certs: string[];
  polynomials: string[];
  inputs: string[];
  voutputs: string[];
  parameters: string;
};

/** Three trustees, any two of whom decrypt, entirely by the functions under test. */
function ceremony(): Ceremony {
  const seeds = [newTrusteeSeed(), newTrusteeSeed(), newTrusteeSeed()];
  const certs = seeds.map(trusteeCertificate);
  const polynomials = seeds.map((seed) => trusteePolynomial(seed, certs, 2));
  const inputs = vinputs(certs, polynomials);
  const voutputs = seeds.map((seed, j) => trusteeVoutput(seed, certs, inputs[j]!));
  return {
    seeds,
    certs,
    polynomials,
    inputs,
    voutputs,
    parameters: thresholdParameters(certs, polynomials, voutputs, 2),
  };
}

/** The coefficients a trustee chose, opened from the polynomial it sent to itself. */
function coefficientsOf(seed: string, polynomial: string): bigint[] {
  const keys = trusteeKeys(seed);
  const opened = receiveOnChannel(
    keys.dk,
    keys.verification,
    (JSON.parse(polynomial) as { polynomial: string }).polynomial,
  );
  return (JSON.parse(opened!) as { polynomial: string[] }).polynomial.map(BigInt);
}

/** Trustee `from` re-sends its polynomial with another secret for trustee `to`. */
function withSecret(c: Ceremony, from: number, to: number, secret: bigint): string {
  const polynomial = JSON.parse(c.polynomials[from - 1]!) as { secrets: string[] };
  const recipient = trusteeKeys(c.seeds[to - 1]!).encryption;
  polynomial.secrets[to - 1] = sendOnChannel(
    trusteeKeys(c.seeds[from - 1]!).sk,
    recipient,
    JSON.stringify({ secret: secret.toString() }),
  );
  return JSON.stringify(polynomial);
}

/** The refusal a step throws. */
function refusalOf(step: () => unknown): TrusteeCeremonyError {
  try {
    step();
  } catch (error) {
    if (error instanceof TrusteeCeremonyError) return error;
    throw error;
  }
  throw new Error('The step was not refused.');
}

describe('the threshold key ceremony of three trustees, two needed', () => {
  let c: Ceremony;
  beforeAll(() => {
    c = ceremony();
  });

  it('gives a seed of 22 base58 characters, different each time', () => {
    expect(c.seeds[0]).toMatch(/^[1-9A-HJ-NP-Za-km-z]{22}$/);
    expect(new Set(c.seeds).size).toBe(3);
  });

  it('gives an election key g^(a10 + a20 + a30), the constant terms of the three polynomials', () => {
    const constants = c.seeds.map((seed, i) => coefficientsOf(seed, c.polynomials[i]!)[0]!);
    expect(coefficientsOf(c.seeds[0]!, c.polynomials[0]!)).toHaveLength(2);
    const sum = mod(
      constants.reduce((a, b) => a + b),
      q,
    );
    expect(electionPublicKey(pedersenTrustees(c.parameters))).toBe(gPow(sum));
  });

  it('gives each trustee a decryption key whose power is its published verification key', () => {
    const published = (JSON.parse(c.parameters) as { verification_keys: { public_key: string }[] }).verification_keys;
    c.seeds.forEach((seed, j) => {
      expect(gPow(trusteeDecryptionKey(seed, c.certs, c.voutputs[j]!))).toBe(BigInt(published[j]!.public_key));
    });
  });

  it('lets any two trustees recover the secret by Lagrange interpolation at 0, and no key is the secret itself', () => {
    const constants = c.seeds.map((seed, i) => coefficientsOf(seed, c.polynomials[i]!)[0]!);
    const secret = mod(
      constants.reduce((a, b) => a + b),
      q,
    );
    const keys = c.seeds.map((seed, j) => trusteeDecryptionKey(seed, c.certs, c.voutputs[j]!));
    for (const [i, j] of [
      [1, 2],
      [1, 3],
      [2, 3],
    ] as const) {
      const lagrange = (a: number, b: number) => mod(BigInt(b) * modInverse(BigInt(b - a), q), q);
      expect(mod(keys[i - 1]! * lagrange(i, j) + keys[j - 1]! * lagrange(j, i), q)).toBe(secret);
    }
    expect(keys).not.toContain(secret);
  });

  it('publishes the parameters in the fields and order of belenios-tool', () => {
    const parameters = JSON.parse(c.parameters) as Record<string, unknown>;
    expect(Object.keys(parameters)).toEqual(['threshold', 'certs', 'coefexps', 'verification_keys']);
    expect(parameters.threshold).toBe(2);
    expect(pedersenTrustees(c.parameters)).toBe(`[["Pedersen",${c.parameters}]]`);
    expect(Object.keys(JSON.parse(c.voutputs[0]!) as object)).toEqual(['private_key', 'public_key']);
    expect(Object.keys(JSON.parse(c.inputs[0]!) as object)).toEqual(['polynomial', 'secrets', 'coefexps']);
  });

  it('refuses a certificate whose signature does not hold, naming its trustee', () => {
    const cert = JSON.parse(c.certs[1]!) as { signature: { response: string } };
    cert.signature.response = mod(BigInt(cert.signature.response) + 1n, q).toString();
    const certs = [c.certs[0]!, JSON.stringify(cert), c.certs[2]!];
    expect(checkCertificate(certs[1]!)).toBe(false);
    expect(checkCertificate(c.certs[1]!)).toBe(true);
    expect(refusalOf(() => trusteePolynomial(c.seeds[0]!, certs, 2))).toMatchObject({
      problem: 'certificate',
      trustee: 2,
      message: 'The certificate of trustee 2 is not validly signed.',
    });
    expect(() => vinputs(certs, c.polynomials)).toThrow('trustee 2');
  });

  it('refuses, at the receiving trustee, a secret that does not match its sender’s commitments', () => {
    const polynomials = [c.polynomials[0]!, withSecret(c, 2, 3, 12345n), c.polynomials[2]!];
    const inputs = vinputs(c.certs, polynomials);
    expect(refusalOf(() => trusteeVoutput(c.seeds[2]!, c.certs, inputs[2]!))).toMatchObject({
      problem: 'secret',
      trustee: 2,
      message: 'The secret that trustee 2 sent to trustee 3 does not match its commitments.',
    });
    expect(() => trusteeVoutput(c.seeds[0]!, c.certs, inputs[0]!)).not.toThrow();
  });

  it('refuses a secret that someone other than its sender signed', () => {
    const polynomial = JSON.parse(c.polynomials[0]!) as { secrets: string[] };
    polynomial.secrets[1] = sendOnChannel(
      trusteeKeys(c.seeds[2]!).sk,
      trusteeKeys(c.seeds[1]!).encryption,
      '{"secret":"1"}',
    );
    const inputs = vinputs(c.certs, [JSON.stringify(polynomial), c.polynomials[1]!, c.polynomials[2]!]);
    expect(() => trusteeVoutput(c.seeds[1]!, c.certs, inputs[1]!)).toThrow(
      'The secret that trustee 1 sent to trustee 2 cannot be opened.',
    );
  });

  it('refuses an output whose key is not the one the commitments give, or whose proof fails', () => {
    const other = JSON.parse(c.voutputs[1]!) as { public_key: unknown };
    other.public_key = JSON.parse(singleTrustee().publicKey);
    const swapped = [c.voutputs[0]!, JSON.stringify(other), c.voutputs[2]!];
    expect(refusalOf(() => thresholdParameters(c.certs, c.polynomials, swapped, 2))).toMatchObject({
      problem: 'verificationKey',
      trustee: 2,
      message: 'The verification key of trustee 2 is not the one the commitments give.',
    });
    const forged = JSON.parse(c.voutputs[2]!) as { public_key: { pok: { challenge: string } } };
    forged.public_key.pok.challenge = '1';
    expect(() =>
      thresholdParameters(c.certs, c.polynomials, [c.voutputs[0]!, c.voutputs[1]!, JSON.stringify(forged)], 2),
    ).toThrow('The proof that trustee 3 knows its key does not hold.');
    expect(() => thresholdParameters(c.certs, c.polynomials, c.voutputs, 3)).toThrow(
      'Trustee 1 committed to 2 coefficients instead of 3.',
    );
  });

  it('refuses commitments signed by another trustee, and a seed without a certificate', () => {
    const polynomials = [c.polynomials[1]!, c.polynomials[0]!, c.polynomials[2]!];
    expect(() => vinputs(c.certs, polynomials)).toThrow(
      'The commitments of trustee 1 are not signed by its certificate.',
    );
    expect(() => trusteePolynomial(newTrusteeSeed(), c.certs, 2)).toThrow('not among the certificates');
    expect(() => trusteeDecryptionKey(c.seeds[0]!, c.certs, c.voutputs[1]!)).toThrow('trustee 1');
  });
});

describe('the channel between trustees', () => {
  it('opens only for its recipient, from its signer', () => {
    const [alice, bob, eve] = [newTrusteeSeed(), newTrusteeSeed(), newTrusteeSeed()].map(trusteeKeys);
    const sent = sendOnChannel(alice!.sk, bob!.encryption, 'the secret é');
    expect(receiveOnChannel(bob!.dk, alice!.verification, sent)).toBe('the secret é');
    expect(receiveOnChannel(eve!.dk, alice!.verification, sent)).toBeUndefined();
    expect(receiveOnChannel(bob!.dk, eve!.verification, sent)).toBeUndefined();
    const tampered = JSON.parse(sent) as { data: string };
    tampered.data = (tampered.data[0] === '0' ? '1' : '0') + tampered.data.slice(1);
    expect(decryptWith(bob!.dk, JSON.stringify(tampered))).toBeUndefined();
    expect(decryptWith(bob!.dk, encryptFor(bob!.encryption, ''))).toBe('');
  });

  // Node's AES-CCM as the reference (it refuses an empty message; the channel test above sends one):
  // nonce of 13 bytes below 64 KiB (L = 2), 12 bytes above (L = 3).
  it.each([1, 15, 16, 17, 100, 1500, 65535, 65536, 70000])('is AES-256-CCM with an 8-byte tag (%i bytes)', (length) => {
    const key = randomBytes(32);
    const iv = randomBytes(32);
    const plaintext = randomBytes(length);
    const nonce = iv.subarray(0, length < 65536 ? 13 : 12);
    const reference = createCipheriv('aes-256-ccm', key, nonce, { authTagLength: 8 });
    reference.setAAD(Buffer.alloc(0), { plaintextLength: length });
    const expected = Buffer.concat([reference.update(plaintext), reference.final(), reference.getAuthTag()]);
    const ours = channelCipherForTests.encrypt(key, iv, plaintext);
    expect(Buffer.from(ours).equals(expected)).toBe(true);
    expect(Buffer.from(channelCipherForTests.decrypt(key, iv, ours)!).equals(plaintext)).toBe(true);
    const decipher = createDecipheriv('aes-256-ccm', key, nonce, { authTagLength: 8 });
    decipher.setAuthTag(expected.subarray(length));
    expect(Buffer.concat([decipher.update(expected.subarray(0, length)), decipher.final()]).equals(plaintext)).toBe(
      true,
    );
  });
});
