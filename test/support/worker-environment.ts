import { randomBytes } from 'node:crypto';

import { loadConfig } from '../../src/infrastructure/config/load-config';
import { withDatabase, workerDatabase } from './test-databases';

// Runs before each e2e test file: point it at its Jest worker's database and at Redis keys of its
// own, so test files run in parallel without seeing each other's rows, queues or sessions.
const worker = process.env.JEST_WORKER_ID ?? '1';
const base = loadConfig({ ...process.env, NODE_ENV: 'test' });

process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
process.env.DB_PRIMARY_URL = withDatabase(base.database.primaryUrl, workerDatabase(worker));
process.env.DB_REPLICA_URL = withDatabase(base.database.replicaUrl, workerDatabase(worker));
process.env.REDIS_KEY_PREFIX = `tenfold-test:w${worker}:${randomBytes(4).toString('hex')}`;
