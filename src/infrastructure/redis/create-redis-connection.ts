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
    // A blip (a reconnect that succeeds at once) is ridden out: commands wait through two
    // reconnects. Redis away for longer, or not answering: the command fails after
    // REDIS_COMMAND_TIMEOUT_MS at most, and the request answers 503 (docs/RESILIENCE.md).
    maxRetriesPerRequest: 2,
    commandTimeout: config.redis.commandTimeoutMs,
  });
  // Without a listener ioredis prints every reconnect failure as an "Unhandled error event".
  redis.on('error', new ThrottledErrorLog(new Logger('Redis'), connectionName).record);
  return redis;
}
