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
// The first replica only: the second one is kept for the test file that pauses and stops it
// (test/support/fault-replica.ts), so no other file sees its faults.
process.env.DB_REPLICA_URLS = withDatabase(
  base.database.replicaUrls[0],
  workerDatabase(runId, worker),
);
process.env.DB_READ_ROUTING_HEADER = 'true';
process.env.REDIS_KEY_PREFIX = `tenfold-test:${runId}:w${worker}:${randomBytes(4).toString('hex')}`;
// Exchanges and queues of its own on the shared broker, for the same reason.
process.env.RABBITMQ_PREFIX = `tenfold-test.${runId}.w${worker}.${randomBytes(4).toString('hex')}`;
// No weekly digest unless a test asks for one (test/notifications/digest-schedule.e2e-spec.ts):
// a run that happened to cover Monday 08:00 UTC would otherwise mail every workspace's members.
process.env.DIGEST_SCHEDULE ??= 'off';
