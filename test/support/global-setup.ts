import Redis from 'ioredis';
import { DataSource } from 'typeorm';

import { loadConfig } from '../../src/infrastructure/config/load-config';
import { SCHEMA_OPTIONS } from '../../src/infrastructure/database/data-source-options';
import { redisConnectionOptions } from '../../src/infrastructure/redis/redis-connection-options';
import {
  dropRunDatabases,
  newRunId,
  recreateDatabase,
  templateDatabase,
  withDatabase,
  workerDatabase,
} from './test-databases';

export const TEST_KEY_PREFIX = 'tenfold-test';

/**
 * Once per run: migrate a template database of this run, clone one database per Jest worker from
 * it, and drop what killed runs left behind. Test workers learn the run id from the environment.
 * The local stack must be up (scripts/test.sh starts it).
 */
export default async function globalSetup(globalConfig: { maxWorkers: number }): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const adminUrl = config.database.primaryUrl;
  const runId = newRunId();
  process.env.TENFOLD_TEST_RUN = runId;
  await dropRunDatabases(adminUrl).catch((error: Error) => {
    throw new Error(`The local stack is not reachable (${error.message}). Run: npm run stack:up`);
  });
  await recreateDatabase(adminUrl, templateDatabase(runId));
  await migrate(withDatabase(adminUrl, templateDatabase(runId)));
  for (let worker = 1; worker <= globalConfig.maxWorkers; worker++) {
    await recreateDatabase(adminUrl, workerDatabase(runId, worker), templateDatabase(runId));
  }
  await forgetStaleRedisKeys(config);
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

/** Test keys live under tenfold-test:<run>:…; keys of runs older than two hours are removed. */
async function forgetStaleRedisKeys(config: ReturnType<typeof loadConfig>): Promise<void> {
  const redis = new Redis(redisConnectionOptions(config, 'test-setup'));
  const cutoff = Date.now() - 2 * 60 * 60 * 1000;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${TEST_KEY_PREFIX}:*`, 'COUNT', 1000);
      const stale = keys.filter((key) => parseInt(key.split(':')[1] ?? '0', 36) < cutoff);
      if (stale.length > 0) await redis.unlink(...stale);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
