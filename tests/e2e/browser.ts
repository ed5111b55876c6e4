import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedDemoAssemblies, startPlatform } from '../integration/support';
import { launchBrowser } from './chromium';

export { launchBrowser, viewports } from './chromium';

export const artifactsDir = new URL('../artifacts/', import.meta.url).pathname;

/** Saves a full-page screenshot under tests/artifacts, named after the step. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage: true });
}

/**
 * For the tests of one file: a platform (web process, worker, demo register; the demo's three
 * assemblies when asked) and a Chromium, started before them and stopped after them.
 */
export function platformAndBrowser(options: { demoAssemblies?: boolean } = {}) {
  let platform: Awaited<ReturnType<typeof startPlatform>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    platform = await startPlatform();
    if (options.demoAssemblies) await seedDemoAssemblies(platform.config);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });
  return {
    get platform() {
      return platform!;
    },
    get browser() {
      return browser!;
    },
  };
}
