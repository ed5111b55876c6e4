import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { benchBudget, budgetMarkers, budgetReport, roomBudget, withinBudget } from './budget';

/**
 * `npm run budget`: the room's JavaScript and its first render on a slow line, printed, written to
 * its section of docs/benchmarks.md, and checked against the budget (exit code 1 when over).
 */
async function main() {
  const figures = await benchBudget(5);
  for (const script of figures.scripts)
    console.log(`budget: ${script.file} ${(script.gzipBytes / 1024).toFixed(1)} KiB gzipped`);
  console.log(
    `budget: the room's JavaScript ${figures.scriptGzipKiB.toFixed(1)} KiB gzipped (budget ${roomBudget.scriptGzipKiB} KiB)`,
  );
  console.log(
    `budget: the room on screen after ${(figures.firstRenderMs / 1000).toFixed(2)} s (median; budget ${roomBudget.firstRenderMs / 1000} s), first paint ${(figures.firstContentfulPaintMs / 1000).toFixed(2)} s`,
  );
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  const section = budgetReport(figures, new Date());
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(budgetMarkers.start);
  const end = current.indexOf(budgetMarkers.end);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section.trimEnd() + current.slice(end + budgetMarkers.end.length)
      : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(file, next);
  console.log('budget: written to docs/benchmarks.md');
  const verdict = withinBudget(figures);
  process.exit(verdict.scripts && verdict.render ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
