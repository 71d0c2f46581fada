import { readFileSync } from 'node:fs';

import { Pool } from 'pg';

import { parentPid } from './cpu';

// The local stack's primary and replicas, as tenfold's own config defaults to them
// (config.schema.ts); DB_PRIMARY_URL and DB_REPLICA_URLS when set.
const DEFAULT_URL = 'postgres://tenfold:tenfold@127.0.0.1:55432/tenfold';
const DEFAULT_REPLICA_URLS = [
  'postgres://tenfold:tenfold@127.0.0.1:55433/tenfold',
  'postgres://tenfold:tenfold@127.0.0.1:55434/tenfold',
];

/** The harness's own small pool (on the primary by default); it reads what the bench's processes wrote. */
export function openDb(connectionString = process.env.DB_PRIMARY_URL || DEFAULT_URL): Pool {
  const pool = new Pool({ connectionString, max: 2, application_name: 'tenfold-bench' });
  // An idle client's error (the stack restarting) must not crash the harness and strand servers.
  pool.on('error', () => {});
  return pool;
}

export async function count(pool: Pool, sql: string, params: unknown[]): Promise<number> {
  return Number((await pool.query<{ count: string }>(sql, params)).rows[0].count);
}

/**
 * Workers of this database the bench did not start: they would relay (and so time) the bench's
 * events too. A LISTENing worker shows its listener; any worker shows its pool once it is open.
 * Asked before the bench starts a worker of its own.
 */
export async function otherRelays(
  pool: Pool,
): Promise<{ application_name: string; connections: number }[]> {
  const { rows } = await pool.query<{ application_name: string; connections: number }>(
    `SELECT application_name, count(*)::int AS connections FROM pg_stat_activity
      WHERE datname = current_database()
        AND application_name IN ('tenfold-worker', 'tenfold-outbox-listener')
      GROUP BY application_name`,
  );
  return rows;
}

/**
 * Stops the scenario unless no other tenfold worker is connected to this database: it would take
 * what the bench measures (`consequence` says what).
 */
export async function refuseOtherRelays(pool: Pool, consequence: string): Promise<void> {
  const others = await otherRelays(pool);
  if (others.length === 0) return;
  const seen = others.map((o) => `${o.application_name} (${o.connections})`).join(', ');
  throw new Error(
    `another tenfold worker is connected to this database (${seen}); ${consequence}: stop it first`,
  );
}

/**
 * The pid of the Postgres server (postmaster) on this machine, found as the parent of the harness's
 * own backend; null when that is not a local postgres process (Postgres in a container, say).
 */
export async function postgresPid(pool: Pool): Promise<number | null> {
  const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const postmaster = parentPid(rows[0].pid);
  if (!postmaster) return null;
  try {
    const command = readFileSync(`/proc/${postmaster}/cmdline`, 'utf8');
    return /postgres/.test(command) ? postmaster : null;
  } catch {
    return null;
  }
}

/** The replicas the default configuration reads from (DB_REPLICA_URLS, else the stack's). */
export function replicaUrls(env: NodeJS.ProcessEnv = process.env): string[] {
  const list = (env.DB_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (list.length === 1 && list[0] === 'none') return [];
  return list.length > 0 ? list : DEFAULT_REPLICA_URLS;
}

/** A replica's postmaster pid (for its CPU time), or null if it is not a local process. */
export async function replicaPostgresPid(url: string): Promise<number | null> {
  const pool = new Pool({ connectionString: url, max: 1, application_name: 'tenfold-bench' });
  pool.on('error', () => {});
  try {
    return await postgresPid(pool);
  } catch {
    return null;
  } finally {
    await pool.end().catch(() => {});
  }
}

/** Bytes of WAL the most-behind streaming replica has not replayed yet; null if none streams. */
export async function replayLagBytes(pool: Pool): Promise<number | null> {
  const { rows } = await pool.query<{ behind: string | null }>(
    `SELECT max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn))::bigint AS behind
       FROM pg_stat_replication`,
  );
  return rows[0].behind === null ? null : Number(rows[0].behind);
}
