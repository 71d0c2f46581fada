import type Redis from 'ioredis';

import { withCorrelationId } from '../../common/correlation/correlation-context';
import {
  RedisThrottlerStorage,
  rateLimitKeysOf,
  rememberChargedHit,
} from './redis-throttler.storage';

/** A client that records the scripts it was asked to run and answers a fixed hit. */
function recordingRedis() {
  const calls: string[][] = [];
  const redis = {
    defineCommand: () => undefined,
    rateLimitHit: async (...args: unknown[]) => {
      calls.push(args.map(String));
      return [7, 30_000, 0, 0];
    },
  };
  return { redis: redis as unknown as Redis, calls };
}

describe('RedisThrottlerStorage', () => {
  const { counter } = rateLimitKeysOf('default', 'token:s1');

  it('answers a hit the session script charged in this request, once, without Redis', async () => {
    const { redis, calls } = recordingRedis();
    const storage = new RedisThrottlerStorage(redis);
    const [charged, next] = await withCorrelationId('r1', async () => {
      rememberChargedHit(counter, {
        totalHits: 3,
        expiresInMs: 1_500,
        isBlocked: false,
        blockedForMs: 0,
      });
      return [
        await storage.increment('token:s1', 60_000, 5, 60_000, 'default'),
        await storage.increment('token:s1', 60_000, 5, 60_000, 'default'),
      ];
    });
    expect(charged).toEqual({
      totalHits: 3,
      timeToExpire: 2,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect(next.totalHits).toBe(7); // the second asks Redis: one charge answers one hit
    expect(calls).toHaveLength(1);
  });

  it('counts in Redis when nothing was charged, or in another request', async () => {
    const { redis, calls } = recordingRedis();
    const storage = new RedisThrottlerStorage(redis);
    await withCorrelationId('r1', async () =>
      rememberChargedHit(counter, {
        totalHits: 1,
        expiresInMs: 1,
        isBlocked: false,
        blockedForMs: 0,
      }),
    );
    await withCorrelationId('r2', () =>
      storage.increment('token:s1', 60_000, 5, 60_000, 'default'),
    );
    expect(calls).toEqual([[counter, `${counter}:blocked`, '60000', '5', '60000']]);
  });
});
