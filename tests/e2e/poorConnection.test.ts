import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { slowLine } from '../../bench/budget';
import { platformAndBrowser, screenshot, viewports } from './browser';
import { convocationLink } from './signIn';

/** The room over a poor line: Samuel in Cape Verde on a slow 3G phone, whose line then drops; Ekaterina on a good one. */
describe('the live room over a poor line, in a real browser', () => {
  const env = platformAndBrowser({ demoAssemblies: true });

  const connection = (page: Page) => page.getByTestId('connection').getAttribute('data-state');
  const thread = (page: Page) => page.locator('.thread .messages').first();
  const openThread = (page: Page, name: RegExp) => page.locator('.threads__item', { hasText: name }).click();

  it('works on a slow line, says when the line is gone, keeps what is written meanwhile and delivers it once', async () => {
    const phone = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.phone });
    const samuel = await phone.newPage();
    // Chromium's network emulation (DevTools protocol), for every request and the room's connection.
    const line = await phone.newCDPSession(samuel);
    await line.send('Network.enable');
    const slow = {
      offline: false,
      latency: slowLine.latency,
      downloadThroughput: slowLine.download,
      uploadThroughput: slowLine.upload,
    };
    await line.send('Network.emulateNetworkConditions', slow);
    await samuel.goto(await convocationLink(env.platform.base, 'samuel.thirion@example.org'));
    await expect.poll(() => connection(samuel), { timeout: 60_000 }).toBe('online');

    const desktop = await env.browser.newContext({ locale: 'en-GB', viewport: viewports.desktop });
    const ekaterina = await desktop.newPage();
    await ekaterina.goto(await convocationLink(env.platform.base, 'ekaterina.smoroda@example.org'));
    await expect.poll(() => connection(ekaterina), { timeout: 15_000 }).toBe('online');
    await ekaterina.getByRole('button', { name: 'EN', exact: true }).click();
    await openThread(samuel, /Point 2/);
    await openThread(ekaterina, /Item 2/);

    // Over the slow line, a message goes and comes as on a good one, only later.
    await samuel.getByLabel(/Votre message dans/).fill('Le Cap-Vert soutient la création du groupe jeunesse.');
    await samuel.getByRole('button', { name: 'Envoyer' }).click();
    await expect.poll(() => thread(ekaterina).textContent(), { timeout: 15_000 }).toContain('Le Cap-Vert soutient');
    await expect.poll(() => samuel.locator('[data-testid=pending-message]').count(), { timeout: 15_000 }).toBe(0);

    // The line is gone: the room says so, and what Samuel writes waits in his phone.
    await phone.setOffline(true);
    await expect.poll(() => connection(samuel), { timeout: 30_000 }).not.toBe('online');
    await samuel.getByLabel(/Votre message dans/).fill('Nous proposons aussi Praia pour la première rencontre.');
    await samuel.getByRole('button', { name: 'Envoyer' }).click();
    await ekaterina.getByLabel(/Your message in/).fill('Russia would join the youth group too.');
    await ekaterina.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => thread(ekaterina).textContent(), { timeout: 15_000 }).toContain('Russia would join');
    await screenshot(samuel, 'room-line-gone-fr-phone');

    // The line is back (still slow): his message goes, once, and he gets what was said meanwhile.
    await phone.setOffline(false);
    await line.send('Network.emulateNetworkConditions', slow);
    await expect.poll(() => connection(samuel), { timeout: 60_000 }).toBe('online');
    await expect.poll(() => samuel.locator('[data-testid=pending-message]').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => thread(samuel).textContent(), { timeout: 30_000 }).toContain('Russia would join');
    await expect.poll(() => thread(ekaterina).textContent(), { timeout: 30_000 }).toContain('Praia');
    for (const page of [samuel, ekaterina]) {
      const texts = await thread(page).locator('[data-testid=message]').allTextContents();
      expect(texts.filter((text) => text.includes('Praia'))).toHaveLength(1);
      expect(texts.filter((text) => text.includes('Le Cap-Vert soutient'))).toHaveLength(1);
    }
    await screenshot(samuel, 'room-line-back-fr-phone');
    await phone.close();
    await desktop.close();
  }, 180_000);

  it("fetches a form's check when the form is used: with the line gone it says so and keeps the choice, then sends once", async () => {
    const phone = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.phone });
    const samuel = await phone.newPage();
    const scripts: string[] = [];
    samuel.on(
      'request',
      (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)),
    );
    await samuel.goto(await convocationLink(env.platform.base, 'samuel.thirion@example.org'));
    await expect.poll(() => connection(samuel), { timeout: 15_000 }).toBe('online');
    const proxies = samuel.getByTestId('proxies');
    await expect
      .poll(() => proxies.getByRole('button', { name: 'Donner une procuration' }).count(), { timeout: 15_000 })
      .toBe(1);
    const loadedWithTheRoom = scripts.length;

    // The line drops before Samuel starts on the proxy form: its check cannot be fetched.
    await phone.setOffline(true);
    await proxies.getByRole('button', { name: 'Donner une procuration' }).click();
    await proxies
      .getByLabel('Le membre qui donne sa procuration')
      .selectOption({ label: 'Commission Régionale de Partenaires — CRP Maio' });
    await proxies
      .getByLabel('Le membre qui votera pour lui')
      .selectOption({ label: 'Plateforme Multi-Acteurs — Agadir (Lhoussaine Aitbrahim)' });
    await proxies.getByRole('button', { name: 'Donner la procuration' }).click();
    await expect
      .poll(() => proxies.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('Vérifiez votre connexion');
    await expect.poll(() => proxies.getByRole('button', { name: 'Donner la procuration' }).isEnabled()).toBe(true);
    expect(await proxies.getByLabel('Le membre qui donne sa procuration').inputValue()).not.toBe('');

    // Back online, the same tap fetches the check and gives the proxy, once.
    await phone.setOffline(false);
    await proxies.getByRole('button', { name: 'Donner la procuration' }).click();
    await expect
      .poll(() => proxies.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('Procuration donnée');
    await expect.poll(() => proxies.getByTestId('proxy').count()).toBe(1);
    // The check (zod and the proxy's schema) came with the form, not with the room.
    const checkCode = (path: string) => /\/assets\/(zod|proxy)-/.test(path);
    expect(scripts.slice(0, loadedWithTheRoom).filter(checkCode)).toEqual([]);
    expect(scripts.slice(loadedWithTheRoom).filter(checkCode).length).toBeGreaterThanOrEqual(2);
    await phone.close();
  }, 120_000);
});
