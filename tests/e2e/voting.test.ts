import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, screenshotsEverywhere, viewports, platformAndBrowser } from './browser';
import { mailOf as mailOfOutbox, onPlatform } from './signIn';
import { tableOpensAVote } from './tableVote';
import { enterDemoRoom } from './demoRoom';

describe('deciding in the open demo room, in a real browser', () => {
  const env = platformAndBrowser({ demoAssemblies: true });
  let table: Page;

  const mailOf = (email: string, subject: RegExp) => mailOfOutbox(env.platform.base, email, subject);
  const enter = async (page: Page, email: string, language: 'FR' | 'EN') => {
    const mail = await mailOf(email, /Convocation/);
    await page.goto(
      onPlatform(env.platform.base, /https?:\/\/\S+\/join#token=[A-Za-z0-9_.-]+/.exec(mail.text)?.[0] ?? ''),
    );
    await page.getByRole('button', { name: language, exact: true }).click();
    await expect
      .poll(() => page.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');
  };

  it('lets the Table open a vote and the representative of 24 members cast all 24 in one action', async () => {
    // The Table president opens a named vote on item 1 (his convocation first, so his sign-in e-mail is the newest).
    await mailOf('giusto.maniscalchi@example.org', /Convocation/);
    table = await tableOpensAVote(env.browser, env.platform.base);

    // Ekaterina, on a phone, sees it (no reload) and casts her 24 votes in one action.
    const phone = await (await env.browser.newContext({ locale: 'en-GB', viewport: viewports.phone })).newPage();
    await enter(phone, 'ekaterina.smoroda@example.org', 'EN');
    await expect.poll(() => phone.getByTestId('motion').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => phone.getByText('You vote for these 24 members:').count()).toBe(1);
    await expect.poll(() => phone.locator('.ballot__members li').count()).toBe(24);
    await phone.getByRole('radio', { name: 'For' }).check();
    await phone.getByRole('button', { name: 'Cast 24 votes' }).click();
    await expect.poll(() => phone.getByRole('status').filter({ hasText: '24 votes recorded' }).count()).toBe(1);
    await expect.poll(() => phone.getByRole('button', { name: '24 votes cast — for' }).count()).toBe(1);
    await expect.poll(() => phone.getByText('Your receipts (24)').count()).toBe(1);
    await expect.poll(() => phone.locator('.receipts code').count()).toBe(24);
    await expect.poll(() => phone.getByText('Your votes cast for 24 members').count()).toBe(1);
    await screenshotsEverywhere(phone, 'voting-24-votes');
  }, 120_000);

  it('accepts a Cape Verde proxy to a Moroccan member and does not offer a Russian member as holder', async () => {
    const page = await (await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.phone })).newPage();
    await enter(page, 'samuel.thirion@example.org', 'FR');
    const proxies = page.getByTestId('proxies');
    await proxies.getByRole('button', { name: 'Donner une procuration' }).click();
    await proxies
      .getByLabel('Le membre qui donne sa procuration')
      .selectOption({ label: 'Commission Régionale de Partenaires — CRP Brava' });
    await proxies
      .getByLabel('Le membre qui votera pour lui')
      .selectOption({ label: 'Plateforme Multi-Acteurs — Agadir (Lhoussaine Aitbrahim)' });
    await proxies.getByRole('button', { name: 'Donner la procuration' }).click();
    await expect.poll(() => proxies.getByRole('status').textContent()).toContain('Procuration donnée');
    await expect.poll(() => proxies.getByTestId('proxy').count()).toBe(1);

    // A member of another continent is not even offered.
    await proxies.getByRole('button', { name: 'Donner une procuration' }).click();
    await proxies
      .getByLabel('Le membre qui donne sa procuration')
      .selectOption({ label: 'Commission Régionale de Partenaires — CRP Fogo' });
    const offered = await proxies.getByLabel('Le membre qui votera pour lui').locator('option').allTextContents();
    expect(offered.some((label) => label.includes('Ulianosk'))).toBe(false);
    expect(offered.some((label) => label.includes('Plateforme Multi-Acteurs — Agadir'))).toBe(true);
    await screenshotsEverywhere(page, 'voting-proxy-offered');

    // The holder's representative is told by e-mail.
    expect((await mailOf('lhoussaine.aitbrahim@example.org', /procuration|proxy/i)).text).toContain('CRP Brava');
  }, 120_000);

  it('shows the candidacies of the extraordinary assembly open now, closed since the eve, with their continents', async () => {
    await enterDemoRoom(table, env.platform.base);
    const panel = table.getByTestId('candidacies');
    await expect.poll(() => panel.getByTestId('candidacy').count(), { timeout: 15_000 }).toBe(2);
    expect(await panel.textContent()).toContain('Candidacies closed on');
    expect(await panel.getByRole('button', { name: 'Stand for an office' }).count()).toBe(0);
    const candidacies = await panel.getByTestId('candidacy').allTextContents();
    expect(candidacies.join(' | ')).toMatch(/President: .*Mulhouse.*Europe/);
    expect(candidacies.join(' | ')).toMatch(/President: .*Agadir.*Africa/);
    await screenshot(table, 'voting-candidacies-en-desktop');
  }, 60_000);
});
