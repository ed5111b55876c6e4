import { describe, expect, it } from 'vitest';
import type { AssemblySummary, DeliveriesResponse } from '@shared/api/assemblies';
import { connectRedis } from '../../server/redis/connection';
import { createContext } from '../../server/context';
import { closeQueues } from '../../server/queue/queues';
import { eventually } from '../integration/support';
import { platformAndBrowser, screenshotsEverywhere, viewports } from './browser';
import { convocationLink, signInThroughOutbox } from './signIn';

const president = { email: 'giusto.maniscalchi@example.org', name: 'Giusto Maniscalchi' };
const ekaterina = 'ekaterina.smoroda@example.org';

describe('one e-mail per person, seen by the Table and by a representative', () => {
  const env = platformAndBrowser({ demoAssemblies: true });

  const openAssembly = async (cookie: string): Promise<string> => {
    const response = await fetch(`${env.platform.base}/api/assemblies`, { headers: { cookie } });
    const { assemblies } = (await response.json()) as { assemblies: AssemblySummary[] };
    return assemblies.find((assembly) => assembly.phase === 'open')!.id;
  };

  it('resends to a person their one e-mail, and says it goes for all their members', async () => {
    const table = await env.platform.client().signIn(president.email);
    const id = await openAssembly(table.cookie);
    await table.convocationsSent(id, 108, 40_000);
    // Her relay bounced the one e-mail: each of her 24 members shows it failed.
    const redis = connectRedis(env.platform.config.REDIS_URL);
    const ctx = createContext(redis, env.platform.config);
    try {
      const hers = (await ctx.deliveries.list(id)).filter((delivery) => delivery.email === ekaterina);
      await ctx.deliveries.putAll(
        id,
        hers.map((delivery) => ({
          ...delivery,
          state: 'failed' as const,
          error: { message: '550 Mailbox unavailable', final: true },
        })),
      );
    } finally {
      await closeQueues(ctx.queues);
      redis.disconnect();
    }

    const context = await env.browser.newContext({ locale: 'fr-FR', viewport: viewports.phone });
    const page = await context.newPage();
    await signInThroughOutbox(page, env.platform.base, president.email, president.name);
    await page.goto(`${env.platform.base}/assemblies/${id}/deliveries?state=failed`);
    await expect.poll(() => page.locator('[data-testid=delivery-row][data-state=failed]').count()).toBe(24);
    await page
      .locator('[data-testid=delivery-row]')
      .first()
      .getByRole('button', { name: /Renvoyer/ })
      .click();
    await expect
      .poll(() => page.locator('.register__showing').textContent())
      .toMatch(/La convocation repart vers Ekaterina Smoroda\s:\sun seul e-mail pour ses 24 membres\./);
    await screenshotsEverywhere(page, 'mail-per-person-resent');
    await eventually(
      async () =>
        (await table.json<DeliveriesResponse>(`/api/assemblies/${id}/deliveries`)).counts.sent === 108
          ? true
          : undefined,
      'her 24 members convened again',
      20_000,
    );
    await page.goto(`${env.platform.base}/assemblies/${id}/deliveries`);
    await expect.poll(() => page.locator('[data-testid=delivery-row][data-state=sent]').count()).toBe(108);
    await context.close();
  });

  it('tells a representative in the room, at once, that a vote opened for her', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', viewport: viewports.phone });
    const page = await context.newPage();
    await page.goto(await convocationLink(env.platform.base, ekaterina));
    await expect
      .poll(() => page.getByTestId('connection').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('online');

    const table = await env.platform.client().signIn(president.email);
    const id = await openAssembly(table.cookie);
    const { assembly } = await table.json<{ assembly: { agenda: Array<{ id: string; kind: string }> } }>(
      `/api/assemblies/${id}`,
    );
    const item = assembly.agenda.find((candidate) => candidate.kind === 'ordinary_decision')!;
    const opened = await table.post(`/api/assemblies/${id}/motions`, {
      itemId: item.id,
      kind: 'ordinary_decision',
      title: 'Budget des groupes de travail',
      text: 'La Direction propose 12 000 € pour les groupes de travail.',
      secret: false,
    });
    expect(opened.status, await opened.clone().text()).toBe(201);
    await expect
      .poll(() => page.getByTestId('vote-opened').textContent(), { timeout: 10_000 })
      .toContain('Budget des groupes de travail');
    await page.getByTestId('vote-opened').scrollIntoViewIfNeeded();
    await screenshotsEverywhere(page, 'mail-per-person-vote-opened');
    await page.getByTestId('vote-opened').getByRole('button').click();
    await expect.poll(() => page.getByTestId('vote-opened').count()).toBe(0);
    await context.close();
  });
});
