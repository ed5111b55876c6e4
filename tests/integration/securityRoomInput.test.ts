import { beforeAll, describe, expect, it } from 'vitest';
import type { RoomEvent } from '@shared/schemas/room';
import type { RoomClient } from './support';
import { badInputs } from './securitySupport';
import { roomEvents } from '../../server/socket/roomEvents';
import { assemblyUnderFuzz } from './securityInputSupport';

describe('malformed, oversized and disguised input', () => {
  const { people, ids, store, roomClient, call } = assemblyUnderFuzz();

  describe('on the live room', () => {
    let socket: RoomClient;
    let messageId: string;
    /** A payload each event of the room's table would accept. */
    const valid = (): Record<keyof typeof roomEvents, object> => ({
      'room:join': { assemblyId: ids.assemblyId, after: '0' },
      'room:history': { assemblyId: ids.assemblyId, after: '0' },
      'message:post': {
        assemblyId: ids.assemblyId,
        thread: ids.itemId,
        body: 'Hello',
        replyTo: null,
        clientId: 'fuzz-valid-0001',
      },
      'message:edit': { assemblyId: ids.assemblyId, messageId, body: 'Edited' },
      'message:withdraw': { assemblyId: ids.assemblyId, messageId },
      'message:hide': { assemblyId: ids.assemblyId, messageId, reason: 'Off the subject' },
      'message:pin': { assemblyId: ids.assemblyId, messageId, pinned: true },
    });

    beforeAll(async () => {
      socket = await roomClient(people.table);
      expect((await call(socket, 'room:join', { assemblyId: ids.assemblyId })).ok).toBe(true);
      const posted = await call<RoomEvent>(socket, 'message:post', {
        assemblyId: ids.assemblyId,
        thread: 'general',
        body: 'The Table opens the discussion.',
        clientId: 'table-opens-1',
      });
      messageId = posted.ok ? posted.value.message.id : '';
    });

    it('refuses every malformed event payload with its reason, storing nothing', async () => {
      const before = await store.snapshot();
      const samples = valid();
      for (const [index, [event, { schema }]] of Object.entries(roomEvents).entries()) {
        const sample = samples[event as keyof typeof roomEvents];
        // Under the 64 KB a connection may send at once, so each payload reaches the handler.
        for (const input of badInputs(schema, sample, { seed: 2000 + index, count: 30, hugeTextLength: 8_000 })) {
          const answer = await call(socket, event, input.body);
          expect(answer, `${event}, ${input.what}`).toMatchObject({
            ok: false,
            error: { code: 'invalid_input', message: expect.stringMatching(/\w{3}/) },
          });
        }
        for (const [what, payload] of [
          ['nothing', []],
          ['a string', ['hello']],
          ['a number', [42]],
          ['null', [null]],
          ['a list', [[sample]]],
        ] as const) {
          const answer = await call(socket, event, ...payload);
          expect(answer, `${event} with ${what}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        }
      }
      expect(await store.snapshot()).toEqual(before);
      expect(socket.connected).toBe(true);
    });

    it('closes a connection that sends more than 64 KB at once or a damaged packet, and serves the others', async () => {
      const before = await store.snapshot();
      const flooding = await roomClient(people.member);
      const closed = new Promise<string>((resolve) => flooding.once('disconnect', resolve));
      flooding.emit(
        'message:post',
        {
          assemblyId: ids.assemblyId,
          thread: 'general',
          body: 'x'.repeat(70_000),
          replyTo: null,
          clientId: 'flood-0001',
        },
        () => {},
      );
      expect(await closed).toMatch(/transport (close|error)/);

      const damaging = await roomClient(people.member);
      const damaged = new Promise<string>((resolve) => damaging.once('disconnect', resolve));
      // A Socket.IO event packet whose JSON is cut: the server cannot decode it.
      (damaging.io.engine as unknown as { write(data: string): void }).write('2["message:post",{"assemblyId":');
      expect(await damaged).toMatch(/transport (close|error)|io server disconnect/);
      expect(await store.snapshot()).toEqual(before);

      expect(await call(socket, 'room:history', { assemblyId: ids.assemblyId, after: '0' })).toMatchObject({
        ok: true,
      });
      const again = await roomClient(people.member);
      expect(await call(again, 'room:join', { assemblyId: ids.assemblyId })).toMatchObject({ ok: true });
    });
  });
});
