import type { Queue } from 'bullmq';
import type Redis from 'ioredis';

import { RecipientOrder } from './recipient-order';

/** A recipient's sorted set in memory, and job states by id: enough to test the decisions. */
function orderWith(enlisted: string[], states: Record<string, string>) {
  const set = [...enlisted];
  const redis = {
    defineCommand: jest.fn(),
    zrank: jest.fn(async (_key: string, id: string) => {
      const rank = set.indexOf(id);
      return rank < 0 ? null : rank;
    }),
    zrange: jest.fn(async (_key: string, start: number, stop: number) =>
      set.slice(start, stop + 1),
    ),
    zrem: jest.fn(async (_key: string, id: string) => {
      const rank = set.indexOf(id);
      if (rank >= 0) set.splice(rank, 1);
      return rank < 0 ? 0 : 1;
    }),
  };
  const queue = { getJobState: jest.fn(async (id: string) => states[id] ?? 'unknown') };
  const order = new RecipientOrder(redis as unknown as Redis, queue as unknown as Queue);
  return { order, set, redis };
}

describe('RecipientOrder', () => {
  const to = 'bob@example.test';

  it('lets the first mail go, and one that was never enlisted (older jobs, redriven ones)', async () => {
    const { order } = orderWith(['a', 'b'], { a: 'delayed', b: 'waiting' });
    await expect(order.pendingAhead(to, 'a')).resolves.toBeUndefined();
    await expect(order.pendingAhead(to, 'legacy')).resolves.toBeUndefined();
  });

  it.each(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children'])(
    'holds a mail back while an earlier one is %s',
    async (state) => {
      const { order } = orderWith(['a', 'b'], { a: state, b: 'active' });
      await expect(order.pendingAhead(to, 'b')).resolves.toBe('a');
    },
  );

  it('drops earlier mails that are sent, failed for good or gone, and names the first pending', async () => {
    const { order, set } = orderWith(['sent', 'dead', 'gone', 'pending', 'me'], {
      sent: 'completed',
      dead: 'failed',
      pending: 'delayed',
      me: 'active',
    });
    await expect(order.pendingAhead(to, 'me')).resolves.toBe('pending');
    expect(set).toEqual(['pending', 'me']);
  });

  it('never throws when it cannot take a sent mail out: the mail must not be sent again', async () => {
    const { order, redis } = orderWith(['a'], {});
    redis.zrem.mockRejectedValueOnce(new Error('Connection is closed.'));
    await expect(order.leave(to, 'a')).resolves.toBeUndefined();
  });

  it('keys the order by a digest of the address, case-insensitively, never the address itself', async () => {
    const { order, redis } = orderWith([], {});
    await order.pendingAhead('Bob@Example.test', 'x');
    await order.pendingAhead('bob@example.test', 'x');
    const [[first], [second]] = redis.zrank.mock.calls;
    expect(first).toBe(second);
    expect(first).toMatch(/^mail-order:[0-9a-f]{32}$/);
  });
});
