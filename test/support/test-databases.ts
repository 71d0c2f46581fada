import { Client } from 'pg';

/**
 * Each Jest run owns its databases (several runs may share one stack: CI, a developer, helpers).
 * Names carry the run's start time so that leftovers of killed runs can be recognised and dropped.
 */
const RUN_PREFIX = 'tenfold_test_';
const STALE_AFTER_MS = 2 * 60 * 60 * 1000;

export function newRunId(): string {
  return `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
}

export function templateDatabase(runId: string): string {
  return `${RUN_PREFIX}${runId}_tpl`;
}

export function workerDatabase(runId: string, workerId: string | number): string {
  return `${RUN_PREFIX}${runId}_w${workerId}`;
}

export function scratchDatabase(runId: string, workerId: string | number, purpose: string): string {
  return `${RUN_PREFIX}${runId}_w${workerId}_${purpose}`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdminClient<T>(
  adminUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function recreateDatabase(
  adminUrl: string,
  database: string,
  template?: string,
): Promise<void> {
  return withAdminClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"${template ? ` TEMPLATE "${template}"` : ''}`);
  });
}

/** Drops this run's databases, or (runId undefined) those of runs that started long ago. */
export function dropRunDatabases(adminUrl: string, runId?: string): Promise<void> {
  return withAdminClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`${RUN_PREFIX}%`],
    );
    for (const { datname } of rows) {
      const startedAt = parseInt(datname.slice(RUN_PREFIX.length).split('_')[0], 36);
      const belongs = runId
        ? datname.startsWith(`${RUN_PREFIX}${runId}_`)
        : Date.now() - startedAt > STALE_AFTER_MS;
      if (belongs) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}
