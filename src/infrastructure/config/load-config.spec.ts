import { InvalidConfigurationError } from './config.error';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('serves the local stack with no variables set', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.database.primaryUrl).toContain(':55432/');
    expect(config.worker.queues).toContain('system');
    expect(config.isProduction).toBe(false);
  });

  it('names the variable and the problem in one line', () => {
    expect(() => loadConfig({ HTTP_PORT: 'eighty' })).toThrow(InvalidConfigurationError);
    try {
      loadConfig({ HTTP_PORT: 'eighty' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toBe(
        'Invalid configuration: HTTP_PORT must be a port number between 1 and 65535',
      );
      expect(message).not.toContain('\n');
    }
  });

  it('never echoes a rejected value, which could be a secret', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short-pw' })).toThrow(
      /ADMIN_PASSWORD must be at least 12 characters/,
    );
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short-pw' })).not.toThrow(/short-pw/);
  });

  it('requires endpoints and secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /DB_PRIMARY_URL is required when NODE_ENV=production.*ADMIN_PASSWORD is required/,
    );
  });

  it('requires the broker URL in production only when the rabbitmq transport is chosen', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).not.toThrow(/RABBITMQ_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', EVENT_TRANSPORT: 'rabbitmq' })).toThrow(
      /RABBITMQ_URL is required when NODE_ENV=production and EVENT_TRANSPORT=rabbitmq/,
    );
    const events = loadConfig({ EVENT_TRANSPORT: 'rabbitmq', OUTBOX_LISTEN: 'false' }).events;
    expect(events).toMatchObject({ transport: 'rabbitmq', listen: false, maxAttempts: 10 });
    expect(() => loadConfig({ EVENT_TRANSPORT: 'kafka' })).toThrow(
      /EVENT_TRANSPORT must be one of inprocess, rabbitmq/,
    );
  });

  it('reads the digest schedule: Monday 08:00 UTC by default, any cron, or off', () => {
    expect(loadConfig({}).digestSchedule).toEqual({ pattern: '0 8 * * 1', timezone: 'UTC' });
    expect(
      loadConfig({ DIGEST_SCHEDULE: '*/2 * * * * *', DIGEST_SCHEDULE_TZ: 'Europe/Berlin' })
        .digestSchedule,
    ).toEqual({ pattern: '*/2 * * * * *', timezone: 'Europe/Berlin' });
    expect(loadConfig({ DIGEST_SCHEDULE: 'off' }).digestSchedule.pattern).toBeNull();
    expect(() => loadConfig({ DIGEST_SCHEDULE: 'every monday' })).toThrow(
      /DIGEST_SCHEDULE must be a cron pattern \(e.g. "0 8 \* \* 1"\) or off/,
    );
    expect(() => loadConfig({ DIGEST_SCHEDULE: '0 8 * * 9' })).toThrow(/DIGEST_SCHEDULE/);
    expect(() => loadConfig({ DIGEST_SCHEDULE_TZ: 'Mars/Olympus' })).toThrow(
      /DIGEST_SCHEDULE_TZ must be an IANA time zone/,
    );
  });

  it('rejects unknown queue names for the worker', () => {
    expect(() => loadConfig({ WORKER_QUEUES: 'system,nope' })).toThrow(
      /WORKER_QUEUES may name only system, media/,
    );
    expect(loadConfig({ WORKER_QUEUES: 'system, email' }).worker.queues).toEqual([
      'system',
      'email',
    ]);
  });

  it('hosts every module unless told otherwise; leaving one out needs the broker', () => {
    expect(loadConfig({}).hostedModules).toContain('analytics');
    expect(() => loadConfig({ HOSTED_MODULES: 'projects,nope' })).toThrow(
      /HOSTED_MODULES may name only system, identity, analytics/,
    );
    expect(() => loadConfig({ HOSTED_MODULES: 'projects, identity' })).toThrow(
      /HOSTED_MODULES leaves out system, analytics, billing, notifications, onboarding, webhooks, media: a module in another process gets its events only with EVENT_TRANSPORT=rabbitmq/,
    );
    const split = loadConfig({
      EVENT_TRANSPORT: 'rabbitmq',
      HOSTED_MODULES: 'projects, identity',
    });
    expect(split.hostedModules).toEqual(['projects', 'identity']);
  });

  it('lists the allowed values of an enumerated variable', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      'Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    );
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ HTTP_PORT: '' }).http.port).toBe(3000);
  });

  it('reads the replicas as a list, and none as no replicas', () => {
    expect(loadConfig({}).database.replicaUrls).toEqual([
      expect.stringContaining(':55433/'),
      expect.stringContaining(':55434/'),
    ]);
    const one = 'postgres://u:p@db-replica-1:5432/app';
    const two = 'postgres://u:p@db-replica-2:5432/app';
    expect(loadConfig({ DB_REPLICA_URLS: ` ${one} ,${two}` }).database.replicaUrls).toEqual([
      one,
      two,
    ]);
    expect(loadConfig({ DB_REPLICA_URLS: 'none' }).database.replicaUrls).toEqual([]);
    expect(() => loadConfig({ DB_REPLICA_URLS: `${one},mysql://x/y` })).toThrow(
      /DB_REPLICA_URLS must be a postgres:\/\/ URL/,
    );
  });

  it('keeps write positions longer than a replica in the rotation may lag', () => {
    expect(() =>
      loadConfig({ DB_READ_YOUR_WRITES_SECONDS: '10', DB_REPLICA_MAX_LAG_SECONDS: '10' }),
    ).toThrow(/DB_READ_YOUR_WRITES_SECONDS must be greater than DB_REPLICA_MAX_LAG_SECONDS \(10\)/);
    expect(
      loadConfig({ DB_READ_YOUR_WRITES_SECONDS: '11', DB_REPLICA_MAX_LAG_SECONDS: '10' }).database
        .routing.readYourWritesSeconds,
    ).toBe(11);
  });

  it('keeps the web drain delay inside the shutdown grace period, and allows none', () => {
    expect(() =>
      loadConfig({ SHUTDOWN_DRAIN_DELAY_MS: '10000', SHUTDOWN_GRACE_MS: '10000' }),
    ).toThrow(/SHUTDOWN_DRAIN_DELAY_MS must be less than SHUTDOWN_GRACE_MS \(10000\)/);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_DELAY_MS: '-1' })).toThrow(
      /SHUTDOWN_DRAIN_DELAY_MS must be a whole number, 0 or more/,
    );
    expect(loadConfig({}).shutdownDrainDelayMs).toBe(0);
    expect(loadConfig({ SHUTDOWN_DRAIN_DELAY_MS: '1500' }).shutdownDrainDelayMs).toBe(1500);
  });

  it('reads which proxies to trust: none by default, a hop count, or addresses and ranges', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ HTTP_TRUST_PROXY: 'none' }).http.trustProxy).toBe(false);
    expect(loadConfig({ HTTP_TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ HTTP_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).http.trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
    ]);
    expect(() => loadConfig({ HTTP_TRUST_PROXY: 'the load balancer' })).toThrow(
      /HTTP_TRUST_PROXY must be none, a hop count, or a comma-separated list of addresses or CIDR ranges/,
    );
  });

  it('reads the keys that seal stored secrets, and refuses malformed ones without echoing them', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ SECRETS_KEYS: `k2:${key}, k1:${key}` }).secrets.keys).toEqual([
      { id: 'k2', key },
      { id: 'k1', key },
    ]);
    for (const bad of [
      `k1:${Buffer.alloc(16).toString('base64')}`,
      `K1:${key}`,
      `k1:${key},k1:${key}`,
      key,
    ]) {
      let message = '';
      try {
        loadConfig({ SECRETS_KEYS: bad });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(
        /SECRETS_KEYS must be a comma-separated list of <id>:<base64 of 32 random bytes>/,
      );
      expect(message).not.toContain(key);
    }
  });

  describe('published local secrets in production', () => {
    const production = {
      NODE_ENV: 'production',
      DB_PRIMARY_URL: 'postgres://app:pw@db.internal:5432/tenfold',
      DB_REPLICA_URLS: 'none',
      REDIS_URL: 'redis://redis.internal:6379',
      S3_ENDPOINT: 'https://s3.example.com',
      S3_BUCKET: 'tenfold-prod',
      S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
      S3_SECRET_ACCESS_KEY: 'secret-example',
      SMTP_URL: 'smtp://mail.internal:25',
      PUBLIC_BASE_URL: 'https://api.example.com',
      ADMIN_USERNAME: 'ops',
      ADMIN_PASSWORD: 'a-long-and-private-password',
      SECRETS_KEYS: `prod:${Buffer.alloc(32, 7).toString('base64')}`,
    };

    it('starts with secrets of its own', () => {
      expect(loadConfig(production).admin.username).toBe('ops');
    });

    it('refuses the local admin password, naming the variable and not the value', () => {
      const attempt = () => loadConfig({ ...production, ADMIN_PASSWORD: 'tenfold-admin-local' });
      expect(attempt).toThrow(/ADMIN_PASSWORD must not be the published local password/);
      expect(attempt).not.toThrow(/tenfold-admin-local/);
    });

    it('refuses the local sealing key, also when listed after a key of its own', () => {
      const local = 'local:dGVuZm9sZC1sb2NhbC1zZWNyZXRzLWtleS0zMmJ5dGU=';
      for (const keys of [local, `${production.SECRETS_KEYS},${local}`]) {
        const attempt = () => loadConfig({ ...production, SECRETS_KEYS: keys });
        expect(attempt).toThrow(/SECRETS_KEYS must not contain the published local key/);
        expect(attempt).not.toThrow(/dGVuZm9s/);
      }
    });

    it('lets development use them', () => {
      expect(() => loadConfig({ ADMIN_PASSWORD: 'tenfold-admin-local' })).not.toThrow();
    });
  });

  it('refuses the routing header in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DB_READ_ROUTING_HEADER: 'true' })).toThrow(
      /DB_READ_ROUTING_HEADER must not be true when NODE_ENV=production/,
    );
  });

  it('takes a Redis Cluster hash tag as the key prefix, and refuses other characters', () => {
    expect(loadConfig({ REDIS_KEY_PREFIX: '{tenfold}' }).redis.keyPrefix).toBe('{tenfold}');
    expect(() => loadConfig({ REDIS_KEY_PREFIX: 'ten fold' })).toThrow(
      /REDIS_KEY_PREFIX may hold only letters, digits/,
    );
  });
});
