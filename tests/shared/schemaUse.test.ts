import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('every input schema is one the app parses', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const sourceFiles = (folder: string): string[] =>
    readdirSync(join(root, folder)).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
      return /\.(ts|tsx)$/.test(name) ? [path] : [];
    });

  it('declares no input schema that only its tests read (a schema no route uses tests nothing users send)', () => {
    const sources = ['shared', 'server', 'jobs', 'client/src'].flatMap(sourceFiles);
    const texts = new Map(sources.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
    const declared = sources
      .filter((file) => file.startsWith('shared/schemas/'))
      .flatMap((file) =>
        [...texts.get(file)!.matchAll(/export const (\w+InputSchema)\b/g)].map((match) => ({ file, name: match[1]! })),
      );
    expect(declared.length).toBeGreaterThan(10);
    const unused = declared.filter(
      ({ file, name }) => ![...texts].some(([other, text]) => other !== file && new RegExp(`\\b${name}\\b`).test(text)),
    );
    expect(unused.map(({ name }) => name)).toEqual([]);
  });
});
