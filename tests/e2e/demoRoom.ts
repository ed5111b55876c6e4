import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The demo's extraordinary assembly, open now, as its link reads in the assemblies list. */
export const openDemoAssembly = /Rencontres internationales/;

/** Opens the demo's open assembly from the assemblies page, as a person does, and waits until its room is connected. */
export async function enterDemoRoom(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/assemblies`);
  await page.getByRole('link', { name: openDemoAssembly }).first().click();
  await expect
    .poll(() => page.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
    .toBe('online');
}
