import { readFile } from 'node:fs/promises';
import { verifyArchive } from '../../shared/belenios/verify';

/**
 * `npm run verify:ballots -- <uuid>.bel [--sha256 <hex>]`: re-checks a secret vote's Belenios
 * record (every ballot, the tally, each trustee's decryption, the result) and prints a short
 * report. With --sha256 (the hash published in the minutes) it also notices a record cut short.
 * Exit code 0 when the record holds, 1 when it does not.
 */
async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--sha256');
  const expected = at >= 0 ? args[at + 1] : undefined;
  const files = args.filter((arg, i) => !arg.startsWith('--') && (at < 0 || i !== at + 1));
  const [file, second] = files;
  if (!file || (at >= 0 && !expected)) {
    console.log('Usage: npm run verify:ballots -- <uuid>.bel [--sha256 <hex>]');
    return 1;
  }
  const bytes = new Uint8Array(await readFile(file));
  const started = performance.now();
  const verdict = verifyArchive(bytes, expected ?? second);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${verdict.ok ? 'The record holds' : 'The record does NOT hold'}: ${file} (checked in ${seconds} s)`);
  console.log(`Election ${verdict.uuid || '(unread)'}: ${verdict.ballots} ballots cast, ${verdict.tallied} counted.`);
  if (verdict.result) verdict.result.forEach((counts, i) => console.log(`Question ${i + 1}: ${counts.join(', ')}`));
  else if (verdict.ok) console.log('No result yet.');
  for (const problem of verdict.problems) console.log(`  - ${problem}`);
  return verdict.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
