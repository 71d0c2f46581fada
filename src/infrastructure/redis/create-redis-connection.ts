import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

import type { AppConfig } from '../config/app-config';
import { ThrottledErrorLog } from '../observability/logging/throttled-error-log';
import { redisConnectionOptions } from './redis-connection-options';

/**
 * The one place application code gets a Redis connection. Keys are prefixed with REDIS_KEY_PREFIX so
 * several deployments (or test workers) share one server without collisions.
 */
export function createRedisConnection(config: AppConfig, connectionName: string): Redis {
  const redis = new Redis({
    ...redisConnectionOptions(config, connectionName),
    keyPrefix: `${config.redis.keyPrefix}:`,
    maxRetriesPerRequest: 2,
  });
  // Without a listener ioredis prints every reconnect failure as an "Unhandled error event".
  redis.on('error', new ThrottledErrorLog(new Logger('Redis'), connectionName).record);
  return redis;
}
