import { describe, expect, it } from 'vitest';
import type { RoomSnapshot } from '@shared/events';
import { initialRoomState, reduceRoom, type RoomState } from '../../client/src/features/room/roomState';

const snapshot: RoomSnapshot = {
  assemblyId: 'a1',
  phase: 'convened',
  phaseSeq: 0,
  opensAt: '2026-10-24T10:00:00.000Z',
  closesAt: '2026-10-25T10:00:00.000Z',
  serverNow: '2026-10-24T09:59:59.000Z',
  messages: [],
  partial: false,
  cursor: '0-0',
  present: [],
  attendance: { votingMembers: 0, present: 0, represented: 0, required: 0 },
  canPost: { ok: false, reason: 'window_not_yet_open' },
  table: false,
};
const joined = (phaseSeq = 0, phase: RoomSnapshot['phase'] = 'convened'): RoomState =>
  reduceRoom(initialRoomState([]), { type: 'joined', snapshot: { ...snapshot, phase, phaseSeq } });
const phase = (state: RoomState, phase: RoomSnapshot['phase'], seq: number) =>
  reduceRoom(state, { type: 'phase', phase, seq, serverNow: '2026-10-24T10:00:00.000Z' });

describe('the room told of a phase', () => {
  it('takes a phase numbered above the last it saw', () => {
    expect(phase(joined(), 'open', 1).room).toMatchObject({ phase: 'open', phaseSeq: 1 });
  });

  it.each([
    ['the same announcement again', 1, 'open'],
    ['an older one arriving late', 1, 'convened'],
    ['a number below the last seen', 0, 'convened'],
  ] as const)('keeps its state on %s', (_case, seq, announced) => {
    const opened = phase(joined(), 'open', 1);
    expect(phase(opened, announced, seq)).toBe(opened);
  });

  it('ignores an announcement the join already answered', () => {
    const late = joined(2, 'closed');
    expect(phase(late, 'open', 1)).toBe(late);
    expect(phase(late, 'closed', 2)).toBe(late);
  });

  it('keeps a phase it was told of when an older answer to a join arrives', () => {
    const closed = phase(joined(1, 'open'), 'closed', 2);
    expect(
      reduceRoom(closed, { type: 'joined', snapshot: { ...snapshot, phase: 'open', phaseSeq: 1 } }).room,
    ).toMatchObject({ phase: 'closed', phaseSeq: 2 });
  });
});
