'use strict';

const { Pool } = require('pg');

const { openDb, postgresPid } = require('./events-db');

const OWNER_EMAIL = 'large@demo.tenfold.dev';
const SEEDED_NAMES = 'Large seed %';
// The stack's replicas, as in tenfold's own defaults; DB_REPLICA_URLS when set.
const DEFAULT_REPLICA_URLS = [
  'postgres://tenfold:tenfold@127.0.0.1:55433/tenfold',
  'postgres://tenfold:tenfold@127.0.0.1:55434/tenfold',
];

/**
 * What `npm run seed:large` made, as the bench needs it: the owner (reports are read as them), the
 * `count` largest seeded workspaces by task facts, and a member of the largest one who completes
 * the bench's tasks. Throws with the fix when the database has not been seeded.
 */
async function findSeed(pool, count) {
  const { rows: owners } = await pool.query('SELECT id FROM identity.users WHERE email = $1', [
    OWNER_EMAIL,
  ]);
  const notSeeded =
    'this database has no large demo data: run `npm run seed:large` first (docs/BENCHMARKS.md)';
  if (owners.length === 0) throw new Error(notSeeded);
  const { rows: largest } = await pool.query(
    `SELECT w.id, w.name, count(*)::int AS facts,
            count(*) FILTER (WHERE f.completed_at > now() - interval '30 days')::int AS last30
       FROM identity.workspaces w
       JOIN analytics.task_facts f ON f.workspace_id = w.id
      WHERE w.created_by = $1 AND w.name LIKE $2
      GROUP BY w.id, w.name ORDER BY facts DESC LIMIT $3`,
    [owners[0].id, SEEDED_NAMES, count],
  );
  if (largest.length === 0) throw new Error(notSeeded);
  // A member (not the owner): their writes must not count as the report reader's own, or
  // read-your-writes routing would send the reports to the primary whenever a completion is newer
  // than what the replica has replayed.
  const { rows: writers } = await pool.query(
    `SELECT u.email FROM identity.memberships m JOIN identity.users u ON u.id = m.user_id
      WHERE m.workspace_id = $1 AND m.role IN ('member', 'admin') AND u.email LIKE 'large-member-%'
      ORDER BY u.email LIMIT 1`,
    [largest[0].id],
  );
  if (writers.length === 0) throw new Error(`no member to write with in ${largest[0].id}`);
  return { ownerEmail: OWNER_EMAIL, writerEmail: writers[0].email, workspaces: largest };
}

/** The replicas the default configuration reads from (DB_REPLICA_URLS, else the stack's). */
function replicaUrls(env = process.env) {
  const list = (env.DB_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (list.length === 1 && list[0] === 'none') return [];
  return list.length > 0 ? list : DEFAULT_REPLICA_URLS;
}

/** A replica's postmaster pid (for its CPU time), or null if it is not a local process. */
async function replicaPostgresPid(url) {
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
async function replayLagBytes(pool) {
  const { rows } = await pool.query(
    `SELECT max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn))::bigint AS behind
       FROM pg_stat_replication`,
  );
  return rows[0].behind === null ? null : Number(rows[0].behind);
}

/** Undelivered outbox rows of a workspace (the bench runs no worker; its events wait there). */
module.exports = {
  openDb,
  postgresPid,
  findSeed,
  replicaUrls,
  replicaPostgresPid,
  replayLagBytes,
};
