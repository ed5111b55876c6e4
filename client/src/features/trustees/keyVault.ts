// A trustee's key kept in this browser, locked with a passphrase (PBKDF2 → AES-GCM, WebCrypto).
import type { TrusteeKey } from './keyFile';

const ITERATIONS = 600_000;

interface Sealed {
  v: 1;
  iterations: number;
  salt: string;
  iv: string;
  data: string;
}

const storageKey = (key: Pick<TrusteeKey, 'assemblyId' | 'position'>) =>
  `agora:trustee-key:${key.assemblyId}:${key.position}`;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** WebCrypto is only there on a secure page (https, or this computer): elsewhere the key is kept as a file only. */
export function canKeepInBrowser(): boolean {
  return Boolean(globalThis.crypto?.subtle) && typeof localStorage !== 'undefined';
}

async function aesKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Locks the key's seed with the passphrase: what is stored says nothing of the seed without it. */
export async function sealKey(seed: string, passphrase: string, iterations = ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await aesKey(passphrase, salt, iterations),
      new TextEncoder().encode(seed),
    ),
  );
  const sealed: Sealed = { v: 1, iterations, salt: toBase64(salt), iv: toBase64(iv), data: toBase64(data) };
  return JSON.stringify(sealed);
}

/** The seed, or null when the passphrase is not the one it was locked with. */
export async function openKey(sealedText: string, passphrase: string): Promise<string | null> {
  const sealed = JSON.parse(sealedText) as Sealed;
  try {
    const seed = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      await aesKey(passphrase, fromBase64(sealed.salt), sealed.iterations),
      fromBase64(sealed.data),
    );
    return new TextDecoder().decode(seed);
  } catch {
    return null; // AES-GCM's tag does not match: another passphrase
  }
}

/** The key kept in this browser for this trustee of this assembly. */
export const keyVault = {
  has(key: Pick<TrusteeKey, 'assemblyId' | 'position'>): boolean {
    try {
      return localStorage.getItem(storageKey(key)) !== null;
    } catch {
      return false;
    }
  },
  async keep(key: TrusteeKey, passphrase: string): Promise<void> {
    localStorage.setItem(storageKey(key), await sealKey(key.seed, passphrase));
  },
  /** The key, or null for a wrong passphrase (or none kept). */
  async open(key: Pick<TrusteeKey, 'assemblyId' | 'position'>, passphrase: string): Promise<TrusteeKey | null> {
    const sealed = localStorage.getItem(storageKey(key));
    const seed = sealed === null ? null : await openKey(sealed, passphrase);
    return seed === null ? null : { ...key, seed };
  },
};
