import type { AppConfig } from '../config/app-config';

/** The longest pause between two attempts to reconnect to a Redis that went away. */
const MAX_RECONNECT_DELAY_MS = 1_000;

/**
 * Connection settings from REDIS_URL, without a key prefix (BullMQ refuses ioredis keyPrefix):
 * plain settings, accepted both by ioredis and by BullMQ's connection option.
 */
export interface RedisEndpoint {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: object;
  connectionName: string;
  retryStrategy: (attempt: number) => number;
  maxRetriesPerRequest: number;
}

export function redisConnectionOptions(config: AppConfig, connectionName: string): RedisEndpoint {
  const url = new URL(config.redis.url);
  const database = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: database,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    connectionName: `tenfold:${connectionName}`,
    // Back within a second of Redis returning, however long it was away: no restart of web or
    // worker needed (BullMQ's own default waits up to 20 s between attempts after a long outage).
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
    // A command issued while Redis is away fails at the next failed reconnect instead of waiting
    // in the offline queue through ioredis' default of 20: queue.add in a request answers 503
    // within about a second, not after 20. BullMQ's blocking connections (Worker, QueueEvents)
    // get null from BullMQ and wait; 0, being falsy, does not trip its "must be null" warning.
    // A Worker's own commands failing so (a job finished while Redis is away) are retried by
    // BullMQ. createRedisConnection sets its own value for the app's connections.
    maxRetriesPerRequest: 0,
  };
}
