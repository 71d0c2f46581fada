import { startTenfold } from './harness/tenfold-process';

describe('start-up with an invalid environment', () => {
  it.each([
    ['web', { HTTP_PORT: 'eighty' }, /^Invalid configuration: HTTP_PORT /],
    [
      'web',
      { DB_PRIMARY_URL: 'mysql://x@y/z' },
      /^Invalid configuration: DB_PRIMARY_URL must be a postgres:\/\/ URL/,
    ],
    ['worker', { WORKER_QUEUES: 'system,bogus' }, /^Invalid configuration: WORKER_QUEUES/],
    [
      'worker',
      { HOSTED_MODULES: 'system,identity,projects', EVENT_TRANSPORT: 'inprocess' },
      /^Invalid configuration: HOSTED_MODULES leaves out analytics, billing, .*EVENT_TRANSPORT=rabbitmq/,
    ],
    [
      'analytics',
      { EVENT_TRANSPORT: 'inprocess' },
      /^analytics service failed to start: the analytics service takes its events from RabbitMQ: set EVENT_TRANSPORT=rabbitmq/,
    ],
    ['web', { NODE_ENV: 'production' }, /ADMIN_PASSWORD is required when NODE_ENV=production/],
    [
      'worker',
      { ...productionEnv(), ADMIN_PASSWORD: 'tenfold-admin-local' },
      /^Invalid configuration: ADMIN_PASSWORD must not be the published local password/,
    ],
    [
      'web',
      { ...productionEnv(), SECRETS_KEYS: 'local:dGVuZm9sZC1sb2NhbC1zZWNyZXRzLWtleS0zMmJ5dGU=' },
      /^Invalid configuration: SECRETS_KEYS must not contain the published local key/,
    ],
  ] as const)('%s stops with one line naming the variable (%j)', async (kind, env, expected) => {
    const child = await startTenfold(kind, { env });
    expect((await child.exited).code).toBe(1);
    const lines = child.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(expected);
  });
});

/** Every variable production requires, set to values of its own (the services are never reached). */
function productionEnv(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    // The test environment turns the routing header on; production refuses it.
    DB_READ_ROUTING_HEADER: 'false',
    DB_PRIMARY_URL: 'postgres://app:pw@127.0.0.1:1/tenfold',
    DB_REPLICA_URLS: 'none',
    REDIS_URL: 'redis://127.0.0.1:1',
    S3_ENDPOINT: 'http://127.0.0.1:1',
    S3_BUCKET: 'tenfold-prod',
    S3_ACCESS_KEY_ID: 'key-id',
    S3_SECRET_ACCESS_KEY: 'secret',
    SMTP_URL: 'smtp://127.0.0.1:1',
    PUBLIC_BASE_URL: 'https://api.example.com',
    ADMIN_USERNAME: 'ops',
    ADMIN_PASSWORD: 'a-long-and-private-password',
    SECRETS_KEYS: `prod:${Buffer.alloc(32, 7).toString('base64')}`,
  };
}
