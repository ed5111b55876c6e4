import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** The rules checked: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
const ruleSets = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export const impacts = ['critical', 'serious', 'moderate', 'minor'] as const satisfies readonly ImpactValue[];

/** Runs axe-core on the whole document as it stands: what it found wrong, and how many of its rules the page passed. */
export async function axeScan(page: Page): Promise<{ violations: Result[]; rulesPassed: number }> {
  // Evaluated through the browser's debugging channel: the page's Content-Security-Policy refuses inline <script>.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
        document,
        {
          runOnly,
          resultTypes: ['violations'],
        },
      ),
    ruleSets,
  );
  return { violations: results.violations, rulesPassed: results.passes.length };
}

/** How many elements fail, by impact. */
export function countByImpact(violations: Result[]): Record<(typeof impacts)[number], number> {
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const violation of violations) if (violation.impact) counts[violation.impact] += violation.nodes.length;
  return counts;
}

/** One line per failing element: the rule, what it asks, the element, and on which page. */
export function describeViolations(violations: Result[], where: string): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where}: ${violation.id} (${violation.impact}) — ${violation.help} — at ${node.target.join(' ')} ${node.html.replace(/\s+/g, ' ').slice(0, 160)}`,
    ),
  );
}
