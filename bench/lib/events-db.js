'use strict';

const fs = require('node:fs');
const { setTimeout: sleep } = require('node:timers/promises');

const { Pool } = require('pg');

const { parentPid } = require('./process-cpu');

// The local stack's primary, as tenfold's own config defaults to it (config.schema.ts).
const DEFAULT_URL = 'postgres://tenfold:tenfold@127.0.0.1:55432/tenfold';

const PENDING = 'published_at IS NULL AND dead_at IS NULL';

/** The harness's own small pool on the primary; it reads what the bench's processes wrote. */
function openDb(env = process.env) {
  const pool = new Pool({
    connectionString: env.DB_PRIMARY_URL || DEFAULT_URL,
    max: 2,
    application_name: 'tenfold-bench',
  });
  // An idle client's error (the stack restarting) must not crash the harness and strand servers.
  pool.on('error', () => {});
  return pool;
}

const count = async (pool, sql, params) => Number((await pool.query(sql, params)).rows[0].count);

/**
 * Workers of this database the bench did not start: they would relay (and so time) the bench's
 * events too. A LISTENing worker shows its listener; any worker shows its pool once it is open.
 * Asked before the bench starts a worker of its own.
 */
async function otherRelays(pool) {
  const { rows } = await pool.query(
    `SELECT application_name, count(*)::int AS connections FROM pg_stat_activity
      WHERE datname = current_database()
        AND application_name IN ('tenfold-worker', 'tenfold-outbox-listener')
      GROUP BY application_name`,
  );
  return rows;
}

/**
 * The pid of the Postgres server (postmaster) on this machine, found as the parent of the harness's
 * own backend; null when that is not a local postgres process (Postgres in a container, say).
 */
async function postgresPid(pool) {
  const { rows } = await pool.query('SELECT pg_backend_pid() AS pid');
  const postmaster = parentPid(rows[0].pid);
  if (!postmaster) return null;
  try {
    const command = fs.readFileSync(`/proc/${postmaster}/cmdline`, 'utf8');
    return /postgres/.test(command) ? postmaster : null;
  } catch {
    return null;
  }
}

/** Outbox rows still to deliver, of one workspace (workspaceId null: of all). */
function pendingOutbox(pool, workspaceId) {
  return count(
    pool,
    `SELECT count(*) FROM messaging.outbox
      WHERE ${PENDING} AND ($1::text IS NULL OR event->>'workspaceId' = $1)`,
    [workspaceId],
  );
}

/** Delivery attempts that failed, for the workspace: a consumer throwing would skew the timings. */
function failedAttempts(pool, workspaceId) {
  return count(
    pool,
    `SELECT count(*) FROM messaging.outbox
      WHERE event->>'workspaceId' = $1
        AND (attempts > 1 OR last_error IS NOT NULL OR dead_at IS NOT NULL)`,
    [workspaceId],
  );
}

/**
 * Commit → consumer latency of every task completion of a project that analytics has recorded, in
 * ms: recorded_at (now() in the consumer's transaction) − occurred_at (stamped by the web handler).
 */
async function completionLags(pool, workspaceId, projectId) {
  const { rows } = await pool.query(
    `SELECT extract(epoch FROM recorded_at - occurred_at) * 1000 AS ms
       FROM analytics.activity_facts
      WHERE workspace_id = $1 AND project_id = $2 AND kind = 'tasksCompleted'`,
    [workspaceId, projectId],
  );
  return rows.map((row) => Number(row.ms));
}

/** Rows the bench consumers wrote for a project's completions (3 per event when all applied). */
function benchEffects(pool, projectId) {
  return count(
    pool,
    `SELECT count(*) FROM public.bench_effects e
       JOIN messaging.outbox o ON o.event_id = e.event_id
      WHERE o.event->'payload'->>'projectId' = $1`,
    [projectId],
  );
}

/** Polls check() every everyMs until it returns true or timeoutMs passed; resolves whether it did. */
async function waitFor(check, { timeoutMs, everyMs = 50 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
}

/**
 * Leaves nothing of the bench's own behind but the workspace's history: undelivered outbox rows of
 * the workspace (only after an interruption or error; a normal run has a worker deliver them), the
 * bench consumers' table and inbox entries. Resolves the number of outbox rows deleted.
 */
async function tidyUp(pool, workspaceId) {
  let deleted = 0;
  if (workspaceId) {
    const result = await pool.query(
      `DELETE FROM messaging.outbox WHERE ${PENDING} AND event->>'workspaceId' = $1`,
      [workspaceId],
    );
    deleted = result.rowCount;
  }
  await pool.query(`DELETE FROM messaging.inbox WHERE consumer LIKE 'bench.effect-%'`);
  await pool.query('DROP TABLE IF EXISTS public.bench_effects');
  return deleted;
}

module.exports = {
  openDb,
  otherRelays,
  postgresPid,
  pendingOutbox,
  failedAttempts,
  completionLags,
  benchEffects,
  waitFor,
  tidyUp,
};
