import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { viewports } from './browser';
import { signInThroughOutbox } from './signIn';

/**
 * The Table's president, signed in on a desktop in English, opens a named vote on the first item
 * of the demo's open assembly, from its room. Resolves with his page once the motion shows.
 */
export async function tableOpensAVote(browser: Browser, base: string): Promise<Page> {
  const table = await (await browser.newContext({ locale: 'en-GB', viewport: viewports.desktop })).newPage();
  await signInThroughOutbox(table, base, 'giusto.maniscalchi@example.org', 'Giusto Maniscalchi');
  await table.goto(`${base}/assemblies`);
  await table
    .getByRole('link', { name: /rapport et comptes 2025/ })
    .first()
    .click();
  await table.getByRole('button', { name: 'EN', exact: true }).click();
  await expect
    .poll(() => table.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
    .toBe('online');
  await table.getByRole('button', { name: 'Put a motion to the vote' }).click();
  await table.getByLabel('Title of the motion').fill('Approval of the 2025 accounts');
  await table.getByLabel('Text put to the vote').fill('The assembly approves the report and the accounts of 2025.');
  await table.getByRole('button', { name: 'Open the vote' }).click();
  await expect.poll(() => table.getByTestId('motion').count()).toBe(1);
  return table;
}
