import { performance } from 'node:perf_hooks';

import type { Pool } from 'pg';

import { openDb, refuseOtherRelays } from '../../lib/db';
import { timedClient } from '../../lib/http';
import { failedAttempts, tidyUp, untilDelivered } from '../../lib/outbox';
import { benchWeb, Servers, tenfoldWorker, type Target } from '../../lib/processes';
import { interleave, type Comparison, type Variant } from '../../lib/rounds';
import { defineScenario, type RunContext } from '../../lib/scenario';
import type { Settings } from '../../lib/settings';
import { signUpWithProject } from '../../../test/harness/accounts';
import { formatRelay, type RelayRun } from './report';

const DRAIN_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 15_000;
const EVENTS = Number(process.env.BENCH_RELAY_EVENTS || 4000);

const web = benchWeb();
const worker = tenfoldWorker({ id: 'relay', label: 'worker', env: { OUTBOX_LISTEN: 'true' } });

interface RelayVariant extends Variant {
  relays: number;
  worker: Target;
}

export const comparison: Comparison<RelayVariant, RelayRun> = {
  title: `outbox relay throughput: ${EVENTS} task completions, 1 relay vs 2 racing`,
  variants: [
    { id: 'one', label: '1 relay (1 worker)', relays: 1, worker },
    { id: 'two', label: '2 relays (2 workers)', relays: 2, worker },
  ],
  describe: (run) =>
    `${run.eventsPerSec.toFixed(0).padStart(6)} events/s  (${run.seconds.toFixed(2)} s` +
    `${run.failed ? `, ${run.failed} failed attempts` : ''})`,
};

interface RelayBench {
  settings: Settings;
  log(line: string): void;
  pool: Pool;
  servers: Servers;
  workspaceId: string;
  template: { type: string; event: unknown };
}

/**
 * How many events a second the outbox relay delivers, with its consumers (in-process transport),
 * and what a second relay adds: the capacity model's missing measure (docs/CAPACITY.md).
 * BENCH_RELAY_EVENTS sets the events a run (4000). One real task completion is made through the
 * web (no worker running, so its event stays in the outbox) and taken as the template. Each run of
 * a variant starts its workers (1 or 2, racing on the outbox with FOR UPDATE SKIP LOCKED), waits
 * until they are ready and the outbox is empty, then inserts the copies of the template (fresh
 * event ids) in one statement with a NOTIFY, and times from that commit until none is left
 * undelivered. Consumers run as in production: analytics records each completion, with an inbox
 * row per consumer.
 */
export const relayThroughput = defineScenario({
  name: 'relay-throughput',
  summary: `outbox relay: events/s with 1 and 2 relays racing (${EVENTS} events a run)`,
  // The web process only makes the template; the preflight reads what the workers need.
  targets: [worker],
  run: runRelay,
  format: (settings, machine, rounds) => formatRelay(comparison, EVENTS, settings, machine, rounds),
});

async function runRelay(settings: Settings, context: RunContext) {
  const { log } = context;
  const pool = openDb();
  const servers = new Servers(context);
  let workspaceId: string | null = null;
  context.onCleanup(async () => {
    const deleted = await tidyUp(pool, workspaceId);
    if (deleted > 0) log(`deleted ${deleted} undelivered outbox row(s) of the bench workspace`);
    await pool.end();
  });
  await refuseOtherRelays(pool, "it would relay the bench's events and spoil the rates");

  const webServer = await servers.start(web);
  const api = timedClient(webServer.origin, { timeoutMs: 30_000 });
  const user = await signUpWithProject(api, 'relay', 1, { verified: false });
  workspaceId = user.workspaceId;
  await api.expect(
    200,
    'POST',
    `/v1/workspaces/${user.workspaceId}/tasks/${user.taskIds[0]}/complete`,
    { token: user.token },
  );
  api.close();
  const { rows } = await pool.query<{ type: string; event: unknown }>(
    `SELECT type, event FROM messaging.outbox
      WHERE event->>'workspaceId' = $1 AND type = 'projects.task.completed.v1'`,
    [user.workspaceId],
  );
  if (rows.length !== 1) throw new Error(`expected one completion event, found ${rows.length}`);
  log(`bench workspace ${user.workspaceId}; ${EVENTS} events a run`);

  const bench: RelayBench = {
    settings,
    log,
    pool,
    servers,
    workspaceId: user.workspaceId,
    template: rows[0],
  };
  const runs = await interleave(bench, comparison, (variant) => relayRun(bench, variant), {
    labelWidth: 24,
  });
  return { servers: servers.started, workspaceId: bench.workspaceId, runs, summary: runs };
}

async function relayRun(bench: RelayBench, variant: RelayVariant): Promise<RelayRun> {
  const workers = [];
  for (let i = 0; i < variant.relays; i++) {
    workers.push(await bench.servers.start(variant.worker, { id: `${variant.id}-${i + 1}` }));
  }
  try {
    // The template and anything earlier delivered: the relays are running and the outbox is empty.
    const empty = await untilDelivered(bench.pool, null, { timeoutMs: DRAIN_TIMEOUT_MS });
    if (!empty) throw new Error('the outbox did not empty before the run');
    const client = await bench.pool.connect();
    let startedAt: number;
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO messaging.outbox (event_id, type, event)
         SELECT id, $1, jsonb_set($2::jsonb, '{id}', to_jsonb(id::text))
           FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, $3)) fresh`,
        [bench.template.type, bench.template.event, EVENTS],
      );
      await client.query(`SELECT pg_notify('tenfold_outbox', '')`);
      await client.query('COMMIT');
      startedAt = performance.now();
    } finally {
      client.release();
    }
    const drained = await untilDelivered(bench.pool, bench.workspaceId, {
      timeoutMs: DRAIN_TIMEOUT_MS,
      everyMs: 20,
    });
    const seconds = (performance.now() - startedAt) / 1000;
    if (!drained) throw new Error(`${EVENTS} events not delivered within 120 s`);
    const failed = await failedAttempts(bench.pool, bench.workspaceId);
    return { eventsPerSec: EVENTS / seconds, seconds, failed };
  } finally {
    await Promise.all(workers.map((w) => w.stop(STOP_GRACE_MS)));
  }
}
