import { InvalidCursor } from '../../../common/pagination/invalid-cursor.error';
import { encodeCursor } from '../../../common/pagination/keyset-cursor';
import {
  byListOrder,
  deadLetterCursor,
  type DeadLetterPosition,
  deadLetterPositionOf,
} from './dead-letter-position';

describe('dead letter position', () => {
  it('orders newest first, then by queue and id, so ties across queues stay ordered', () => {
    const positions: DeadLetterPosition[] = [
      { finishedOn: 1, queue: 'email', id: 'a' },
      { finishedOn: 2, queue: 'email', id: 'a' },
      { finishedOn: 2, queue: 'system', id: 'a' },
      { finishedOn: 2, queue: 'system', id: 'b' },
    ];
    expect([...positions].sort(byListOrder)).toEqual([
      positions[3],
      positions[2],
      positions[1],
      positions[0],
    ]);
  });

  it('round-trips through its cursor', () => {
    const position: DeadLetterPosition = { finishedOn: 1796300000123, queue: 'email', id: 'x.1' };
    expect(deadLetterPositionOf(deadLetterCursor(position))).toEqual(position);
    expect(deadLetterPositionOf(undefined)).toBeUndefined();
  });

  it.each([
    ["another list's", encodeCursor('projects', ['1', 'email', 'a'])],
    ['an unknown queue', encodeCursor('dead-jobs', ['1', 'nope', 'a'])],
    ['a time that is no number', encodeCursor('dead-jobs', ['1e3', 'email', 'a'])],
    ['an empty id', encodeCursor('dead-jobs', ['1', 'email', ''])],
    ['an overlong id', encodeCursor('dead-jobs', ['1', 'email', 'x'.repeat(201)])],
    ['junk', 'abc'],
  ])('refuses %s cursor', (_case, cursor) => {
    expect(() => deadLetterPositionOf(cursor)).toThrow(InvalidCursor);
  });
});
