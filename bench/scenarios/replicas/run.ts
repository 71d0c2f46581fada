import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Pool } from 'pg';

import { perRequestUs, startUsage } from '../../lib/cpu';
import {
  openDb,
  otherRelays,
  postgresPid,
  replayLagBytes,
  replicaPostgresPid,
  replicaUrls,
} from '../../lib/db';
import { timedClient, type TimedClient } from '../../lib/http';
import {
  okLatencies,
  startClosedLoop,
  summariseAnswers,
  summariseSends,
  type OpenLoopResult,
} from '../../lib/load';
import { countersSince, readCounters } from '../../lib/metrics';
import { deliverLeftovers } from '../../lib/outbox';
import { Servers, tenfoldWeb, tenfoldWorker, UNLIMITED } from '../../lib/processes';
import { interleave, type Comparison } from '../../lib/rounds';
import { defineScenario, type RunContext } from '../../lib/scenario';
import type { Settings } from '../../lib/settings';
import { completeAtRate, createProject, createTasks, type TaskPlace } from '../../lib/setup';
import { roundedMs } from '../../lib/stats';
import { logIn } from '../../../test/harness/accounts';
import type { NodeProcess } from '../../../test/harness/node-process';
import { readReplicasKnobs, shownKnobs, type ReplicasKnobs } from './knobs';
import { formatReplicas, summariseReplicas, type Condition, type ConditionRun } from './report';
import { findSeed } from './seed';

const PAUSE_BETWEEN_RUNS_MS = 500;
const LAG_SAMPLE_MS = 250;
const ROUTING_HEADER = 'x-read-from';

// Completions, in every condition: their own process, so that report requests never queue in
// front of them in Node; only the database is shared.
const writes = tenfoldWeb({
  id: 'writes',
  label: 'tenfold web (completions)',
  logLevel: 'info',
  env: UNLIMITED,
});
// Reports, default configuration: reads that opt in go to a caught-up replica. The routing header
// (a test aid) lets the harness count per answer where it was read.
const replicaReads = tenfoldWeb({
  id: 'replicaReads',
  label: 'tenfold web (reports, default: replicas)',
  logLevel: 'info',
  env: { ...UNLIMITED, DB_READ_ROUTING_HEADER: 'true' },
});
// Reports, every read on the primary.
const primaryReads = tenfoldWeb({
  id: 'primaryReads',
  label: 'tenfold web (reports, DB_REPLICA_URLS=none)',
  logLevel: 'info',
  env: { ...UNLIMITED, DB_REPLICA_URLS: 'none', DB_READ_ROUTING_HEADER: 'true' },
});
// After the runs: delivers the events of the bench's tasks, so no backlog is left behind.
const drain = tenfoldWorker({ id: 'drain', label: 'a plain worker (dist/src/worker.js)' });

const conditions: readonly Condition[] = [
  { id: 'none', label: 'no report load', reports: null },
  { id: 'replica', label: 'reports via the replica', reports: 'replicaReads' },
  { id: 'primary', label: 'reports on the primary', reports: 'primaryReads' },
];

interface ReplicasBench {
  settings: Settings;
  knobs: ReplicasKnobs;
  log(line: string): void;
  pool: Pool;
  servers: Servers;
  postgresPid: number | null;
  replicaPids: number[];
  writes: NodeProcess;
  reportServers: Record<NonNullable<Condition['reports']>, NodeProcess>;
  workspaceId: string;
  /** The completions: the seeded member's, in the largest workspace's bench project. */
  place: TaskPlace;
  projectId: string;
  readerToken: string;
  reportPaths: string[];
}

/**
 * Read replicas (docs/BENCHMARKS.md, "The replicas scenario"): does moving report reads to a replica
 * keep the primary's write latency down? Needs the large demo data (`npm run seed:large`). Three web
 * processes for the whole run: one takes the task completions in every condition, one serves
 * reports with the default (replica-routed) configuration, one with DB_REPLICA_URLS=none. Rounds of
 * three conditions, interleaved (a b c | c b a …): (a) completions alone, (b) completions while
 * closed-loop clients read reports from the replica-routed process, (c) the same against the
 * primary-only process.
 */
export const replicas = defineScenario({
  name: 'replicas',
  summary:
    'task completion p99 on the primary with no reports, reports on the replica, reports on the ' +
    'primary (large demo data; open loop, BENCH_REPLICAS_RATE completions/s)',
  targets: [writes, replicaReads, primaryReads, drain],
  run: runReplicas,
  format: formatReplicas,
});

async function runReplicas(settings: Settings, context: RunContext) {
  const { log } = context;
  const knobs = readReplicasKnobs();
  const pool = openDb();
  context.onCleanup(() => pool.end());
  const servers = new Servers(context);

  const seed = await findSeed(pool, knobs.reportWorkspaces);
  const workspaceId = seed.workspaces[0].id; // completions go to the largest workspace
  log(
    `report workspaces: ${seed.workspaces
      .map((w) => `${w.id} (${w.facts.toLocaleString('en')} facts)`)
      .join(', ')}`,
  );
  if ((await otherRelays(pool)).length > 0) {
    log(
      "note: a tenfold worker is connected to this database: it delivers the bench's task " +
        'events during the runs (extra load on the primary, in every condition alike)',
    );
  }
  const pgPid = await postgresPid(pool);
  // Every replica the default configuration may read from: their CPU is summed.
  const replicaPids: number[] = [];
  for (const url of replicaUrls()) {
    const pid = await replicaPostgresPid(url);
    if (pid) replicaPids.push(pid);
    else log(`note: no local replica found at ${redact(url)}: its CPU is not counted`);
  }
  if (!pgPid) log('note: the primary is not a local process: no Postgres CPU figures');

  const started: Record<string, NodeProcess> = {};
  for (const target of [writes, replicaReads, primaryReads]) {
    log(`starting ${target.label} …`);
    started[target.id] = await servers.start(target);
  }
  const api = timedClient(started.writes.origin);
  try {
    const readerToken = await logInSeeded(api, seed.ownerEmail, knobs.password);
    const writerToken = await logInSeeded(api, seed.writerEmail, knobs.password);
    log(`reports read as ${seed.ownerEmail}, tasks completed as ${seed.writerEmail}`);
    const reportPaths = seed.workspaces.map((w) => knobs.reportPath.replace('{workspace}', w.id));
    const reportServers = {
      replicaReads: started.replicaReads,
      primaryReads: started.primaryReads,
    };
    for (const server of Object.values(reportServers)) {
      await checkReport(server, reportPaths[0], readerToken, log);
    }
    const place = { api, token: writerToken, workspaceId };
    const name = `bench replicas ${new Date().toISOString()} ${randomUUID().slice(0, 8)}`;
    const projectId = await createProject(place, name);
    const bench: ReplicasBench = {
      settings,
      knobs,
      log,
      pool,
      servers,
      postgresPid: pgPid,
      replicaPids,
      writes: started.writes,
      reportServers,
      workspaceId,
      place,
      projectId,
      readerToken,
      reportPaths,
    };

    const comparison: Comparison<Condition, ConditionRun> = {
      title: 'task completions with no report load, reports via the replica, on the primary',
      variants: conditions,
      describe,
    };
    const rounds = await interleave(bench, comparison, (c, round) => runOne(bench, c, round), {
      pauseMs: PAUSE_BETWEEN_RUNS_MS,
      labelWidth: 40,
    });
    const cleanup = await deliverLeftovers(bench, drain);
    return {
      servers: servers.started,
      knobs: shownKnobs(knobs),
      seed,
      projectId,
      rounds,
      summary: summariseReplicas({ conditions, rounds, seed, knobs, cleanup }),
    };
  } finally {
    api.close();
  }
}

/** One condition's run: tasks, report load (if any), warm-up, the measured window, clean stop. */
async function runOne(
  bench: ReplicasBench,
  condition: Condition,
  round: number,
): Promise<ConditionRun> {
  const { rate } = bench.knobs;
  const { seconds, warmupSeconds } = bench.settings;
  const warmCount = rate * warmupSeconds;
  const taskIds = await createTasks(
    bench.place,
    bench.projectId,
    warmCount + rate * seconds,
    (i) => `bench r${round} ${condition.id} ${i}`,
  );
  const reportServer = condition.reports ? bench.reportServers[condition.reports] : null;
  const reports = reportServer
    ? startClosedLoop({
        origin: reportServer.origin,
        paths: bench.reportPaths,
        clients: bench.knobs.reportClients,
        token: bench.readerToken,
        tally: ROUTING_HEADER,
      })
    : null;
  try {
    // The warm-up puts the report load in its stride (and the completion path in its own) before
    // anything is recorded.
    if (warmCount > 0) await completeAtRate(bench.place, taskIds.slice(0, warmCount), rate);
    const countersBefore = reportServer ? await readCounters(reportServer.origin) : null;
    const lag = sampleLag(bench.pool);
    const usage = measureCpu(bench, reportServer);
    const windowStart = performance.now();
    const load = await completeAtRate(bench.place, taskIds.slice(warmCount), rate);
    const windowEnd = performance.now();
    const cpu = usage.stop();
    const replicaLagMaxBytes = await lag.stop();
    const countersAfter = reportServer ? await readCounters(reportServer.origin) : null;
    const all = reports ? await reports.stop() : [];
    const inWindow = all.filter((r) => r.endedAt >= windowStart && r.endedAt <= windowEnd);
    const completions = summariseHttp(load);
    return {
      ...completions,
      harnessLateMs: load.lateMs,
      ...cpu,
      webCpuUsPerReq: perRequestUs(cpu.webCpuMs, completions.ok),
      reports: reports ? summariseAnswers(inWindow, (windowEnd - windowStart) / 1000) : null,
      reads: reportServer ? countersSince(countersBefore, countersAfter) : null,
      replicaLagMaxBytes,
    };
  } finally {
    await reports?.stop();
  }
}

/** A seeded user's session; a refusal most likely means another seed password. */
async function logInSeeded(api: TimedClient, email: string, password: string): Promise<string> {
  try {
    return await logIn(api, email, password);
  } catch (error) {
    throw new Error(
      `logging in as ${email} failed (${(error as Error).message}): seeded with another ` +
        'password? (LARGE_SEED_PASSWORD, as for npm run seed:large)',
      { cause: error },
    );
  }
}

/** Before measuring: the report path must answer 200 on a report process (not timed). */
async function checkReport(
  server: NodeProcess,
  path: string,
  token: string,
  log: (line: string) => void,
): Promise<void> {
  const client = timedClient(server.origin, { timeoutMs: 60_000 });
  try {
    const { status, ms, text } = await client.request('GET', path, { token });
    if (status !== 200) {
      throw new Error(
        `GET ${path} answered ${status} on ${server.name}` +
          (status === 404 ? ' (is the reports endpoint in this build?)' : '') +
          `: ${text.slice(0, 300)}`,
      );
    }
    log(`${server.name}: GET ${path} answers 200 (${ms.toFixed(0)} ms)`);
  } finally {
    client.close();
  }
}

/** The most WAL any replica had not replayed, sampled during the measured window. */
function sampleLag(pool: Pool): { stop(): Promise<number | null> } {
  let max: number | null = null;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const behind = await replayLagBytes(pool);
        if (behind !== null) max = Math.max(max ?? 0, behind);
      } catch {
        // a failed sample is no figure
      }
      await sleep(LAG_SAMPLE_MS);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return max;
    },
  };
}

/**
 * CPU over the measured window: the completions' web process, the report process (if any), the
 * primary's and the replica's Postgres (postmaster and backends), this harness, the machine; what
 * the machine did beyond those is other processes: noise.
 */
function measureCpu(bench: ReplicasBench, reportServer: NodeProcess | null) {
  const usage = startUsage({
    pids: { web: bench.writes.pid, reportWeb: reportServer?.pid ?? null },
    postgresPid: bench.postgresPid,
    trees: { replica: bench.replicaPids },
  });
  return {
    stop() {
      const used = usage.stop();
      const pct = (ms: number | null) => (ms === null ? null : ms / used.seconds / 10);
      const replicaCpuMs = bench.replicaPids.length ? used.treesMs.replica : null;
      return {
        webCpuMs: used.cpuMs.web,
        reportWebCpuMs: used.cpuMs.reportWeb,
        postgresCpuMs: used.postgresMs,
        replicaCpuMs,
        harnessCpuMs: used.harnessMs,
        postgresCpuPct: pct(used.postgresMs),
        replicaCpuPct: pct(replicaCpuMs),
        reportWebCpuPct: pct(used.cpuMs.reportWeb),
        otherCpuPct: used.otherCpuPct,
        stealPct: used.stealPct,
      };
    },
  };
}

function summariseHttp(load: OpenLoopResult) {
  // The latencies are kept for a pooled percentile over all rounds of a condition (a 3 s run at
  // 40/s has only 120 answers: its own p99 is its second-slowest).
  return { ...summariseSends(load), latenciesMs: roundedMs(okLatencies(load)) };
}

function describe(run: ConditionRun): string {
  const r = run.reports;
  const reads = run.reads?.byDestination;
  return (
    `completions p50 ${run.p50Ms.toFixed(1)} p99 ${run.p99Ms.toFixed(1)} ms` +
    (run.failed ? ` (${run.failed} failed: ${run.firstFailure})` : '') +
    (r
      ? `  reports ${r.perSec.toFixed(1)}/s p50 ${r.p50Ms.toFixed(0)} p99 ${r.p99Ms.toFixed(0)} ms` +
        (r.failed ? ` (${r.failed} failed: ${r.firstFailure})` : '')
      : '') +
    (reads ? `  reads ${JSON.stringify(reads)}` : '') +
    (run.postgresCpuPct !== null ? `  pg ${Math.round(run.postgresCpuPct)}%` : '') +
    (run.replicaCpuPct !== null ? ` replica ${Math.round(run.replicaCpuPct)}%` : '')
  );
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
