'use strict';

const db = require('./events-db');
const { createClient } = require('./http-json');
const { interleave } = require('./interleave');
const { signUpWithProject } = require('./sign-up');
const { startTarget } = require('./start-target');

const DRAIN_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 15_000;

/**
 * The `relay-throughput` scenario's method (docs/BENCHMARKS.md, "Relay throughput"). One real task
 * completion is made through the web (no worker running, so its event stays in the outbox) and
 * taken as the template. Each run of a variant starts its workers (1 or 2, racing on the outbox
 * with FOR UPDATE SKIP LOCKED), waits until they are ready and the outbox is empty, then inserts
 * `events` copies of the template (fresh event ids) in one statement with a NOTIFY, and times from
 * that commit until none is left undelivered. Consumers run as in production (in-process
 * transport): analytics records each completion, with an inbox row per consumer.
 */
async function runRelay(scenario, settings, { log, onServer, onCleanup }) {
  const pool = db.openDb();
  const bench = { settings, log, pool, servers: [], workspaceId: null, events: scenario.events };
  bench.onServer = (server, id) => {
    bench.servers.push({ id, pid: server.pid });
    onServer(server);
  };
  onCleanup(async () => {
    const deleted = await db.tidyUp(pool, bench.workspaceId);
    if (deleted > 0) log(`deleted ${deleted} undelivered outbox row(s) of the bench workspace`);
    await pool.end();
  });
  const others = await db.otherRelays(pool);
  if (others.length > 0) {
    throw new Error('another tenfold worker is connected to this database: stop it first');
  }

  const web = await startTarget(bench, scenario.processes.web);
  const api = createClient(web.origin, { timeoutMs: 30_000 });
  const user = await signUpWithProject(api, 'relay', 1);
  bench.workspaceId = user.workspaceId;
  await api.expect(
    200,
    'POST',
    `/v1/workspaces/${user.workspaceId}/tasks/${user.taskIds[0]}/complete`,
    { token: user.token },
  );
  api.close();
  const { rows } = await pool.query(
    `SELECT type, event FROM messaging.outbox
      WHERE event->>'workspaceId' = $1 AND type = 'projects.task.completed.v1'`,
    [user.workspaceId],
  );
  if (rows.length !== 1) throw new Error(`expected one completion event, found ${rows.length}`);
  bench.template = rows[0];
  log(`bench workspace ${user.workspaceId}; ${bench.events} events a run`);

  const runs = await interleave(bench, scenario.comparison, relayRun, { labelWidth: 24 });
  return { servers: bench.servers, workspaceId: bench.workspaceId, runs, summary: runs };
}

async function relayRun(bench, variant) {
  const workers = [];
  for (let i = 0; i < variant.relays; i++) {
    workers.push(await startTarget(bench, { ...variant.worker, id: `${variant.id}-${i + 1}` }));
  }
  try {
    // The template and anything earlier delivered: the relays are running and the outbox is empty.
    const empty = await db.waitFor(async () => (await db.pendingOutbox(bench.pool, null)) === 0, {
      timeoutMs: DRAIN_TIMEOUT_MS,
    });
    if (!empty) throw new Error('the outbox did not empty before the run');
    const client = await bench.pool.connect();
    let startedAt;
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO messaging.outbox (event_id, type, event)
         SELECT id, $1, jsonb_set($2::jsonb, '{id}', to_jsonb(id::text))
           FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, $3)) fresh`,
        [bench.template.type, bench.template.event, bench.events],
      );
      await client.query(`SELECT pg_notify('tenfold_outbox', '')`);
      await client.query('COMMIT');
      startedAt = performance.now();
    } finally {
      client.release();
    }
    const drained = await db.waitFor(
      async () => (await db.pendingOutbox(bench.pool, bench.workspaceId)) === 0,
      { timeoutMs: DRAIN_TIMEOUT_MS, everyMs: 20 },
    );
    const seconds = (performance.now() - startedAt) / 1000;
    if (!drained) throw new Error(`${bench.events} events not delivered within 120 s`);
    const failed = await db.failedAttempts(bench.pool, bench.workspaceId);
    return { eventsPerSec: bench.events / seconds, seconds, failed };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop(STOP_GRACE_MS)));
  }
}

module.exports = { runRelay };
