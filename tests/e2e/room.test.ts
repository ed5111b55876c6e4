import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import { eventually, seedDemoAssemblies, seedRegister, spawnWeb, testConfig } from '../integration/support';
import { launchBrowser, screenshot, screenshotsEverywhere, viewports } from './browser';
import { onPlatform } from './signIn';

/** Two representatives of the demo register, each following its own convocation. */
const russia = { email: 'ekaterina.smoroda@example.org', name: 'Ekaterina Smoroda' };
const capeVerde = { email: 'samuel.thirion@example.org', name: 'Samuel Thirion' };

describe('the live room in two browsers, across a crash of the web process', () => {
  const config = testConfig();
  let web: ReturnType<typeof spawnWeb>;
  let base = '';
  let worker: { close(): Promise<void> } | null = null;
  let browser: Browser;

  const convocationOf = async (email: string): Promise<OutboxMessage> => {
    const summary = await eventually(
      async () => {
        const { messages } = (await (await fetch(`${base}/api/outbox`)).json()) as OutboxResponse;
        return messages.find((message) => message.to.includes(email) && /Convocation/.test(message.subject));
      },
      `the convocation of ${email}`,
      30_000,
    );
    return (await (await fetch(`${base}/api/outbox/${summary.id}`)).json()) as OutboxMessage;
  };
  const personalLink = (mail: OutboxMessage) =>
    onPlatform(base, /https?:\/\/\S+\/join#token=[A-Za-z0-9_.-]+/.exec(mail.text)?.[0] ?? '');

  const startWebAt = async (port: number) => {
    web = spawnWeb({ ...config, PORT: port });
    const ready = await web.ready;
    base = `http://127.0.0.1:${ready.port}`;
    return ready.port ?? port;
  };

  beforeAll(async () => {
    const { startWorker } = await import('../../jobs/worker');
    await seedRegister(config, new Date());
    await seedDemoAssemblies(config);
    worker = await startWorker(config, { now: () => new Date() });
    await startWebAt(0);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    web?.child.kill('SIGKILL');
    await worker?.close();
  });

  const enterThroughConvocation = async (page: Page, email: string) => {
    await page.goto(personalLink(await convocationOf(email)));
    await expect
      .poll(() => page.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');
  };
  const openThread = (page: Page, name: RegExp) => page.locator('.threads__item', { hasText: name }).click();
  const thread = (page: Page) => page.locator('.thread .messages').first();

  it('carries a message from one representative to another at once, and loses nothing when the web process dies', async () => {
    const first = await browser.newContext({ locale: 'fr-FR', viewport: viewports.phone });
    const second = await browser.newContext({ locale: 'en-GB', viewport: viewports.desktop });
    const russian = await first.newPage();
    const verdean = await second.newPage();
    await enterThroughConvocation(russian, russia.email);
    await enterThroughConvocation(verdean, capeVerde.email);

    // Each reads in the language chosen on the page (the switch in the header).
    await russian.getByRole('button', { name: 'FR', exact: true }).click();
    await verdean.getByRole('button', { name: 'EN', exact: true }).click();
    // Both in the thread of item 2; Ekaterina writes, Samuel reads it without reloading.
    await openThread(russian, /Point 2/);
    await openThread(verdean, /Item 2/);
    await russian.getByLabel(/Votre message dans/).fill('Nous soutenons la création du groupe **SPIRAL**.');
    await russian.getByRole('button', { name: 'Envoyer' }).click();
    await expect
      .poll(() => thread(verdean).textContent(), { timeout: 5_000 })
      .toContain('Nous soutenons la création du groupe SPIRAL.');
    await expect.poll(() => thread(verdean).locator('strong').first().textContent()).toBe('SPIRAL');
    await expect.poll(() => thread(verdean).textContent()).toContain('for 24 members');
    await expect.poll(() => russian.locator('[data-testid=pending-message]').count()).toBe(0);
    await screenshotsEverywhere(russian, 'room-posted');
    await screenshotsEverywhere(verdean, 'room-received');

    // The web process dies (kill -9): both say so; what Samuel writes meanwhile waits in his browser.
    const port = Number(new URL(base).port);
    web.child.kill('SIGKILL');
    await web.exited;
    await expect
      .poll(() => russian.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .not.toBe('online');
    await expect
      .poll(() => verdean.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .not.toBe('online');
    await verdean.getByLabel(/Your message in/).fill('Cape Verde agrees, and offers to host the youth group.');
    await verdean.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => verdean.locator('[data-testid=pending-message]').textContent())
      .toContain('Waiting for the connection');
    await screenshot(verdean, 'room-reconnecting-en-desktop');

    // Started again on the same address: both come back, the waiting message goes, once, to both.
    await startWebAt(port);
    await expect
      .poll(() => verdean.getByTestId('connection').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('online');
    await expect
      .poll(() => russian.getByTestId('connection').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('online');
    await expect.poll(() => verdean.locator('[data-testid=pending-message]').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => thread(russian).textContent(), { timeout: 15_000 }).toContain('Cape Verde agrees');
    for (const page of [russian, verdean]) {
      await expect.poll(() => thread(page).locator('[data-testid=message]').count()).toBe(2);
      expect(await thread(page).textContent()).toContain('Nous soutenons');
    }

    // A reload starts from the store: the same two messages.
    await russian.reload();
    await openThread(russian, /Point 2/);
    await expect.poll(() => thread(russian).locator('[data-testid=message]').count()).toBe(2);
    await screenshot(russian, 'room-after-restart-fr-phone');
  }, 120_000);
});
