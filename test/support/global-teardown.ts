import { loadConfig } from '../../src/infrastructure/config/load-config';
import { dropRunDatabases } from './test-databases';

/** Drops this run's databases (their rows were only ever read by this run). */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.TENFOLD_TEST_RUN;
  if (!runId) return;
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  await dropRunDatabases(config.database.primaryUrl, runId);
}
