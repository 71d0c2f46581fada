import { encodeCursor } from '../../../common/pagination/keyset-cursor';
import { decodeActivityLogCursor, encodeActivityLogCursor } from './activity-log-cursor';

describe('activity log cursor', () => {
  const position = {
    occurredAt: '2026-12-03T10:15:30.123Z',
    eventId: '3f0c1a52-7c1e-4a53-9d0e-1b2c3d4e5f60',
  };

  it('gives back the position it was made from', () => {
    expect(decodeActivityLogCursor(encodeActivityLogCursor(position))).toEqual(position);
  });

  it('refuses keys that are not an exact instant and an event id', () => {
    for (const keys of [
      ['2026-12-03T10:15:30Z', position.eventId],
      ['2026-02-30T10:15:30.123Z', position.eventId],
      ['2026-12-03 10:15:30.123+00', position.eventId],
      [position.occurredAt, 'not-a-uuid'],
      [position.occurredAt, position.eventId.toUpperCase()],
      [position.occurredAt, null],
    ]) {
      expect([keys, decodeActivityLogCursor(encodeCursor('activity-log', keys))]).toEqual([
        keys,
        undefined,
      ]);
    }
  });

  it("refuses another list's cursor", () => {
    expect(
      decodeActivityLogCursor(encodeCursor('tasks', [position.occurredAt, position.eventId])),
    ).toBeUndefined();
  });
});
