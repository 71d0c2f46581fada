import Redis from 'ioredis';
import { DataSource } from 'typeorm';

import { SCHEMA_OPTIONS } from '../../src/infrastructure/database/data-source-options';
import { loadConfig } from '../../src/infrastructure/config/load-config';
import { redisConnectionOptions } from '../../src/infrastructure/redis/redis-connection-options';
import {
  recreateDatabase,
  TEMPLATE_DATABASE,
  withDatabase,
  workerDatabase,
} from './test-databases';

export const TEST_KEY_PREFIX = 'tenfold-test';

/**
 * Once per run: migrate a template database, clone one database per Jest worker from it, and
 * forget the keys earlier runs left in Redis. The local stack must be up (scripts/test.sh does it).
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const adminUrl = config.database.primaryUrl;
  await recreateDatabase(adminUrl, TEMPLATE_DATABASE).catch((error: Error) => {
    throw new Error(`The local stack is not reachable (${error.message}). Run: npm run stack:up`);
  });
  await migrate(withDatabase(adminUrl, TEMPLATE_DATABASE));
  for (let worker = 1; worker <= globalConfig.maxWorkers; worker++) {
    await recreateDatabase(adminUrl, workerDatabase(worker), TEMPLATE_DATABASE);
  }
  await forgetRedisKeys(config);
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource({ ...SCHEMA_OPTIONS, url });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

async function forgetRedisKeys(config: ReturnType<typeof loadConfig>): Promise<void> {
  const redis = new Redis(redisConnectionOptions(config, 'test-setup'));
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${TEST_KEY_PREFIX}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
