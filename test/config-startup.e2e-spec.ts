import { TenfoldProcess } from './support/tenfold-process';

describe('start-up with an invalid environment', () => {
  it.each([
    ['web', { HTTP_PORT: 'eighty' }, /^Invalid configuration: HTTP_PORT /],
    [
      'web',
      { DB_PRIMARY_URL: 'mysql://x@y/z' },
      /^Invalid configuration: DB_PRIMARY_URL must be a postgres:\/\/ URL/,
    ],
    ['worker', { WORKER_QUEUES: 'system,bogus' }, /^Invalid configuration: WORKER_QUEUES/],
    ['web', { NODE_ENV: 'production' }, /ADMIN_PASSWORD is required when NODE_ENV=production/],
  ] as const)('%s stops with one line naming the variable (%j)', async (kind, env, expected) => {
    const child = TenfoldProcess.start(kind, env);
    expect(await child.exitCode()).toBe(1);
    const lines = child.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
  });
});
