import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

/** The folder an import lands in, for relative imports and the @shared alias. */
function landsIn(file: string, specifier: string): string | null {
  if (specifier.startsWith('@shared/')) return 'shared';
  if (!specifier.startsWith('.')) return null;
  const target = relative(root, join(root, file, '..', specifier));
  return target.split('/')[0] ?? null;
}

describe('module boundaries', () => {
  // @noble: audited pure-JS hashes and AES, the same bytes in the browser and in Node (Belenios records).
  const pure = [
    'zod',
    'luxon',
    '@noble/hashes/sha2',
    '@noble/hashes/hmac',
    '@noble/hashes/pbkdf2',
    '@noble/hashes/utils',
    '@noble/ciphers/aes',
  ];
  it.each(sourceFiles('shared'))('%s is pure: only shared code, zod, luxon and @noble', (file) => {
    for (const specifier of importsOf(file)) {
      const folder = landsIn(file, specifier);
      if (folder !== null) expect(folder, `${file} imports ${specifier}`).toBe('shared');
      else expect(pure, `${file} imports ${specifier}`).toContain(specifier);
    }
  });

  it.each(sourceFiles('client/src'))('%s reaches the server only through HTTP and sockets', (file) => {
    for (const specifier of importsOf(file)) {
      const folder = landsIn(file, specifier);
      if (folder !== null) expect(['client', 'shared'], `${file} imports ${specifier}`).toContain(folder);
    }
  });

  it.each([...sourceFiles('server'), ...sourceFiles('jobs')])('%s does not import the client', (file) => {
    for (const specifier of importsOf(file)) {
      expect(landsIn(file, specifier), `${file} imports ${specifier}`).not.toBe('client');
    }
  });
});
