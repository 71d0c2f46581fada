import type Redis from 'ioredis';

import { withCorrelationId } from '../../common/correlation/correlation-context';
import type { AppConfig } from '../config/app-config';
import { WritePositions } from './write-positions';

function positionsWithRedis(stored: string | null) {
  const asked: string[] = [];
  const redis = {
    get: async (key: string) => {
      asked.push(`GET ${key}`);
      return stored;
    },
    eval: async () => {
      asked.push('EVAL');
      return 1;
    },
  } as unknown as Redis;
  const config = { database: { routing: { readYourWritesSeconds: 30 } } } as AppConfig;
  return { positions: new WritePositions(redis, config), asked };
}

describe('WritePositions', () => {
  it('answers what the request learned with the session, and its own later writes', async () => {
    const { positions, asked } = positionsWithRedis('00000000000000ff');
    await withCorrelationId('r1', async () => {
      positions.learned('alice', '0000000000000010');
      expect(await positions.of('alice')).toBe(0x10n);
      await positions.record('alice', 0x20n);
      expect(await positions.of('alice')).toBe(0x20n);
      positions.learned('bob', null);
      expect(await positions.of('bob')).toBeNull();
    });
    expect(asked).toEqual(['EVAL']);
  });

  it('asks Redis for an actor the request has not learned, and outside any request', async () => {
    const { positions, asked } = positionsWithRedis('00000000000000ff');
    positions.learned('alice', '0000000000000010'); // no request scope: kept nowhere
    expect(await positions.of('alice')).toBe(0xffn);
    await withCorrelationId('r1', async () => expect(await positions.of('carol')).toBe(0xffn));
    expect(asked).toEqual(['GET write-position:alice', 'GET write-position:carol']);
  });
});
