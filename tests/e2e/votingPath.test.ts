import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshotsEverywhere, viewports, platformAndBrowser } from './browser';
import { mailOf as mailOfOutbox, onPlatform } from './signIn';
import { tableOpensAVote } from './tableVote';

/**
 * A representative's path through a vote, on a phone and a desktop: told a vote waits, a proxy
 * given only where the rules allow, "vote for all" that lists whom and survives a race, and
 * receipts that stay.
 */
describe('the path of a vote, from the banner to the receipt', () => {
  const env = platformAndBrowser({ demoAssemblies: true });

  const mailOf = (email: string, subject: RegExp) => mailOfOutbox(env.platform.base, email, subject);
  const enter = async (email: string, viewport: { width: number; height: number }, language: 'FR' | 'EN') => {
    const page = await (await env.browser.newContext({ locale: 'fr-FR', viewport })).newPage();
    const mail = await mailOf(email, /Convocation/);
    await page.goto(
      onPlatform(env.platform.base, /https?:\/\/\S+\/join#token=[A-Za-z0-9_.-]+/.exec(mail.text)?.[0] ?? ''),
    );
    await page.getByRole('button', { name: language, exact: true }).click();
    await expect
      .poll(() => page.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');
    return page;
  };
  /** The marks on the first item's tab: 1 while the vote opened on it waits for the person. */
  const firstItemMarks = (page: Page) => page.locator('.threads__item').first().getByTestId('tab-vote-marker').count();
  /** The banner's way to the vote opened on the first item (the only one, or one of several). */
  const goToTheNewVote = (page: Page) =>
    page
      .getByTestId('waiting-votes')
      .getByRole('button', { name: /^(Aller au vote|Go to the vote)$|Approval of the 2025 accounts/ })
      .click();
  let samuel: Page;
  let lhoussaine: Page;
  let table: Page;

  it('offers only the holders the rules allow, and tells the giver the proxy is given', async () => {
    samuel = await enter('samuel.thirion@example.org', viewports.phone, 'FR');
    const proxies = samuel.getByTestId('proxies');
    await proxies.getByRole('button', { name: 'Donner une procuration' }).click();
    await proxies
      .getByLabel('Le membre qui donne sa procuration')
      .selectOption({ label: 'Commission Régionale de Partenaires — CRP Brava' });
    const holders = proxies.getByLabel('Le membre qui votera pour lui').locator('option');
    const offered = await holders.allTextContents();
    // Africa only (Morocco, Gabon…), none of Europe's (Russia, Belgium, Portugal…), and no member of Samuel's.
    expect(offered.some((label) => label.startsWith('Plateforme Multi-Acteurs — Agadir'))).toBe(true);
    expect(offered.some((label) => /Coordination Group|Rede Social|Ulianosk/.test(label))).toBe(false);
    expect(offered.some((label) => label.includes('CRP'))).toBe(false);
    await screenshotsEverywhere(samuel, 'path-proxy-form');
    await proxies
      .getByLabel('Le membre qui votera pour lui')
      .selectOption({ label: 'Plateforme Multi-Acteurs — Agadir (Lhoussaine Aitbrahim)' });
    await proxies.getByRole('button', { name: 'Donner la procuration' }).click();
    await expect.poll(() => proxies.getByTestId('proxy').count()).toBe(1);
  }, 120_000);

  it('tells of an open vote at the top and on its tab, and leaves out a proxy given until asked', async () => {
    // The Table opens a named vote on the first item.
    table = await tableOpensAVote(env.browser, env.platform.base);

    lhoussaine = await enter('lhoussaine.aitbrahim@example.org', viewports.desktop, 'FR');
    await samuel.reload();
    await expect
      .poll(() => samuel.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');
    // The demo's statute change and election may wait for them too: the new vote is in the banner,
    // and the first item's tab carries the mark.
    for (const page of [samuel, lhoussaine]) {
      await expect
        .poll(() => page.getByTestId('waiting-votes').textContent(), { timeout: 10_000 })
        .toContain('Approval of the 2025 accounts');
      await expect.poll(() => firstItemMarks(page)).toBe(1);
    }
    await screenshotsEverywhere(samuel, 'path-banner');

    // Samuel's ballot lists his members by organisation, without CRP Brava, whose proxy he gave.
    await goToTheNewVote(samuel);
    const ballot = samuel.getByTestId('ballot');
    const listed = await ballot.locator('.ballot__members li').allTextContents();
    expect(listed.some((name) => name.includes('CRP Fogo'))).toBe(true);
    expect(listed.some((name) => name.includes('CRP Brava'))).toBe(false);
    expect(await ballot.getByTestId('proxy-given').textContent()).toContain(
      'vous avez donné la procuration de Commission Régionale de Partenaires — CRP Brava à Plateforme Multi-Acteurs — Agadir',
    );
    // Lhoussaine's lists CRP Brava, by proxy.
    await goToTheNewVote(lhoussaine);
    const his = await lhoussaine.getByTestId('ballot').locator('.ballot__members li').allTextContents();
    expect(his.some((name) => name.includes('CRP Brava') && name.includes('par procuration'))).toBe(true);
    await screenshotsEverywhere(lhoussaine, 'path-vote-for-all');

    // Samuel votes for CRP Brava himself: asked first, it takes the proxy back.
    await ballot.getByRole('button', { name: 'Voter moi-même pour ce membre…' }).click();
    expect(await ballot.getByTestId('proxy-given').textContent()).toContain(
      'reprend la procuration donnée à Plateforme Multi-Acteurs — Agadir',
    );
    await screenshotsEverywhere(samuel, 'path-take-back');
    await ballot.getByRole('button', { name: 'Reprendre la procuration et inclure ce membre' }).click();
    await ballot.getByRole('checkbox', { name: 'Partager mes votes, membre par membre' }).check();
    await ballot.getByLabel('Commission Régionale de Partenaires — CRP Brava').selectOption({ label: 'Contre' });
    await ballot.getByRole('button', { name: 'Voter (1 voix)' }).click();
    await expect.poll(() => ballot.getByRole('button', { name: '1 vote exprimé' }).count()).toBe(1);
  }, 180_000);

  it('records the others when one member of "vote for all" was refused, and names it in French', async () => {
    // Lhoussaine's page still counts CRP Brava: the server refuses it alone.
    const ballot = lhoussaine.getByTestId('ballot');
    const count = await ballot.locator('.ballot__members li').count();
    await ballot.getByRole('radio', { name: 'Pour' }).check();
    await ballot.getByRole('button', { name: `Voter (${count} voix)` }).click();
    const refused = ballot.getByTestId('ballot-refused');
    await expect.poll(() => refused.count(), { timeout: 10_000 }).toBe(1);
    expect(await refused.textContent()).toContain(
      'Commission Régionale de Partenaires — CRP Brava a voté lui-même : son propre vote compte',
    );
    expect(await refused.textContent()).not.toMatch(/Member|voted|No vote/);
    await expect.poll(() => ballot.getByRole('button', { name: `${count - 1} votes exprimés — pour` }).count()).toBe(1);
    await screenshotsEverywhere(lhoussaine, 'path-race-refused');
  }, 120_000);

  it('keeps the receipts after a reload, and the vote leaves the banner once cast for every member', async () => {
    await lhoussaine.reload();
    await expect
      .poll(() => lhoussaine.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');
    await expect.poll(() => lhoussaine.getByTestId('motion').count(), { timeout: 10_000 }).toBe(1);
    const receipts = lhoussaine.getByTestId('receipts');
    await expect.poll(() => receipts.locator('code').count()).toBeGreaterThan(1);
    expect(await receipts.textContent()).not.toContain('CRP Brava');
    expect(await receipts.getByRole('link', { name: 'Télécharger mes reçus (CSV)' }).getAttribute('download')).toMatch(
      /\.csv$/,
    );
    // The button still says what was done.
    await expect
      .poll(() => lhoussaine.getByTestId('ballot').locator('button[type=submit]').textContent())
      .toMatch(/^\d+ votes exprimés — pour$/);
    await expect
      .poll(async () =>
        (await lhoussaine.getByTestId('waiting-votes').count()) === 0
          ? ''
          : await lhoussaine.getByTestId('waiting-votes').textContent(),
      )
      .not.toContain('Approval of the 2025 accounts');
    await expect.poll(() => firstItemMarks(lhoussaine)).toBe(0);
    await screenshotsEverywhere(lhoussaine, 'path-receipts-after-reload');
  }, 120_000);

  it('checks the receipts against the published list at the close, and reads the result as a sentence', async () => {
    await table.getByRole('button', { name: 'Close this vote now and count it' }).click();
    await table.getByRole('button', { name: 'Yes, close and count' }).click();
    const result = lhoussaine.getByTestId('result');
    await expect.poll(() => result.count(), { timeout: 15_000 }).toBe(1);
    expect(await result.locator('.result__outcome').textContent()).toMatch(
      /^Adoptée : \d+ pour, \d+ contre, \d+ abstentions? ; \d+ membres votants sur 104 ont pris part au vote\.$/,
    );
    await expect
      .poll(() => result.getByTestId('receipts-verdict').textContent())
      .toBe('Vos reçus figurent dans la liste publiée.');
    await screenshotsEverywhere(lhoussaine, 'path-result-receipts-checked');
  }, 120_000);
});
