import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

import { recreateDatabase, scratchDatabase, withDatabase } from './support/test-databases';
import { testConfig } from './support/test-config';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '..', 'scripts', 'migrate-with-lock.js');
const MIGRATION_FILES = readdirSync(join(__dirname, '..', 'migrations')).filter((file) =>
  /^\d+-.+\.ts$/.test(file),
);
/** The script's lock key (scripts/migrate-with-lock.js). */
const MIGRATION_LOCK_KEY = '7305467237805461504';

interface Outcome {
  code: number;
  output: string;
}

/**
 * The Kubernetes migration Job's command (deploy/kubernetes/base/migrate), from the build
 * (npm run build first), against a scratch database.
 */
async function migrate(url: string, env: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT], {
      env: { ...process.env, ...env, DB_PRIMARY_URL: url, LOG_LEVEL: 'silent' },
    });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('scripts/migrate-with-lock.js (the migration Job)', () => {
  const primaryUrl = testConfig().database.primaryUrl;
  const scratch = scratchDatabase(
    process.env.TENFOLD_TEST_RUN ?? 'unset',
    process.env.JEST_WORKER_ID ?? 1,
    'migrate_lock',
  );
  const scratchUrl = withDatabase(primaryUrl, scratch);

  beforeEach(() => recreateDatabase(primaryUrl, scratch));

  it('two started at once both exit 0, and every migration is applied exactly once', async () => {
    const [first, second] = await Promise.all([migrate(scratchUrl), migrate(scratchUrl)]);

    expect([first.code, second.code]).toEqual([0, 0]);
    const rows = await query<{ name: string; runs: number }>(
      scratchUrl,
      'SELECT name, count(*)::int AS runs FROM typeorm_migrations GROUP BY name',
    );
    expect(rows).toHaveLength(MIGRATION_FILES.length);
    expect(rows.filter((row) => row.runs !== 1)).toEqual([]);
    // One applied them all; the other waited for the lock and found nothing left to do.
    const outputs = [first.output, second.output];
    expect(
      outputs.filter((output) => output.includes(`applied ${MIGRATION_FILES.length}:`)),
    ).toHaveLength(1);
    expect(outputs.filter((output) => output.includes('nothing to apply'))).toHaveLength(1);
  });

  it('waits for a run that holds the lock, and gives up after MIGRATE_LOCK_TIMEOUT_MS', async () => {
    // Another run holds the lock (this client); the script must not migrate beside it.
    const holder = new Client({ connectionString: scratchUrl });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
      const blocked = await migrate(scratchUrl, { MIGRATE_LOCK_TIMEOUT_MS: '500' });

      expect(blocked.code).toBe(1);
      expect(blocked.output).toMatch(/lock timeout/i);
      const [{ tables }] = await query<{ tables: number }>(
        scratchUrl,
        `SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_name = 'typeorm_migrations'`,
      );
      expect(tables).toBe(0);
    } finally {
      await holder.end();
    }
    // Once the holder is gone (its session ended: what a crashed run does), the next run applies.
    const after = await migrate(scratchUrl, { MIGRATE_LOCK_TIMEOUT_MS: '5000' });
    expect(after.code).toBe(0);
    expect(after.output).toContain(`applied ${MIGRATION_FILES.length}:`);
  });

  it('rejects a lock timeout that is not a number of milliseconds', async () => {
    const refused = await migrate(scratchUrl, { MIGRATE_LOCK_TIMEOUT_MS: '10s' });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('MIGRATE_LOCK_TIMEOUT_MS');
  });
});
