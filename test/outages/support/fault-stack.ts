import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { DataSource } from 'typeorm';

import { SCHEMA_OPTIONS } from '../../../src/infrastructure/database/data-source-options';
import { recreateDatabase, withDatabase } from '../../support/test-databases';

const run = promisify(execFile);
const REPO = join(__dirname, '..', '..', '..');
const SCRIPTS = join(REPO, 'scripts', 'stack');

/** The parts of the fault stack, by the names the stack scripts give them. */
const PARTS = 'postgres-primary postgres-replica redis';

/**
 * Ports of this stack: away from the shared stack's (scripts/stack/env.sh), fixed so that a run
 * killed midway leaves nothing that the next run's scripts would not find and reuse or stop. The
 * parts it does not run get ports too, so that no script ever takes the shared stack's for its own.
 * Above Linux's ephemeral range (32768–60999): the primary is stopped and started mid-test, while
 * other test files open and close connections, and a client socket that happened to get the
 * primary's port number made its restart fail with "Address already in use" (a CI run did).
 */
const PORTS = {
  TENFOLD_PG_PRIMARY_PORT: 61432,
  TENFOLD_PG_REPLICA_PORT: 61433,
  TENFOLD_PG_REPLICA2_PORT: 61434,
  TENFOLD_REDIS_PORT: 61379,
  TENFOLD_S3_PORT: 61569,
  TENFOLD_SMTP_PORT: 61525,
  TENFOLD_SMTP_API_PORT: 61025,
  TENFOLD_RABBITMQ_PORT: 61672,
  TENFOLD_RABBITMQ_DIST_PORT: 61682,
  TENFOLD_EPMD_PORT: 61369,
};

/**
 * A second, partial copy of the local stack (Postgres primary, one streaming replica, Redis) that
 * test/outages stops and starts through the stack's own scripts, so that no other test file sees
 * its faults. Data lives outside the repository (one directory per checkout) and is kept between
 * runs: the first start takes initdb and pg_basebackup, later ones a second or two.
 */
export class FaultStack {
  readonly dir = join(
    tmpdir(),
    // The ports are in the name: a replica's data remembers its primary's port.
    `tenfold-faults-${PORTS.TENFOLD_PG_PRIMARY_PORT}-${createHash('sha256').update(REPO).digest('hex').slice(0, 8)}`,
  );

  /** The stack's own database on the primary, as its superuser role (create/drop databases). */
  readonly adminUrl = `postgres://tenfold:tenfold@127.0.0.1:${PORTS.TENFOLD_PG_PRIMARY_PORT}/tenfold`;
  readonly redisUrl = `redis://127.0.0.1:${PORTS.TENFOLD_REDIS_PORT}`;
  /** host:port of the replica, as the router names it in X-Read-From. */
  readonly replicaName = `127.0.0.1:${PORTS.TENFOLD_PG_REPLICA_PORT}`;

  primaryUrl(database: string): string {
    return withDatabase(this.adminUrl, database);
  }

  replicaUrl(database: string): string {
    const url = new URL(this.primaryUrl(database));
    url.port = String(PORTS.TENFOLD_PG_REPLICA_PORT);
    return url.toString();
  }

  /** Starts the whole fault stack (idempotent: parts that run are left alone). */
  up(): Promise<void> {
    return this.script('up.sh', PARTS);
  }

  /** Stops the whole fault stack; its data is kept for the next run. */
  down(): Promise<void> {
    return this.script('down.sh', PARTS);
  }

  stopRedis = () => this.script('down.sh', 'redis');
  startRedis = () => this.script('up.sh', 'redis');
  /** pg_ctl stop -m fast, as down.sh does it. */
  stopPrimary = () => this.script('down.sh', 'postgres-primary');
  startPrimary = () => this.script('up.sh', 'postgres-primary');

  /** A new, migrated database (replicated to the replica like everything on the primary). */
  async freshDatabase(name: string): Promise<void> {
    await recreateDatabase(this.adminUrl, name);
    const dataSource = new DataSource({ ...SCHEMA_OPTIONS, url: this.primaryUrl(name) });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  }

  private async script(name: 'up.sh' | 'down.sh', parts: string): Promise<void> {
    const env: NodeJS.ProcessEnv = { ...process.env, TENFOLD_STACK_DIR: this.dir };
    // The app's variables in the test environment point at the shared stack; the scripts would
    // only print them, but should print this stack's.
    for (const name of ['DB_PRIMARY_URL', 'DB_REPLICA_URLS', 'REDIS_URL']) delete env[name];
    Object.assign(env, stringValues(PORTS), { TENFOLD_STACK_ONLY: parts });
    try {
      await run('bash', [join(SCRIPTS, name)], { env, timeout: 120_000 });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${name} (${parts}) failed: ${stderr || stdout || String(error)}`, {
        cause: error,
      });
    }
  }
}

function stringValues(record: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, String(value)]));
}
