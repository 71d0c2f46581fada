#!/usr/bin/env node
'use strict';

// Benchmark volume, written straight into Postgres with set-based SQL (INSERT … SELECT …
// generate_series), one transaction per group of workspaces: users, workspaces, memberships, the
// projects module's members projection, projects, analytics.task_facts, and tasks made from a share
// of those facts with labels, due dates, priorities and comments (scripts/seed-large-tasks.js). Not
// through the API: two million facts one request at a time would take hours, and the API has no
// way to backdate.
//
//   npm run seed:large                          1,000 workspaces, 2,000,000 task facts, 300,000 tasks
//   npm run seed:large -- --workspaces 50 --facts 100000 --tasks 20000
//   npm run seed:large -- --reset               wipe what an earlier run made, then seed afresh
//   npm run seed:large -- --wipe                only wipe
//
// Idempotent: workspace ids derive from the settings, so a second run with the same settings finds
// everything there and only prints the summary; an interrupted run is resumed (each group of
// workspaces is committed whole). A database seeded with other settings is refused: --reset.
// Local use only: it prints the demo password.

const { createHash, randomBytes, scryptSync } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { setTimeout: sleep } = require('node:timers/promises');

const { Client } = require('pg');

const { insertTasks, TASK_TABLES } = require('./seed-large-tasks');

const DEFAULT_URL = 'postgres://tenfold:tenfold@127.0.0.1:55432/tenfold';
// The local stack's two streaming replicas, as in tenfold's config defaults.
const DEFAULT_REPLICA_URLS =
  'postgres://tenfold:tenfold@127.0.0.1:55433/tenfold,postgres://tenfold:tenfold@127.0.0.1:55434/tenfold';
const OWNER_EMAIL = 'large@demo.tenfold.dev';
const MEMBER_PATTERN = 'large-member-%@demo.tenfold.dev';
const NAME_PREFIX = 'Large seed ';

// Workspace i (1-based) gets total · i^-s / Σ j^-s facts: s = 0.9 over 1,000 workspaces and 2M
// facts puts ≈ 190k in the largest, ≈ 100k and ≈ 70k in the next two and a few hundred in the
// tail, so a report over a big workspace is real work and most workspaces stay small.
const SKEW = 0.9;
const COMPLETED_SHARE = 0.7;
const UNASSIGNED_SHARE = 0.15;
// Groups of workspaces per transaction: big enough for set-based speed, small enough for the
// progress bar to move and for the replica to be waited for between groups.
const CHUNK_FACTS = 60_000;
const CHUNK_WORKSPACES = 100;
const REPLICA_CATCH_UP_TIMEOUT_MS = 180_000;

function usage() {
  return [
    'usage: npm run seed:large -- [--workspaces N] [--facts N] [--tasks N] [--reset | --wipe]',
    '',
    '  --workspaces N  workspaces to make (env LARGE_SEED_WORKSPACES, default 1000)',
    '  --facts N       analytics.task_facts rows in total (env LARGE_SEED_FACTS, default 2000000)',
    '  --tasks N       tasks (with labels, due dates, priorities, comments) made from that many',
    '                  of the facts, spread like them (env LARGE_SEED_TASKS, default 300000)',
    '  --reset         wipe what an earlier run made (its workspaces and everything in them, its',
    '                  users), then seed',
    '  --wipe          only wipe',
    '',
    'env: DB_PRIMARY_URL (default the local stack: tenfold on 127.0.0.1:55432),',
    '     LARGE_SEED_PASSWORD (default tenfold-demo-password),',
    '     LARGE_SEED_MAX_REPLICA_LAG_MB (default 48: pause between groups while a replica is',
    '     further behind; tenfold takes a replica out of rotation at 64 MiB)',
  ].join('\n');
}

function parseArgs(argv, env) {
  const options = {
    workspaces: Number(env.LARGE_SEED_WORKSPACES || 1000),
    facts: Number(env.LARGE_SEED_FACTS || 2_000_000),
    tasks: Number(env.LARGE_SEED_TASKS || 300_000),
    reset: false,
    wipeOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--workspaces') options.workspaces = Number(value());
    else if (flag === '--facts') options.facts = Number(value());
    else if (flag === '--tasks') options.tasks = Number(value());
    else if (arg === '--reset') options.reset = true;
    else if (arg === '--wipe') options.wipeOnly = true;
    else if (arg === '-h' || arg === '--help') return null;
    else throw new UsageError(`unknown argument "${arg}"`);
  }
  const whole = (n, least) => Number.isInteger(n) && n >= least;
  if (!whole(options.workspaces, 1) || options.workspaces > 100_000)
    throw new UsageError('--workspaces must be a whole number from 1 to 100000');
  if (!whole(options.facts, options.workspaces) || options.facts > 100_000_000)
    throw new UsageError('--facts must be a whole number from --workspaces to 100000000');
  if (!whole(options.tasks, 0) || options.tasks > options.facts)
    throw new UsageError('--tasks must be a whole number from 0 to --facts');
  options.password = env.LARGE_SEED_PASSWORD || 'tenfold-demo-password';
  options.maxLagBytes = Number(env.LARGE_SEED_MAX_REPLICA_LAG_MB || 48) * 1024 * 1024;
  return options;
}

class UsageError extends Error {}

/**
 * A stable uuid from a string: the same settings give the same workspace ids. Shaped as a version-4
 * uuid (version nibble 4, variant 10xx), because the API's ParseUUIDPipe refuses any other shape.
 */
function stableUuid(text) {
  const hex = createHash('md5').update(text).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return (
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-` +
    `${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  );
}

/** Every workspace to make: id, name, facts, projects (5–20) and members besides the owner. */
function planWorkspaces({ workspaces, facts, tasks }) {
  const weights = Array.from({ length: workspaces }, (_, i) => (i + 1) ** -SKEW);
  const total = weights.reduce((a, b) => a + b, 0);
  // At least one fact each; floors, with the rounding remainder handed out from the top, so the
  // sum is exactly `facts`.
  const sizes = weights.map((w) => Math.max(1, Math.floor((facts * w) / total)));
  let left = facts - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; left !== 0; i = (i + 1) % workspaces) {
    if (left > 0) {
      sizes[i]++;
      left--;
    } else if (sizes[i] > 1) {
      sizes[i]--;
      left++;
    }
  }
  const taskCounts = shareOut(sizes, tasks);
  const logMin = Math.log(Math.min(...sizes));
  const logSpan = Math.log(Math.max(...sizes)) - logMin || 1;
  const width = String(workspaces).length;
  return sizes.map((size, i) => ({
    index: i + 1,
    // The settings are in the id: a database seeded with other ones is found out and refused.
    id: stableUuid(`tenfold seed-large ${workspaces} ${facts} tasks ${tasks} ${i + 1}`),
    name: `${NAME_PREFIX}${String(i + 1).padStart(width, '0')}`,
    facts: size,
    tasks: taskCounts[i],
    // More projects and people where there is more work, as in real teams.
    projects: 5 + Math.round((15 * (Math.log(size) - logMin)) / logSpan),
    members: 3 + Math.min(47, Math.round(Math.sqrt(size) / 10)),
  }));
}

/** `total` shared out in proportion to `sizes` (largest remainders first), never above a size. */
function shareOut(sizes, total) {
  const whole = sizes.reduce((a, b) => a + b, 0);
  const exact = sizes.map((size) => (size * total) / whole);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, i) => [value - Math.floor(value), i])
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left === 0) break;
    if (shares[i] < sizes[i]) {
      shares[i]++;
      left--;
    }
  }
  return shares;
}

/** The format password-hasher.ts writes: scrypt$N$r$p$salt$hash (base64url), same parameters. */
function hashPassword(password) {
  const N = 32_768;
  const r = 8;
  const p = 1;
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N, r, p, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', N, r, p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage()}`);
    process.exit(2);
  }
  if (!options) {
    console.log(usage());
    return;
  }
  const url = process.env.DB_PRIMARY_URL || DEFAULT_URL;
  const db = new Client({ connectionString: url, application_name: 'tenfold-seed-large' });
  await db.connect().catch((error) => {
    throw new Error(`cannot connect to ${redact(url)} (${error.message}): is the stack up?`);
  });
  try {
    await checkSchema(db);
    if (options.reset || options.wipeOnly) {
      await wipe(db);
      if (options.wipeOnly) return;
    }
    await seed(db, options, url);
  } finally {
    await db.end();
  }
}

const TABLES = [
  'identity.users',
  'identity.workspaces',
  'identity.memberships',
  'projects.projects',
  'projects.members',
  'analytics.task_facts',
  ...TASK_TABLES,
];

/** The big tables: frozen and their visibility maps set after seeding (index-only scans). */
const BULK_TABLES = [
  'analytics.task_facts',
  'projects.tasks',
  'projects.task_labels',
  'projects.comments',
];

async function checkSchema(db) {
  const { rows } = await db.query(
    'SELECT t, to_regclass(t) IS NOT NULL AS present FROM unnest($1::text[]) t',
    [TABLES],
  );
  const missing = rows.filter((r) => !r.present).map((r) => r.t);
  if (missing.length > 0) {
    throw new Error(
      `missing table(s) ${missing.join(', ')}: migrate this database first ` +
        '(`npm run migration:run`, with DB_PRIMARY_URL pointing at it)',
    );
  }
}

async function ownerId(db) {
  const { rows } = await db.query('SELECT id FROM identity.users WHERE email = $1', [OWNER_EMAIL]);
  return rows[0]?.id ?? null;
}

/** The workspaces an earlier run made: by name, created by the seed's owner. */
async function seededWorkspaces(db, owner) {
  if (!owner) return [];
  const { rows } = await db.query(
    `SELECT id FROM identity.workspaces WHERE created_by = $1 AND name LIKE $2`,
    [owner, `${NAME_PREFIX}%`],
  );
  return rows.map((r) => r.id);
}

async function seed(db, options, url) {
  const started = performance.now();
  const plan = planWorkspaces(options);
  let owner = await ownerId(db);
  const existing = new Set(await seededWorkspaces(db, owner));
  const planned = new Set(plan.map((w) => w.id));
  const foreign = [...existing].filter((id) => !planned.has(id));
  if (foreign.length > 0) {
    throw new Error(
      `this database holds ${existing.size} seeded workspace(s) made with other settings than ` +
        `--workspaces ${options.workspaces} --facts ${options.facts} --tasks ${options.tasks} ` +
        '(or an earlier version of this script): ' +
        'run again with --reset to wipe them first (or with the settings used then)',
    );
  }
  const todo = plan.filter((w) => !existing.has(w.id));
  if (todo.length === 0) {
    log(`already seeded with these settings (${plan.length} workspaces): nothing to do.`);
    log('(--reset wipes it and seeds afresh.)');
  } else if (existing.size > 0) {
    log(`resuming: ${existing.size} of ${plan.length} workspaces are already there`);
  }

  // Enough people that workspaces share some but not most; never a multiple of 101 (see
  // insertChunk's member formula).
  let poolSize = Math.max(50, Math.ceil(plan.length * 1.5));
  if (poolSize % 101 === 0) poolSize++;
  if (todo.length > 0) {
    log(
      `${redact(url)}: ${todo.length} workspaces, ${sum(todo, 'facts').toLocaleString('en')} task facts, ` +
        `${sum(todo, 'tasks').toLocaleString('en')} tasks`,
    );
    owner = await ensureUsers(db, options.password, poolSize);
    await fill(db, todo, { owner, poolSize, maxLagBytes: options.maxLagBytes });
  }
  // Every time, also when there was nothing to add (a run interrupted after its last group); quick
  // when already done. Freezing settles the new rows now: otherwise the first reads set hint bits
  // (writes on the primary, per-tuple commit-log lookups on a replica, which cannot) and
  // autovacuum's insert-triggered pass would land in the middle of a benchmark.
  log(`VACUUM (FREEZE, ANALYZE) ${BULK_TABLES.join(', ')}, ANALYZE the others …`);
  await db.query(`VACUUM (FREEZE, ANALYZE) ${BULK_TABLES.join(', ')}`);
  for (const table of TABLES.filter((t) => !BULK_TABLES.includes(t))) {
    await db.query(`ANALYZE ${table}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const replicas = await replicaCatchUp(db, url);
  await summary(db, owner, options, plan, { seconds, seeded: todo.length, replicas });
}

/** The owner (created if missing, password kept if there) and the pool of other members. */
async function ensureUsers(db, password, poolSize) {
  const hash = hashPassword(password);
  await db.query(
    `INSERT INTO identity.users (email, password_hash) VALUES ($1, $2)
     ON CONFLICT (email) DO NOTHING`,
    [OWNER_EMAIL, hash],
  );
  // Everyone shares the password (one scrypt hash, each with the same salt: demo data only).
  await db.query(
    `INSERT INTO identity.users (email, password_hash, created_at)
     SELECT format('large-member-%s@demo.tenfold.dev', lpad(n::text, 4, '0')), $1,
            now() - interval '400 days'
       FROM generate_series(1, $2::int) n
     ON CONFLICT (email) DO NOTHING`,
    [hash, poolSize],
  );
  const owner = await ownerId(db);
  const { rows } = await db.query('SELECT password_hash FROM identity.users WHERE id = $1', [
    owner,
  ]);
  if (rows[0].password_hash !== hash) {
    log(`note: ${OWNER_EMAIL} already existed: its password was left as it was`);
  }
  return owner;
}

function chunksOf(workspaces) {
  const chunks = [];
  let current = [];
  let facts = 0;
  for (const w of workspaces) {
    if (
      current.length > 0 &&
      (facts + w.facts > CHUNK_FACTS || current.length >= CHUNK_WORKSPACES)
    ) {
      chunks.push(current);
      current = [];
      facts = 0;
    }
    current.push(w);
    facts += w.facts;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function fill(db, todo, { owner, poolSize, maxLagBytes }) {
  const progress = new Progress(sum(todo, 'facts'), todo.length);
  let waitedMs = 0;
  for (const chunk of chunksOf(todo)) {
    await db.query('BEGIN');
    try {
      // A crash loses at most this group, which the next run redoes; no need to wait for the
      // WAL flush at each commit.
      await db.query('SET LOCAL synchronous_commit = off');
      await insertChunk(db, chunk, { owner, poolSize });
      await insertTasks(db, chunk, { owner });
      await db.query('COMMIT');
    } catch (error) {
      await db.query('ROLLBACK').catch(() => {});
      progress.end();
      throw error;
    }
    const lag = await waitForReplicas(db, maxLagBytes);
    waitedMs += lag.waitedMs;
    progress.advance(sum(chunk, 'facts'), chunk.length, lag);
  }
  progress.end();
  if (waitedMs > 100)
    log(`paused ${(waitedMs / 1000).toFixed(1)} s in all for the replica(s) to catch up`);
}

/** SQL for project n of a workspace: a stable id, shaped as a version-4 uuid like stableUuid. */
const projectId = (workspace, n) =>
  `overlay(overlay(md5(${workspace}::text || ':project:' || ${n}) placing '4' from 13)
           placing '8' from 17)::uuid`;

async function insertChunk(db, chunk, { owner, poolSize }) {
  const ids = chunk.map((w) => w.id);
  const plan = [
    ids,
    chunk.map((w) => w.index),
    chunk.map((w) => w.name),
    chunk.map((w) => w.facts),
    chunk.map((w) => w.projects),
    chunk.map((w) => w.members),
  ];
  const PLAN = `unnest($1::uuid[], $2::int[], $3::text[], $4::int[], $5::int[], $6::int[])
                  AS p(id, idx, name, facts, projects, members)`;
  // Workspaces are backdated a year: facts reach back 90–150 days.
  await db.query(
    `INSERT INTO identity.workspaces (id, name, created_by, created_at)
     SELECT p.id, p.name, $7, now() - interval '365 days' FROM ${PLAN}`,
    [...plan, owner],
  );
  // The owner everywhere; others from the pool: (idx·37 + j·101) mod pool is distinct for
  // j < pool (101 is prime and no pool size here is a multiple), so no duplicate member.
  await db.query(
    `INSERT INTO identity.memberships (workspace_id, user_id, role, joined_at)
     SELECT p.id, $7, 'owner', now() - interval '365 days' FROM ${PLAN}
     UNION ALL
     SELECT p.id, u.id,
            CASE WHEN j = 0 THEN 'admin' WHEN j % 10 = 9 THEN 'viewer' ELSE 'member' END,
            now() - interval '365 days' + j * interval '1 day'
       FROM ${PLAN}
      CROSS JOIN LATERAL generate_series(0, p.members - 1) j
       JOIN identity.users u
         ON u.email = format('large-member-%s@demo.tenfold.dev',
                             lpad(((p.idx * 37 + j * 101) % $8 + 1)::text, 4, '0'))`,
    [...plan, owner, poolSize],
  );
  // The projects module's own view of members (normally fed by identity's member events), so
  // that tasks can be assigned to them.
  await db.query(
    `INSERT INTO projects.members (workspace_id, user_id, role)
     SELECT workspace_id, user_id, role FROM identity.memberships WHERE workspace_id = ANY($1)`,
    [ids],
  );
  await db.query(
    `INSERT INTO projects.projects (id, workspace_id, name, created_by, created_at, updated_at)
     SELECT ${projectId('p.id', 'n')}, p.id, format('Project %s', n), $7,
            now() - interval '300 days' + n * interval '3 days', now() - interval '1 day'
       FROM ${PLAN}
      CROSS JOIN LATERAL generate_series(1, p.projects) n`,
    [...plan, owner],
  );
  // One row per task. random() in the select list of `draw` is drawn per generated row. Shapes:
  // - projects and assignees skewed (a few busy ones), 15 % unassigned;
  // - 70 % completed, completed_at uniform over the last 90 days;
  // - cycle time (created → completed) log-normal: median 30 h, σ 1.2, so 5 % under ≈ 4 h and
  //   5 % over ≈ 9 days, capped at 60 days; Box–Muller from two uniforms;
  // - open tasks created over the last 120 days, some touched since (state_changed_at);
  // - 1 % without created_at: the consumer may see a task's completion before its creation.
  await db.query(
    `WITH crew AS (
       SELECT workspace_id, array_agg(user_id ORDER BY user_id) AS users
         FROM identity.memberships WHERE workspace_id = ANY($1) GROUP BY workspace_id
     ), draw AS (
       SELECT p.id AS workspace_id, p.projects, c.users,
              random() AS r_project, random() AS r_assignee, random() AS r_done,
              random() AS r_when, random() AS u1, random() AS u2, random() AS r_touch,
              random() AS r_created
         FROM ${PLAN}
         JOIN crew c ON c.workspace_id = p.id
        CROSS JOIN LATERAL generate_series(1, p.facts) g
     ), shaped AS (
       SELECT workspace_id,
              ${projectId('workspace_id', '(1 + floor(power(r_project, 1.6) * projects))::int')}
                AS project_id,
              CASE WHEN r_assignee < $7 THEN NULL
                   ELSE users[1 + floor(power((r_assignee - $7) / (1 - $7), 1.7)
                                        * cardinality(users))::int] END AS assignee_id,
              CASE WHEN r_done < $8 THEN now() - r_when * interval '90 days' END AS completed_at,
              least(exp(ln(30) + 1.2 * sqrt(-2 * ln(1 - u1)) * cos(2 * pi() * u2)), 1440)
                * interval '1 hour' AS cycle,
              now() - r_when * interval '120 days' AS opened_at,
              r_touch, r_created
         FROM draw
     ), timed AS (
       SELECT *, coalesce(completed_at - cycle, opened_at) AS created
         FROM shaped
     )
     INSERT INTO analytics.task_facts
       (task_id, workspace_id, project_id, assignee_id, created_at, completed_at, state_changed_at)
     SELECT gen_random_uuid(), workspace_id, project_id, assignee_id,
            CASE WHEN r_created >= 0.01 THEN created END,
            completed_at,
            coalesce(completed_at, created + (now() - created) * r_touch * r_touch)
       FROM timed`,
    [...plan, UNASSIGNED_SHARE, COMPLETED_SHARE],
  );
}

// ---------------------------------------------------------------------------------------------
// Replicas: the seed writes hundreds of MB of WAL; tenfold takes a replica out of rotation when it
// is more than 64 MiB behind, and a benchmark right after seeding wants it caught up.

/** Streaming replicas of the primary and how far behind they are (bytes of WAL not yet replayed). */
async function replicaLag(db) {
  try {
    const { rows } = await db.query(
      `SELECT application_name, state, replay_lag::text AS replay_lag,
              pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint AS behind_bytes
         FROM pg_stat_replication ORDER BY application_name`,
    );
    return rows.map((r) => ({ ...r, behind_bytes: Number(r.behind_bytes) }));
  } catch {
    return []; // no right to read pg_stat_replication: nothing to wait for
  }
}

/** Between groups: waits while any replica is more than maxLagBytes behind. */
async function waitForReplicas(db, maxLagBytes) {
  const started = performance.now();
  let replicas = await replicaLag(db);
  const worst = () => Math.max(0, ...replicas.map((r) => r.behind_bytes));
  const peak = worst();
  while (worst() > maxLagBytes && performance.now() - started < REPLICA_CATCH_UP_TIMEOUT_MS) {
    await sleep(200);
    replicas = await replicaLag(db);
  }
  const waitedMs = performance.now() - started;
  return { peakBytes: peak, waitedMs: waitedMs > 1 ? waitedMs : 0 };
}

/**
 * At the end: how long until every replica has replayed everything the seed wrote, and a count of
 * seeded facts read on each replica reachable at the stack's replica URLs.
 */
async function replicaCatchUp(db, url) {
  const { rows } = await db.query('SELECT pg_current_wal_lsn()::text AS lsn');
  const target = rows[0].lsn;
  const started = performance.now();
  let replicas = await replicaLag(db);
  const behind = async () => {
    const { rows: lagging } = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_replication WHERE replay_lsn IS NULL OR replay_lsn < $1::pg_lsn`,
      [target],
    );
    return lagging[0].n;
  };
  const atStart = replicas.map((r) => ({ ...r }));
  while (replicas.length > 0 && (await behind()) > 0) {
    if (performance.now() - started > REPLICA_CATCH_UP_TIMEOUT_MS) break;
    await sleep(100);
    replicas = await replicaLag(db);
  }
  return {
    lsn: target,
    atStart,
    caughtUp: replicas.length > 0 && (await behind()) === 0,
    seconds: (performance.now() - started) / 1000,
    after: await replicaLag(db),
    counts: await replicaCounts(url),
  };
}

/** Seeded facts as each replica sees them: the primary's database on the replica's host/port. */
async function replicaCounts(primaryUrl) {
  const list = process.env.DB_REPLICA_URLS || DEFAULT_REPLICA_URLS;
  if (list.trim() === 'none') return [];
  const database = new URL(primaryUrl).pathname;
  const results = [];
  for (const raw of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const replicaUrl = new URL(raw);
    replicaUrl.pathname = database;
    const client = new Client({
      connectionString: replicaUrl.toString(),
      connectionTimeoutMillis: 3_000,
      application_name: 'tenfold-seed-large',
    });
    try {
      await client.connect();
      const { rows } = await client.query(
        `SELECT count(*)::bigint AS n FROM analytics.task_facts f
           JOIN identity.workspaces w ON w.id = f.workspace_id
           JOIN identity.users u ON u.id = w.created_by
          WHERE u.email = $1 AND w.name LIKE $2`,
        [OWNER_EMAIL, `${NAME_PREFIX}%`],
      );
      results.push({ at: `${replicaUrl.host}`, facts: Number(rows[0].n) });
    } catch (error) {
      results.push({ at: `${replicaUrl.host}`, error: error.message });
    } finally {
      await client.end().catch(() => {});
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------

// $1 unused: count() passes the workspace ids to every query.
const USERS_SQL = `SELECT count(*) AS n FROM identity.users
  WHERE cardinality($1::uuid[]) >= 0 AND (email = '${OWNER_EMAIL}' OR email LIKE '${MEMBER_PATTERN}')`;

async function summary(db, owner, options, plan, { seconds, seeded, replicas }) {
  const ids = await seededWorkspaces(db, owner);
  const count = async (sql) => Number((await db.query(sql, [ids])).rows[0].n);
  const facts = await db.query(
    `SELECT count(*)::bigint AS n, count(completed_at)::bigint AS completed,
            count(*) FILTER (WHERE assignee_id IS NULL)::bigint AS unassigned
       FROM analytics.task_facts WHERE workspace_id = ANY($1)`,
    [ids],
  );
  const top = await db.query(
    `SELECT w.id, w.name, count(f.task_id)::int AS facts,
            count(f.completed_at) FILTER (WHERE f.completed_at > now() - interval '30 days')::int AS last30
       FROM identity.workspaces w JOIN analytics.task_facts f ON f.workspace_id = w.id
      WHERE w.id = ANY($1) GROUP BY w.id, w.name ORDER BY facts DESC LIMIT 3`,
    [ids],
  );
  const f = facts.rows[0];
  const n = (v) => Number(v).toLocaleString('en');
  const lines = [
    '',
    `seed:large, ${seeded > 0 ? `seeded ${seeded} workspace(s)` : 'nothing to do'} in ` +
      `${seconds.toFixed(1)} s (settings: --workspaces ${options.workspaces} --facts ${options.facts} ` +
      `--tasks ${options.tasks})`,
    `  workspaces            ${n(ids.length)}`,
    `  users                 ${n(await count(USERS_SQL))}`,
    `  memberships           ${n(await count('SELECT count(*) AS n FROM identity.memberships WHERE workspace_id = ANY($1)'))}`,
    `  projects.members      ${n(await count('SELECT count(*) AS n FROM projects.members WHERE workspace_id = ANY($1)'))}`,
    `  projects              ${n(await count('SELECT count(*) AS n FROM projects.projects WHERE workspace_id = ANY($1)'))}`,
    `  task facts            ${n(f.n)} (${n(f.completed)} completed, ${n(f.unassigned)} unassigned)`,
    `  tasks                 ${n(await count('SELECT count(*) AS n FROM projects.tasks WHERE workspace_id = ANY($1)'))}`,
    `  labels on tasks       ${n(await count('SELECT count(*) AS n FROM projects.task_labels tl JOIN projects.labels l ON l.id = tl.label_id WHERE l.workspace_id = ANY($1)'))}`,
    `  comments              ${n(await count('SELECT count(*) AS n FROM projects.comments WHERE workspace_id = ANY($1)'))}`,
    `login: POST /v1/auth/login {"email":"${OWNER_EMAIL}","password":"${options.password}"}` +
      ' (owner of every seeded workspace; the large-member-NNNN users share the password)',
    'largest workspaces:',
    ...top.rows.map(
      (w) =>
        `  ${w.id}  ${w.name}  ${n(w.facts)} facts, ${n(w.last30)} completed in the last 30 days`,
    ),
    'replicas:',
    ...describeReplicas(replicas),
  ];
  console.log(lines.join('\n'));
  if (ids.length !== plan.length) {
    throw new Error(`expected ${plan.length} seeded workspaces, found ${ids.length}`);
  }
}

function describeReplicas(replicas) {
  if (replicas.atStart.length === 0)
    return ['  none streaming from this primary (pg_stat_replication)'];
  const mib = (b) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
  const lines = replicas.atStart.map(
    (r) => `  ${r.application_name} (${r.state}): ${mib(r.behind_bytes)} behind when seeding ended`,
  );
  lines.push(
    replicas.caughtUp
      ? `  all replayed up to ${replicas.lsn} ${replicas.seconds.toFixed(1)} s later; now: ` +
          replicas.after
            .map(
              (r) =>
                `${r.application_name} ${r.behind_bytes} B behind, replay_lag ${r.replay_lag ?? '–'}`,
            )
            .join('; ')
      : `  NOT caught up after ${replicas.seconds.toFixed(0)} s: ` +
          replicas.after
            .map((r) => `${r.application_name} ${mib(r.behind_bytes)} behind`)
            .join('; '),
  );
  for (const c of replicas.counts) {
    lines.push(
      c.error
        ? `  ${c.at}: not reachable (${c.error})`
        : `  ${c.at}: sees ${c.facts.toLocaleString('en')} seeded facts`,
    );
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------

/**
 * Removes what seed:large made: its workspaces and every row of any table with a workspace_id in
 * them (projects, tasks, facts, counters … also rows the app or a bench added there later), their
 * outbox rows, then its users unless they belong to other workspaces too.
 */
async function wipe(db) {
  const owner = await ownerId(db);
  const ids = await seededWorkspaces(db, owner);
  const started = performance.now();
  log(`wiping ${ids.length} seeded workspace(s) …`);
  if (ids.length > 0) {
    const { rows: tables } = await db.query(
      `SELECT format('%I.%I', c.table_schema, c.table_name) AS name
         FROM information_schema.columns c
         JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.column_name = 'workspace_id' AND t.table_type = 'BASE TABLE'
          AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 1`,
    );
    for (const { name } of tables) {
      const deleted = await wipeTable(db, name, ids);
      if (deleted > 0) log(`  ${name}: ${deleted.toLocaleString('en')} row(s)`);
    }
    const outbox = await db.query(
      `DELETE FROM messaging.outbox WHERE event->>'workspaceId' = ANY($1::text[])`,
      [ids],
    );
    if (outbox.rowCount > 0) log(`  messaging.outbox: ${outbox.rowCount} row(s)`);
    await db.query('DELETE FROM identity.workspaces WHERE id = ANY($1)', [ids]);
  }
  const users = await db.query(
    `DELETE FROM identity.users u WHERE (email = $1 OR email LIKE $2)
        AND NOT EXISTS (SELECT 1 FROM identity.memberships m WHERE m.user_id = u.id)`,
    [OWNER_EMAIL, MEMBER_PATTERN],
  );
  log(
    `wiped ${ids.length} workspace(s) and ${users.rowCount} user(s) in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s ` +
      '(their sessions in Redis expire on their own)',
  );
}

/** Deletes a table's rows of the given workspaces; TRUNCATE when they are all it holds (no WAL). */
async function wipeTable(db, table, ids) {
  await db.query('BEGIN');
  try {
    // The lock keeps anyone from adding a row of another workspace between count and TRUNCATE.
    await db.query(`LOCK TABLE ${table} IN SHARE ROW EXCLUSIVE MODE`);
    const { rows } = await db.query(
      `SELECT count(*) FILTER (WHERE workspace_id = ANY($1))::bigint AS ours,
              count(*) FILTER (WHERE NOT (workspace_id = ANY($1)))::bigint AS others
         FROM ${table}`,
      [ids],
    );
    const ours = Number(rows[0].ours);
    // TRUNCATE refuses a table that a foreign key points at (tasks, labels): DELETE cascades.
    const { rows: referenced } = await db.query(
      `SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = $1::regclass)
                AS yes`,
      [table],
    );
    if (ours > 0 && Number(rows[0].others) === 0 && !referenced[0].yes)
      await db.query(`TRUNCATE ${table}`);
    else if (ours > 0) await db.query(`DELETE FROM ${table} WHERE workspace_id = ANY($1)`, [ids]);
    await db.query('COMMIT');
    return ours;
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------

/** A bar on a terminal; a line per group of workspaces otherwise (CI logs, pipes). */
class Progress {
  constructor(totalFacts, totalWorkspaces) {
    this.totalFacts = totalFacts;
    this.totalWorkspaces = totalWorkspaces;
    this.facts = 0;
    this.workspaces = 0;
    this.started = performance.now();
    this.tty = process.stderr.isTTY;
    this.drawn = false;
  }

  advance(facts, workspaces, lag) {
    this.facts += facts;
    this.workspaces += workspaces;
    const elapsed = (performance.now() - this.started) / 1000;
    const share = this.facts / this.totalFacts;
    const eta = share > 0 ? elapsed / share - elapsed : 0;
    const replica =
      lag.peakBytes > 0
        ? `, replica ${(lag.peakBytes / 1024 / 1024).toFixed(0)} MiB behind` +
          (lag.waitedMs > 500 ? ` (waited ${(lag.waitedMs / 1000).toFixed(1)} s)` : '')
        : '';
    const text =
      `${String(Math.round(share * 100)).padStart(3)}%  ` +
      `${this.facts.toLocaleString('en')}/${this.totalFacts.toLocaleString('en')} facts, ` +
      `${this.workspaces}/${this.totalWorkspaces} workspaces, ${elapsed.toFixed(0)} s, ` +
      `eta ${eta.toFixed(0)} s${replica}`;
    if (this.tty) {
      const width = 30;
      const done = Math.round(share * width);
      process.stderr.write(`\r\x1b[K[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${text}`);
      this.drawn = true;
    } else {
      process.stderr.write(`${text}\n`);
    }
  }

  end() {
    if (this.drawn) process.stderr.write('\n');
    this.drawn = false;
  }
}

const log = (line) => process.stderr.write(`${line}\n`);
const sum = (items, key) => items.reduce((total, item) => total + item[key], 0);
const redact = (url) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

main().catch((error) => {
  console.error(`seed:large failed: ${error.message}`);
  process.exit(1);
});
