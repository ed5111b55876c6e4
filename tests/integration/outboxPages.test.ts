import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxResponse } from '@shared/api/service';
import { connectRedis } from '../../server/redis/connection';
import { redisKeys } from '../../server/store/keys';
import { outboxStore } from '../../server/store/outbox';
import { startPlatform, TestClient } from './support';

describe('the outbox, page by page and searched', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let reader: TestClient;

  beforeAll(async () => {
    platform = await startPlatform({ seed: false });
    reader = platform.client();
    // 260 e-mails as the built-in SMTP receiver keeps them: more than the 200 the outbox used to show.
    const redis = connectRedis(platform.config.REDIS_URL);
    const outbox = outboxStore(redis, redisKeys(platform.config.REDIS_PREFIX));
    for (let no = 1; no <= 260; no++) {
      await outbox.add({
        receivedAt: new Date(Date.UTC(2026, 11, 1, 0, no)).toISOString(),
        from: 'Agora <agora@localhost>',
        to: [no === 7 ? 'Élodie.Muller@example.org' : `member${no}@example.org`],
        subject: no % 100 === 0 ? `Procès-verbal n°${no}` : `Convocation ${no}`,
        text: '',
        html: null,
      });
    }
    redis.disconnect();
  });
  afterAll(() => platform?.close());

  const page = (query: string) => reader.json<OutboxResponse>(`/api/outbox?${query}`);

  it('pages through every e-mail, newest first, each once, down to the first', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const body: OutboxResponse = await page(`limit=50${before ? `&before=${before}` : ''}`);
      expect(body.total).toBe(260);
      expect(body.messages.length).toBeLessThanOrEqual(50);
      seen.push(...body.messages.map((message) => message.subject));
      before = body.next;
      pages++;
    } while (before !== null);
    expect(pages).toBe(6);
    expect(seen).toHaveLength(260);
    expect(seen[0]).toBe('Convocation 260');
    expect(seen.at(-1)).toBe('Convocation 1');
    expect(new Set(seen).size).toBe(260);
  });

  it('finds e-mails by recipient and by subject, whatever the case and accents, across the whole outbox', async () => {
    const byRecipient = await page('q=elodie.muller');
    expect(byRecipient.messages.map((message) => message.to)).toEqual([['Élodie.Muller@example.org']]);
    const bySubject = await page(`q=${encodeURIComponent('proces-verbal')}`);
    expect(bySubject.messages.map((message) => message.subject)).toEqual([
      'Procès-verbal n°200',
      'Procès-verbal n°100',
    ]);
    expect(bySubject.next).toBeNull();
    const twoWords = await page(`q=${encodeURIComponent('convocation member25@')}`);
    expect(twoWords.messages.map((message) => message.subject)).toEqual(['Convocation 25']);
    const searchedPages = await page('q=convocation&limit=100');
    expect(searchedPages.messages).toHaveLength(100);
    const rest = await page(`q=convocation&limit=200&before=${searchedPages.next}`);
    expect(rest.messages).toHaveLength(158);
    expect(rest.next).toBeNull();
  });

  it('refuses a page that is not one', async () => {
    expect((await reader.get('/api/outbox?limit=0')).status).toBe(422);
    expect((await reader.get('/api/outbox?before=yesterday')).status).toBe(422);
  });
});
