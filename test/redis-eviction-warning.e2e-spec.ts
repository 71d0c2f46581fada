import { type ChildProcess, spawn } from 'node:child_process';

import { freePort } from './harness/free-port';
import type { NodeProcess } from './harness/node-process';
import { startTenfold } from './harness/tenfold-process';
import { waitFor } from './support/wait-for';

describe('start-up against a Redis that may evict keys', () => {
  let redis: ChildProcess;
  let web: NodeProcess;

  beforeAll(async () => {
    const redisPort = await freePort();
    redis = spawn(
      'redis-server',
      [
        '--port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
      ].concat(['--maxmemory-policy', 'allkeys-lru']),
      { stdio: 'ignore' },
    );
    web = await startTenfold('web', { env: { REDIS_URL: `redis://127.0.0.1:${redisPort}` } });
    await web.waitUntilReady();
  });
  afterAll(async () => {
    await web?.stop();
    redis?.kill();
  });

  it('warns clearly, once, naming the policy and the fix', async () => {
    const warning = await waitFor('the eviction warning', () =>
      web.logLines().find((line) => String(line.msg).includes('maxmemory-policy')),
    );
    expect(warning).toMatchObject({ level: 40, context: 'Redis' });
    expect(String(warning.msg)).toMatch(
      /"allkeys-lru", not "noeviction".*Set maxmemory-policy noeviction/,
    );
    const warnings = web.logLines().filter((line) => String(line.msg).includes('maxmemory-policy'));
    expect(warnings).toHaveLength(1);
  });
});
