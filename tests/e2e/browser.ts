import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { startPlatform } from '../integration/support';
import { launchBrowser, viewports } from './chromium';

export { launchBrowser, viewports } from './chromium';

export const artifactsDir = new URL('../artifacts/', import.meta.url).pathname;

/** Saves a full-page screenshot under tests/artifacts, named after the step. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage: true });
}

/**
 * Saves a step of a journey as it looks on a phone and on a desktop, in French and in English
 * (`<step>-<fr|en>-<phone|desktop>`), then puts the page back as it was. The language is switched
 * with the header's switch, as a person would; the person's saved language is left unchanged (the
 * switch's save is answered in the browser, without reaching the server).
 */
export async function screenshotsEverywhere(page: Page, step: string): Promise<void> {
  const viewport = page.viewportSize();
  const language = await shownLanguage(page);
  const saves = new Set<Promise<void>>();
  const answerSave = async (route: Route) => {
    const { language: chosen } = route.request().postDataJSON() as { language: string };
    const me = (await (await route.fetch({ method: 'GET' })).json()) as { person: Record<string, unknown> };
    await route.fulfill({ json: { ...me, person: { ...me.person, language: chosen } } });
  };
  await page.route('**/api/me', (route) => {
    if (route.request().method() !== 'PATCH') return route.fallback();
    const save = answerSave(route).finally(() => saves.delete(save));
    saves.add(save);
    return save;
  });
  try {
    for (const [size, dimensions] of Object.entries(viewports)) {
      await page.setViewportSize(dimensions);
      // The header lays itself out again for the new width (a media query in React): two frames later.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      for (const shown of ['fr', 'en']) {
        await showLanguage(page, shown);
        await screenshot(page, `${step}-${shown}-${size}`);
      }
    }
  } finally {
    await showLanguage(page, language);
    if (viewport) await page.setViewportSize(viewport);
    // The last switch's save may still be on its way: it is answered before the route goes.
    await expect.poll(() => saves.size).toBe(0);
    await page.unroute('**/api/me');
  }
}

const shownLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);

async function showLanguage(page: Page, language: string): Promise<void> {
  if ((await shownLanguage(page)) === language) return;
  await page.getByRole('button', { name: language.toUpperCase(), exact: true }).click();
  await expect.poll(() => shownLanguage(page)).toBe(language);
}

/**
 * For the tests of one file: a platform (web process, worker, demo register; the demo's three
 * assemblies when asked; settings of its own, e.g. a DATA_DIR) and a Chromium, started before them
 * and stopped after them.
 */
export function platformAndBrowser(
  options: { demoAssemblies?: boolean; config?: NonNullable<Parameters<typeof startPlatform>[0]>['config'] } = {},
) {
  let platform: Awaited<ReturnType<typeof startPlatform>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    platform = await startPlatform({ config: options.config, demoAssemblies: options.demoAssemblies });
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
