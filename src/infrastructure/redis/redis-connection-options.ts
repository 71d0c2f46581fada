import type { AppConfig } from '../config/app-config';

/** Connection settings from REDIS_URL, without a key prefix (BullMQ refuses ioredis keyPrefix). */
/** Plain connection settings, accepted both by ioredis and by BullMQ's connection option. */
export interface RedisEndpoint {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: object;
  connectionName: string;
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
  };
}
