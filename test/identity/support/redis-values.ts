import type Redis from 'ioredis';

/**
 * Every key under the prefix with its whole value, whatever its type (BullMQ keeps jobs in hashes,
 * queues in lists and sorted sets, events in streams), as one text to search for secrets.
 */
export async function everyValueUnder(redis: Redis, prefix: string): Promise<string> {
  const parts: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    for (const key of keys) parts.push(`${key} ${JSON.stringify(await valueOf(redis, key))}`);
    cursor = next;
  } while (cursor !== '0');
  return parts.join('\n');
}

async function valueOf(redis: Redis, key: string): Promise<unknown> {
  const type = await redis.type(key);
  switch (type) {
    case 'string':
      return redis.get(key);
    case 'hash':
      return redis.hgetall(key);
    case 'list':
      return redis.lrange(key, 0, -1);
    case 'set':
      return redis.smembers(key);
    case 'zset':
      return redis.zrange(key, 0, -1, 'WITHSCORES');
    case 'stream':
      return redis.xrange(key, '-', '+');
    case 'none':
      return null; // expired between SCAN and here
    default:
      throw new Error(`key ${key} has type ${type}, which this scan cannot read`);
  }
}

/** How many keys exist under the prefix (to show a scan was not empty). */
export async function keyCountUnder(redis: Redis, prefix: string): Promise<number> {
  let count = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    count += keys.length;
    cursor = next;
  } while (cursor !== '0');
  return count;
}
