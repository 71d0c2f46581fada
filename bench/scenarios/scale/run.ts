import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Pool } from 'pg';

import { pidsByCommand, stackPids, startUsage, type Usage } from '../../lib/cpu';
import { openDb, otherRelays, postgresPid, replicaPostgresPid, replicaUrls } from '../../lib/db';
import { formatCounts } from '../../lib/format';
import { timedClient } from '../../lib/http';
import { startClosedLoop, summariseAnswers, type ClosedLoopOptions } from '../../lib/load';
import { addCounters, countersSince, readCounters, type ReadCounters } from '../../lib/metrics';
import { pendingOutbox } from '../../lib/outbox';
import { externalStub, Servers } from '../../lib/processes';
import { openQueues, queueCatalogue } from '../../lib/queues';
import { interleave, type Variant } from '../../lib/rounds';
import { defineScenario, type RunContext } from '../../lib/scenario';
import type { Settings } from '../../lib/settings';
import { countBy, percentileOfSorted, sortedSamples } from '../../lib/stats';
import { signUpWithProject } from '../../../test/harness/accounts';
import { startCluster, type Cluster } from '../../../test/harness/cluster';
import type { NodeProcess } from '../../../test/harness/node-process';
import { runJourney } from '../../../test/harness/user-journey';
import {
  formatScale,
  summariseScale,
  type CpuFigures,
  type JourneyRun,
  type Quiet,
  type ReadRun,
} from './report';

const PAUSE_BETWEEN_RUNS_MS = 500;
// The closed loop runs this long before the measured window opens (connections, first answers).
const SETTLE_MS = 500;
// The balancers' health checks. No instance is drained here, and each check costs: tenfold's
// readiness probe sends S3 a HeadBucket, which the stack's S3 stand-in (s3rver) answers by listing
// the bucket, 70–150 ms of its CPU with a few thousand files there. At the harness's default
// (a few checks a second) two idle instances keep most of a core busy; at 30 s, nothing measurable.
const HEALTH_INTERVAL_MS = 30_000;
const STOP_GRACE_MS = 10_000; // within run.ts's 15 s per clean-up
const QUIET_TIMEOUT_MS = 30_000;

// The Slack stand-in the journeys connect their workspaces to (bench/servers/external-stub.ts).
const stub = externalStub();

// Every instance: quiet logs (stdout goes nowhere anyway), loopback only, and no rate limit (all the
// load comes from one address, and the limit is not what is measured). Workers deliver events in
// process, as the other scenarios' workers do.
const instanceEnv = {
  env: { LOG_LEVEL: 'warn', HTTP_HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '1000000' },
  workerEnv: { EVENT_TRANSPORT: 'inprocess' },
};

interface ClusterVariant extends Variant {
  web: number;
  workers: number;
}

// Both clusters stay up for the whole run; only the measured one gets load. The workers live in
// the first and serve both (queues and outbox are the stack's, not a cluster's), so the two
// variants differ in the number of web instances alone.
const variants: readonly ClusterVariant[] = [
  { id: 'one', label: '1 web instance', web: 1, workers: 2 },
  { id: 'two', label: '2 web instances', web: 2, workers: 0 },
];

// 1. An authenticated read through the read path: the session from Redis, then the project and its
// tasks from a caught-up replica (ReplicaReads), as a client lists a project's tasks.
// Warm-up per web instance, so that each gets as much as the single one: one instance took ≈ 8 s
// of this load to reach its steady speed (JIT), two took twice as long (each gets half).
export const read = {
  title: 'authenticated read throughput',
  route: 'GET /v1/workspaces/{id}/projects/{id}/tasks',
  tasks: 10,
  clients: 32,
  warmupSeconds: (settings: Settings, variant: { web: number }) =>
    5 * settings.warmupSeconds * variant.web,
};

// 2. The harness's user journey: one user's first session, ≈ 20 requests, waiting for mail, a
// thumbnail and onboarding (worker work) on the way.
export const journeys = {
  title: 'user journey',
  lanes: 4,
  perRun: (settings: Settings) => 5 * settings.seconds,
  warmup: (settings: Settings, variant: { web: number }) =>
    4 * settings.warmupSeconds * variant.web,
  waitMs: 30_000,
};

/** A variant with its cluster running. */
interface Running extends ClusterVariant {
  cluster: Cluster;
}

interface ScaleBench {
  settings: Settings;
  log(line: string): void;
  pool: Pool;
  servers: Servers;
  stub: NodeProcess;
  running: Running[];
  workers: { name: string; pid: number }[];
  postgresPid: number | null;
  replicaPids: number[];
  stack: number[];
  token: string;
  readPath: string;
}

/**
 * Horizontal scaling (issue 8; docs/BENCHMARKS.md, "The scale scenario"): one web instance vs two
 * behind the same round-robin balancer, on one machine. Two clusters of the harness, one web
 * instance and two, each behind its own round-robin balancer in this process, both up for the
 * whole run (the workers in the first serve both); only the measured one gets load.
 * 1. Closed-loop clients on an authenticated read: warm-up, then interleaved rounds (A B | B A …),
 * with the CPU each process group used. 2. User journeys, 4 at a time: warm-up, then interleaved
 * rounds. Then it waits until the workers have nothing left to do, and stops both clusters.
 */
export const scale = defineScenario({
  name: 'scale',
  summary:
    'authenticated read req/s and p99, and user-journey p99, with 1 vs 2 web instances behind ' +
    'the round-robin balancer (CPU per process group)',
  // The clusters' instances are started by the harness's cluster, from dist/; named here for the
  // preflight (dist/, stack, migrations).
  targets: [
    stub,
    {
      id: 'clusters',
      label: 'tenfold web and worker instances (test harness cluster)',
      program: { tenfold: 'web' },
      env: {},
      needs: ['dist', 'stack'],
    },
  ],
  run: runScale,
  format: (settings, machine, summary) =>
    formatScale({ read, journeys }, settings, machine, summary),
});

async function runScale(settings: Settings, context: RunContext) {
  const { log } = context;
  const pool = openDb();
  const servers = new Servers(context);
  const clusters: Cluster[] = [];
  let stopped = false;
  const stopClusters = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(clusters.map((cluster) => cluster.stop(STOP_GRACE_MS)));
  };
  context.onCleanup(async () => {
    await stopClusters();
    await pool.end();
  });

  if ((await otherRelays(pool)).length > 0) {
    log(
      'note: a tenfold worker the bench did not start is connected to this database: it takes ' +
        "some of the journeys' jobs and events (in both variants alike)",
    );
  }
  const found = await findProcesses(pool, log);

  const stubServer = await servers.start(stub, { readyPath: '/health' });
  const running: Running[] = [];
  for (const variant of variants) {
    log(`starting ${variant.web} web and ${variant.workers} worker instance(s) …`);
    const cluster = await startCluster({
      web: variant.web,
      workers: variant.workers,
      ...instanceEnv,
      healthIntervalMs: HEALTH_INTERVAL_MS,
      captureLogs: false,
    });
    clusters.push(cluster);
    for (const instance of cluster.instances) {
      servers.note(`${variant.id}/${instance.name}`, instance.pid);
    }
    running.push({ ...variant, cluster });
  }

  try {
    const api = timedClient(running[0].cluster.url, { timeoutMs: 60_000 });
    let user;
    try {
      user = await signUpWithProject(api, 'scale', read.tasks, { verified: false });
    } finally {
      api.close();
    }
    const readPath = `/v1/workspaces/${user.workspaceId}/projects/${user.projectId}/tasks`;
    for (const variant of running) {
      const client = timedClient(variant.cluster.url);
      await client
        .expect(200, 'GET', readPath, { token: user.token })
        .finally(() => client.close());
    }
    log(`bench workspace ${user.workspaceId}, GET ${readPath} answers 200 on both`);
    const bench: ScaleBench = {
      settings,
      log,
      pool,
      servers,
      stub: stubServer,
      running,
      workers: clusters.flatMap((cluster) => cluster.workers),
      ...found,
      token: user.token,
      readPath,
    };

    const rounds = (warmOne: (variant: Running) => Promise<string>) => ({
      warm: async () => {
        for (const variant of running) {
          log(`warm-up  ${variant.label.padEnd(16)} ${await warmOne(variant)}`);
          await sleep(PAUSE_BETWEEN_RUNS_MS);
        }
      },
      pauseMs: PAUSE_BETWEEN_RUNS_MS,
      labelWidth: 16,
    });
    const readRounds = await interleave(
      bench,
      {
        title: `1. ${read.title}, ${read.clients} closed-loop clients`,
        variants: running,
        describe: describeRead,
      },
      (variant) => readRun(bench, variant),
      rounds(async (variant) => {
        const loop = startClosedLoop(readLoad(bench, variant));
        await sleep(read.warmupSeconds(settings, variant) * 1000);
        await loop.stop();
        return `${read.warmupSeconds(settings, variant)} s`;
      }),
    );

    const journeyRounds = await interleave(
      bench,
      {
        title: `2. ${journeys.title}, ${journeys.lanes} at a time, ${journeys.perRun(settings)} per run`,
        variants: running,
        describe: describeJourneys,
      },
      (variant) => journeyRun(bench, variant),
      rounds(async (variant) => {
        await runJourneys(bench, variant, journeys.warmup(settings, variant));
        return `${journeys.warmup(settings, variant)} journeys`;
      }),
    );

    log('waiting until the workers have nothing left to do …');
    const quiet = await waitUntilQuiet(pool);
    await stopClusters();
    return {
      servers: servers.started,
      readPath,
      read: readRounds,
      journeys: journeyRounds,
      quiet,
      summary: summariseScale({ variants, read: readRounds, journeys: journeyRounds, quiet }),
    };
  } finally {
    await stopClusters();
  }
}

/** Postgres primary and replicas, Redis, S3 and the SMTP sink: their CPU is the bench's work. */
async function findProcesses(pool: Pool, log: (line: string) => void) {
  const pgPid = await postgresPid(pool);
  if (!pgPid) log('note: Postgres is not a local process: no noise figure');
  const replicaPids: number[] = [];
  for (const url of replicaUrls()) {
    const pid = await replicaPostgresPid(url);
    if (pid) replicaPids.push(pid);
  }
  const stack = [
    ...stackPids(),
    ...pidsByCommand((command) => /scripts\/stack\/smtp-sink\.js/.test(command)),
  ];
  return { postgresPid: pgPid, replicaPids, stack };
}

function readLoad(bench: ScaleBench, variant: Running): ClosedLoopOptions {
  return {
    origin: variant.cluster.url,
    paths: [bench.readPath],
    clients: read.clients,
    token: bench.token,
    tally: 'x-upstream',
  };
}

/**
 * Part 1, one run: the closed loop through the variant's balancer; after SETTLE_MS a measured
 * window of BENCH_SECONDS (answers that ended in it count), with the CPU of every process group.
 */
async function readRun(bench: ScaleBench, variant: Running): Promise<ReadRun> {
  const readsBefore = await readsOf(variant.cluster);
  const loop = startClosedLoop(readLoad(bench, variant));
  await sleep(SETTLE_MS);
  const usage = measureCpu(bench, variant);
  const windowStart = performance.now();
  await sleep(bench.settings.seconds * 1000);
  const windowEnd = performance.now();
  const cpu = usage.stop();
  await loop.stop();
  const inWindow = loop.results.filter((r) => r.endedAt >= windowStart && r.endedAt <= windowEnd);
  const seconds = (windowEnd - windowStart) / 1000;
  const answers = summariseAnswers(inWindow, seconds);
  const figures = cpuFigures(cpu, variant, answers.ok);
  return {
    seconds,
    ok: answers.ok,
    failed: answers.failed,
    firstFailure: answers.firstFailure,
    reqPerSec: answers.perSec,
    p50Ms: answers.p50Ms,
    p99Ms: answers.p99Ms,
    maxMs: answers.maxMs,
    byUpstream: answers.tallied,
    reads: countersSince(readsBefore, await readsOf(variant.cluster)),
    cpuPct: figures.cpuPct,
    webCpuMsPerReq: figures.webCpuMsPer,
    allCpuMsPerReq: figures.allCpuMsPer,
    otherCpuPct: figures.otherCpuPct,
    stealPct: figures.stealPct,
  };
}

/**
 * tenfold_db_reads_total of the cluster's web instances, summed; null if none shows it. (An
 * instance shows the metric only once it has routed a read.)
 */
async function readsOf(cluster: Cluster): Promise<ReadCounters | null> {
  return addCounters(await Promise.all(cluster.web.map((i) => readCounters(i.origin))));
}

/** Part 2, one run: `journeys.perRun` journeys, `journeys.lanes` at a time, CPU over the run. */
async function journeyRun(bench: ScaleBench, variant: Running): Promise<JourneyRun> {
  const usage = measureCpu(bench, variant);
  const started = performance.now();
  const results = await runJourneys(bench, variant, journeys.perRun(bench.settings));
  const seconds = (performance.now() - started) / 1000;
  const cpu = usage.stop();
  const done = results.filter((r) => r.error === undefined);
  const failed = results.filter((r) => r.error !== undefined);
  const durations = sortedSamples(done.map((r) => r.durationMs ?? NaN));
  const requests = done.flatMap((r) => r.requests ?? []);
  const latencies = sortedSamples(requests.map((r) => r.ms));
  const figures = cpuFigures(cpu, variant, done.length);
  return {
    seconds,
    journeys: done.length,
    failed: failed.length,
    firstFailure: failed[0]?.error ?? null,
    durationP50Ms: percentileOfSorted(durations, 50),
    durationP99Ms: percentileOfSorted(durations, 99),
    requests: requests.length,
    requestErrors: requests.filter((r) => r.status >= 400).length,
    requestP50Ms: percentileOfSorted(latencies, 50),
    requestP99Ms: percentileOfSorted(latencies, 99),
    byUpstream: countBy(requests, (r) => r.upstream),
    cpuPct: figures.cpuPct,
    webCpuMsPerJourney: figures.webCpuMsPer,
    allCpuMsPerJourney: figures.allCpuMsPer,
    otherCpuPct: figures.otherCpuPct,
    stealPct: figures.stealPct,
    // Kept for percentiles over all rounds pooled (one run's p99 is about its slowest journey).
    durationsMs: Array.from(durations, Math.round),
    latenciesMs: Array.from(latencies, (ms) => Math.round(ms * 100) / 100),
  };
}

interface JourneyOutcome {
  error?: string;
  durationMs?: number;
  requests?: { ms: number; status: number; upstream: string | null }[];
}

/** `count` journeys through the variant's balancer, `lanes` at a time; a failed one says why. */
async function runJourneys(
  bench: ScaleBench,
  variant: Running,
  count: number,
): Promise<JourneyOutcome[]> {
  const results: JourneyOutcome[] = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      try {
        results.push(
          await runJourney({
            baseUrl: variant.cluster.url,
            slackWebhookUrl: `${bench.stub.origin}/services/T0/B0/bench-scale`,
            label: `bench-scale-${variant.id}`,
            waitMs: journeys.waitMs,
          }),
        );
      } catch (error) {
        results.push({ error: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(journeys.lanes, count) }, lane));
  return results;
}

/**
 * CPU of every process group while a variant is measured: its web instances one by one, the other
 * cluster's (idle) web instances, the workers, the Slack stub, Postgres primary and replicas (with
 * their backends), Redis, S3 and the SMTP sink, this process (the balancers and the clients).
 */
function measureCpu(bench: ScaleBench, variant: Running) {
  const pids: Record<string, number> = { stub: bench.stub.pid };
  for (const other of bench.running) {
    for (const instance of other.cluster.web) {
      pids[other === variant ? instance.name : `idle ${other.id}/${instance.name}`] = instance.pid;
    }
  }
  for (const worker of bench.workers) pids[worker.name] = worker.pid;
  return startUsage({
    pids,
    postgresPid: bench.postgresPid,
    stack: bench.stack,
    trees: { replicas: bench.replicaPids },
  });
}

/**
 * Per run: each process group's CPU in % of one core, and CPU ms per request (or per journey) of
 * the measured web instances and of all the bench's processes together.
 */
function cpuFigures(cpu: Usage, variant: Running, done: number) {
  const pct = (ms: number | null | undefined) =>
    ms === null || ms === undefined ? null : ms / cpu.seconds / 10;
  const sum = (test: (name: string) => boolean) =>
    Object.entries(cpu.cpuMs)
      .filter(([name]) => test(name))
      .reduce((total, [, ms]) => total + (ms ?? 0), 0);
  const webNames = variant.cluster.web.map((instance) => instance.name);
  const webMs = webNames.reduce((total, name) => total + (cpu.cpuMs[name] ?? 0), 0);
  const allMs =
    sum(() => true) + cpu.harnessMs + (cpu.postgresMs ?? 0) + cpu.stackMs + cpu.treesMs.replicas;
  const cpuPct: CpuFigures = {
    web: webNames.map((name) => pct(cpu.cpuMs[name])),
    workers: pct(sum((name) => name.startsWith('worker-'))),
    bench: pct(cpu.harnessMs),
    postgres: pct(cpu.postgresMs),
    replicas: pct(cpu.treesMs.replicas),
    stack: pct(cpu.stackMs),
    idle: pct(sum((name) => name.startsWith('idle ') || name === 'stub')),
    all: pct(allMs),
  };
  return {
    cpuPct,
    webCpuMsPer: done ? webMs / done : null,
    allCpuMsPer: done ? allMs / done : null,
    otherCpuPct: cpu.otherCpuPct,
    stealPct: cpu.stealPct,
  };
}

/**
 * Before the workers stop: waits (bounded) until no outbox row is pending and no job of tenfold's
 * queues waits or runs, so that nothing the journeys started is stranded. Resolves what was left.
 */
async function waitUntilQuiet(pool: Pool): Promise<Quiet> {
  const opened = openQueues();
  const queues = Object.keys(queueCatalogue()).map((name) => opened.queue(name));
  const started = Date.now();
  const left = async () => {
    const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active')));
    return {
      outbox: await pendingOutbox(pool, null),
      jobs: counts.reduce((total, c) => total + (c.waiting ?? 0) + (c.active ?? 0), 0),
    };
  };
  try {
    let now = await left();
    while ((now.outbox > 0 || now.jobs > 0) && Date.now() - started < QUIET_TIMEOUT_MS) {
      await sleep(250);
      now = await left();
    }
    return { ...now, seconds: (Date.now() - started) / 1000 };
  } finally {
    await opened.close();
  }
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const cores = (run: ReadRun | JourneyRun) =>
  `web ${run.cpuPct.web.map((p) => `${Math.round(p ?? NaN)}%`).join('+')}  all ${Math.round(run.cpuPct.all ?? NaN)}%`;

function describeRead(run: ReadRun): string {
  return (
    `${run.reqPerSec.toFixed(0).padStart(5)} req/s  p50 ${ms(run.p50Ms)}  p99 ${ms(run.p99Ms)} ms  ` +
    `${cores(run)}  (${formatCounts(run.byUpstream)})` +
    (run.failed ? `  ${run.failed} failed: ${run.firstFailure}` : '')
  );
}

function describeJourneys(run: JourneyRun): string {
  return (
    `${run.journeys} journeys in ${run.seconds.toFixed(1)} s  duration p50 ` +
    `${ms(run.durationP50Ms)} p99 ${ms(run.durationP99Ms)} ms  request p99 ${ms(run.requestP99Ms)} ms  ` +
    `${cores(run)}` +
    (run.failed ? `  ${run.failed} failed: ${run.firstFailure}` : '')
  );
}
