import { randomBytes } from 'node:crypto';

import { loadConfig } from '../../src/infrastructure/config/load-config';
import { withDatabase, workerDatabase } from './test-databases';

// Runs before each e2e test file: point it at its Jest worker's database (of this run) and at Redis
// keys of its own, so test files and concurrent runs never see each other's rows, queues or keys.
const worker = process.env.JEST_WORKER_ID ?? '1';
const runId = process.env.TENFOLD_TEST_RUN;
if (!runId) throw new Error('TENFOLD_TEST_RUN is unset: e2e tests run through jest (global setup)');
const base = loadConfig({ ...process.env, NODE_ENV: 'test' });

process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'silent';
process.env.DB_PRIMARY_URL = withDatabase(base.database.primaryUrl, workerDatabase(runId, worker));
process.env.DB_REPLICA_URL = withDatabase(base.database.replicaUrl, workerDatabase(runId, worker));
process.env.REDIS_KEY_PREFIX = `tenfold-test:${runId}:w${worker}:${randomBytes(4).toString('hex')}`;
// Exchanges and queues of its own on the shared broker, for the same reason.
process.env.RABBITMQ_PREFIX = `tenfold-test.${runId}.w${worker}.${randomBytes(4).toString('hex')}`;
