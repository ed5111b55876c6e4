// A trustee's key as a file to keep: the seed its browser made, and which assembly and trustee it is for.

export interface TrusteeKey {
  assemblyId: string;
  position: number;
  /** The trustee's secret: every piece of its key is derived from it (22 base58 characters). */
  seed: string;
}

const kind = 'agora-trustee-key';

/** The file's name: `agora-trustee-<assembly>-<position>.key`. */
export function keyFileName(key: Pick<TrusteeKey, 'assemblyId' | 'position'>): string {
  return `agora-trustee-${key.assemblyId}-${key.position}.key`;
}

/** The file's content: a small JSON. */
export function keyFileText(key: TrusteeKey): string {
  return `${JSON.stringify({ kind, assemblyId: key.assemblyId, position: key.position, seed: key.seed })}\n`;
}

/** Why a key cannot be used here: not a key file, or another assembly's, or another trustee's. */
export type KeyProblem =
  { problem: 'not_a_key' } | { problem: 'other_assembly' } | { problem: 'other_trustee'; position: number };

/** Reads a key file, checking it is this trustee's of this assembly. */
export function readKeyFile(
  text: string,
  expected: Pick<TrusteeKey, 'assemblyId' | 'position'>,
): { key: TrusteeKey } | KeyProblem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'not_a_key' };
  }
  const file = parsed as Partial<Record<keyof TrusteeKey | 'kind', unknown>> | null;
  if (
    typeof file !== 'object' ||
    file === null ||
    file.kind !== kind ||
    typeof file.assemblyId !== 'string' ||
    typeof file.position !== 'number' ||
    typeof file.seed !== 'string' ||
    !/^[1-9A-HJ-NP-Za-km-z]{22}$/.test(file.seed)
  )
    return { problem: 'not_a_key' };
  if (file.assemblyId !== expected.assemblyId) return { problem: 'other_assembly' };
  if (file.position !== expected.position) return { problem: 'other_trustee', position: file.position };
  return { key: { assemblyId: file.assemblyId, position: file.position, seed: file.seed } };
}
