import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchSecret, secretMarkers, secretReport } from './secret/section';

/**
 * `npm run bench:secret`: the secret-ballot benchmarks alone (also part of `npm run bench`),
 * written to their section of docs/benchmarks.md. BENCH_SECRET_SIZES chooses the records verified
 * (default 104,10000).
 */
async function main() {
  const sizes = (process.env.BENCH_SECRET_SIZES ?? '104,10000').split(',').map(Number);
  const figures = await benchSecret(sizes);
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  const section = secretReport(figures, new Date(), 'npm run bench:secret');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(secretMarkers.start);
  const end = current.indexOf(secretMarkers.end);
  writeFileSync(
    file,
    start >= 0 && end > start
      ? current.slice(0, start) + section.trimEnd() + current.slice(end + secretMarkers.end.length)
      : `${current.trimEnd()}\n\n${section}`,
  );
  console.log('bench: written to docs/benchmarks.md');
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
