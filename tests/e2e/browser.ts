import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedDemoAssemblies, startPlatform } from '../integration/support';

export const artifactsDir = new URL('../artifacts/', import.meta.url).pathname;

/** Debian's Chromium, headless, without any of its background calls home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

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
