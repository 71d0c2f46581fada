import Redis, { ReplyError } from 'ioredis';

import { isRedisUnavailable } from './redis-unavailable';

describe('isRedisUnavailable', () => {
  it('takes what ioredis rejects commands with while Redis is away for an outage', async () => {
    // Nothing listens on port 1: each command fails after the command timeout or the retries.
    const timingOut = new Redis({ port: 1, commandTimeout: 200, lazyConnect: true });
    const retried = new Redis({ port: 1, maxRetriesPerRequest: 0, lazyConnect: true });
    timingOut.on('error', () => undefined);
    retried.on('error', () => undefined);
    try {
      const errors = await Promise.all(
        [timingOut, retried].map((redis) => redis.get('key').catch((error: unknown) => error)),
      );
      expect(errors.map((error) => (error as Error).message)).toEqual([
        'Command timed out',
        expect.stringContaining('max retries per request'),
      ]);
      for (const error of errors) expect(isRedisUnavailable(error)).toBe(true);
    } finally {
      timingOut.disconnect();
      retried.disconnect();
    }
  });

  it('takes replies of a Redis that cannot serve for an outage, other replies not', () => {
    const reply = (message: string) => new (ReplyError as new (message: string) => Error)(message);
    expect(isRedisUnavailable(reply('LOADING Redis is loading the dataset in memory'))).toBe(true);
    expect(isRedisUnavailable(reply('OOM command not allowed when used memory'))).toBe(true);
    expect(isRedisUnavailable(reply('WRONGTYPE Operation against a key'))).toBe(false);
    expect(isRedisUnavailable(reply('ERR Error running script'))).toBe(false);
  });

  it('leaves other errors alone', () => {
    expect(isRedisUnavailable(new Error('Connection terminated unexpectedly'))).toBe(false);
    expect(isRedisUnavailable('Command timed out')).toBe(false);
  });
});
