'use strict';

const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { setTimeout: sleep } = require('node:timers/promises');

const { Queue } = require('bullmq');
const IORedis = require('ioredis');

const { startClosedLoop, summariseAnswers } = require('./closed-loop');
const db = require('./events-db');
const { createClient } = require('./http-json');
const { interleave } = require('./interleave');
const { pidsByCommand, stackPids, startUsage } = require('./jobs-usage');
const { countersSince, readCounters } = require('./read-metrics');
const { replicaPostgresPid, replicaUrls } = require('./replicas-db');
const { signUpWithProject } = require('./sign-up');
const { startTarget } = require('./start-target');
const { percentileOfSorted } = require('./stats');
const { formatCounts } = require('./table');
const { ROOT } = require('./targets');

const { startCluster } = require(path.join(ROOT, 'test', 'support', 'cluster', 'cluster.js'));
const { runJourney } = require(path.join(ROOT, 'test', 'support', 'cluster', 'user-journey.js'));

const PAUSE_BETWEEN_RUNS_MS = 500;
// The closed loop runs this long before the measured window opens (connections, first answers).
const SETTLE_MS = 500;
// The balancers' health checks. No instance is drained here, and each check costs: tenfold's
// readiness probe sends S3 a HeadBucket, which the stack's S3 stand-in (s3rver) answers by listing
// the bucket, 70–150 ms of its CPU with a few thousand files there. At the harness's default
// (a few checks a second) two idle instances keep most of a core busy; at 30 s, nothing measurable.
const HEALTH_INTERVAL_MS = 30_000;
const STOP_GRACE_MS = 10_000; // within run.js's 15 s per clean-up
const QUIET_TIMEOUT_MS = 30_000;
const REDIS_PREFIX = `${process.env.REDIS_KEY_PREFIX || 'tenfold'}:bull`;

/**
 * The `scale` scenario's method (docs/BENCHMARKS.md): two clusters from test/support/cluster, one
 * web instance and two, each behind its own round-robin balancer in this process, both up for the
 * whole run (the workers in the first serve both). Only the measured one gets load.
 * 1. Closed-loop clients on an authenticated read: warm-up, then interleaved rounds (A B | B A …).
 * 2. User journeys, a few at a time: warm-up, then interleaved rounds.
 * Then it waits until the workers have nothing left to do, and stops both clusters.
 */
async function runScale(scenario, settings, { log, onServer, onCleanup }) {
  const pool = db.openDb();
  const bench = { scenario, settings, log, pool, servers: [], clusters: [] };
  bench.onServer = (server, id) => {
    bench.servers.push({ id, pid: server.pid });
    onServer(server);
  };
  let stopped = false;
  const stopClusters = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.all(bench.clusters.map((cluster) => cluster.stop(STOP_GRACE_MS)));
  };
  onCleanup(async () => {
    await stopClusters();
    await pool.end();
  });

  const relays = await db.otherRelays(pool);
  if (relays.length > 0) {
    log(
      'note: a tenfold worker the bench did not start is connected to this database: it takes ' +
        "some of the journeys' jobs and events (in both variants alike)",
    );
  }
  await findProcesses(bench);

  bench.stub = await startTarget(bench, scenario.stub, '/health');
  bench.variants = [];
  for (const variant of scenario.variants) {
    log(`starting ${variant.web} web and ${variant.workers} worker instance(s) …`);
    const cluster = await startCluster({
      web: variant.web,
      workers: variant.workers,
      ...scenario.instanceEnv,
      healthIntervalMs: HEALTH_INTERVAL_MS,
      captureLogs: false,
    });
    bench.clusters.push(cluster);
    for (const instance of cluster.instances) {
      bench.onServer({ pid: instance.pid }, `${variant.id}/${instance.name}`);
    }
    bench.variants.push({ ...variant, cluster });
  }
  bench.workers = bench.clusters.flatMap((cluster) => cluster.workers);

  try {
    const api = createClient(bench.variants[0].cluster.url, { timeoutMs: 60_000 });
    try {
      const user = await signUpWithProject(api, 'scale', scenario.read.tasks);
      bench.token = user.token;
      bench.readPath = `/v1/workspaces/${user.workspaceId}/projects/${user.projectId}/tasks`;
      for (const variant of bench.variants) {
        const client = createClient(variant.cluster.url);
        await client
          .expect(200, 'GET', bench.readPath, { token: bench.token })
          .finally(() => client.close());
      }
      log(`bench workspace ${user.workspaceId}, GET ${bench.readPath} answers 200 on both`);
    } finally {
      api.close();
    }

    const rounds = (warmOne) => ({
      warm: async () => {
        for (const variant of bench.variants) {
          log(`warm-up  ${variant.label.padEnd(16)} ${await warmOne(variant)}`);
          await sleep(PAUSE_BETWEEN_RUNS_MS);
        }
      },
      pauseMs: PAUSE_BETWEEN_RUNS_MS,
      labelWidth: 16,
    });
    const { clients, warmupSeconds } = scenario.read;
    const read = await interleave(
      bench,
      {
        title: `1. ${scenario.read.title}, ${clients} closed-loop clients`,
        variants: bench.variants,
        describe: describeRead,
      },
      readRun,
      rounds(async (variant) => {
        const loop = startClosedLoop(readLoad(bench, variant));
        await sleep(warmupSeconds(settings, variant) * 1000);
        await loop.stop();
        return `${warmupSeconds(settings, variant)} s`;
      }),
    );

    const { lanes, perRun, warmup } = scenario.journeys;
    const journeys = await interleave(
      bench,
      {
        title: `2. ${scenario.journeys.title}, ${lanes} at a time, ${perRun(settings)} per run`,
        variants: bench.variants,
        describe: describeJourneys,
      },
      journeyRun,
      rounds(async (variant) => {
        await runJourneys(bench, variant, warmup(settings, variant));
        return `${warmup(settings, variant)} journeys`;
      }),
    );

    log('waiting until the workers have nothing left to do …');
    const quiet = await waitUntilQuiet(bench);
    await stopClusters();
    return {
      servers: bench.servers,
      readPath: bench.readPath,
      read,
      journeys,
      quiet,
      summary: scenario.summarise({ read, journeys, quiet }),
    };
  } finally {
    await stopClusters();
  }
}

/** Postgres primary and replicas, Redis, S3 and the SMTP sink: their CPU is the bench's work. */
async function findProcesses(bench) {
  bench.postgresPid = await db.postgresPid(bench.pool);
  if (!bench.postgresPid) bench.log('note: Postgres is not a local process: no noise figure');
  bench.replicaPids = [];
  for (const url of replicaUrls()) {
    const pid = await replicaPostgresPid(url);
    if (pid) bench.replicaPids.push(pid);
  }
  bench.stack = [
    ...stackPids(),
    ...pidsByCommand((command) => /scripts\/stack\/smtp-sink\.js/.test(command)),
  ];
}

function readLoad(bench, variant) {
  return {
    origin: variant.cluster.url,
    paths: [bench.readPath],
    clients: bench.scenario.read.clients,
    token: bench.token,
    tally: 'x-upstream',
  };
}

/**
 * Part 1, one run: the closed loop through the variant's balancer; after SETTLE_MS a measured
 * window of BENCH_SECONDS (answers that ended in it count), with the CPU of every process group.
 */
async function readRun(bench, variant) {
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
    ...cpuFigures(cpu, variant, answers.ok, 'Req'),
  };
}

/**
 * tenfold_db_reads_total of the cluster's web instances, summed; null if none shows it. (An
 * instance shows the metric only once it has routed a read.)
 */
async function readsOf(cluster) {
  const all = await Promise.all(cluster.web.map((instance) => readCounters(instance.origin)));
  if (all.every((counters) => counters === null)) return null;
  const total = { byDestination: {}, byReason: {} };
  for (const counters of all.filter(Boolean)) {
    for (const part of ['byDestination', 'byReason']) {
      for (const [key, n] of Object.entries(counters[part])) {
        total[part][key] = (total[part][key] ?? 0) + n;
      }
    }
  }
  return total;
}

/** Part 2, one run: `journeys.perRun` journeys, `journeys.lanes` at a time, CPU over the run. */
async function journeyRun(bench, variant) {
  const usage = measureCpu(bench, variant);
  const started = performance.now();
  const results = await runJourneys(bench, variant, bench.scenario.journeys.perRun(bench.settings));
  const seconds = (performance.now() - started) / 1000;
  const cpu = usage.stop();
  const done = results.filter((r) => !r.error);
  const failed = results.filter((r) => r.error);
  const durations = Float64Array.from(done.map((r) => r.durationMs)).sort();
  const requests = done.flatMap((r) => r.requests);
  const latencies = Float64Array.from(requests.map((r) => r.ms)).sort();
  const notOk = requests.filter((r) => r.status >= 400).length;
  return {
    seconds,
    journeys: done.length,
    failed: failed.length,
    firstFailure: failed[0]?.error ?? null,
    durationP50Ms: percentileOfSorted(durations, 50),
    durationP99Ms: percentileOfSorted(durations, 99),
    requests: requests.length,
    requestErrors: notOk,
    requestP50Ms: percentileOfSorted(latencies, 50),
    requestP99Ms: percentileOfSorted(latencies, 99),
    byUpstream: countBy(requests, (r) => r.upstream),
    ...cpuFigures(cpu, variant, done.length, 'Journey'),
    // Kept for percentiles over all rounds pooled (one run's p99 is about its slowest journey).
    durationsMs: Array.from(durations, Math.round),
    latenciesMs: Array.from(latencies, (ms) => Math.round(ms * 100) / 100),
  };
}

/** `count` journeys through the variant's balancer, `lanes` at a time; a failed one says why. */
async function runJourneys(bench, variant, count) {
  const { lanes, waitMs } = bench.scenario.journeys;
  const results = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      try {
        results.push(
          await runJourney({
            baseUrl: variant.cluster.url,
            slackWebhookUrl: `${bench.stub.origin}/services/T0/B0/bench-scale`,
            label: `bench-scale-${variant.id}`,
            waitMs,
          }),
        );
      } catch (error) {
        results.push({ error: error.message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, count) }, lane));
  return results;
}

/**
 * CPU of every process group while a variant is measured: its web instances one by one, the other
 * cluster's (idle) web instances, the workers, the Slack stub, Postgres primary and replicas (with
 * their backends), Redis, S3 and the SMTP sink, this process (the balancers and the clients).
 */
function measureCpu(bench, variant) {
  const pids = { stub: bench.stub.pid };
  for (const other of bench.variants) {
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
function cpuFigures(cpu, variant, done, per) {
  const pct = (ms) => (ms === null || ms === undefined ? null : ms / cpu.seconds / 10);
  const sum = (test) =>
    Object.entries(cpu.cpuMs)
      .filter(([name]) => test(name))
      .reduce((total, [, ms]) => total + (ms ?? 0), 0);
  const webNames = variant.cluster.web.map((instance) => instance.name);
  const webMs = webNames.reduce((total, name) => total + (cpu.cpuMs[name] ?? 0), 0);
  const allMs =
    sum(() => true) + cpu.harnessMs + (cpu.postgresMs ?? 0) + cpu.stackMs + cpu.treesMs.replicas;
  return {
    cpuPct: {
      web: webNames.map((name) => pct(cpu.cpuMs[name])),
      workers: pct(sum((name) => name.startsWith('worker-'))),
      bench: pct(cpu.harnessMs),
      postgres: pct(cpu.postgresMs),
      replicas: pct(cpu.treesMs.replicas),
      stack: pct(cpu.stackMs),
      idle: pct(sum((name) => name.startsWith('idle ') || name === 'stub')),
      all: pct(allMs),
    },
    [`webCpuMsPer${per}`]: done ? webMs / done : null,
    [`allCpuMsPer${per}`]: done ? allMs / done : null,
    otherCpuPct: cpu.otherCpuPct,
    stealPct: cpu.stealPct,
  };
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) {
    const k = key(item) ?? 'none';
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/**
 * Before the workers stop: waits (bounded) until no outbox row is pending and no job of tenfold's
 * queues waits or runs, so that nothing the journeys started is stranded. Resolves what was left.
 */
async function waitUntilQuiet(bench) {
  const { QUEUE_CATALOGUE } = require(
    path.join(ROOT, 'dist', 'src', 'infrastructure', 'queue', 'queue-catalogue'),
  );
  const redis = new IORedis(process.env.REDIS_URL || 'redis://127.0.0.1:56379', {
    maxRetriesPerRequest: null,
  });
  const queues = Object.keys(QUEUE_CATALOGUE).map(
    (name) => new Queue(name, { connection: redis, prefix: REDIS_PREFIX }),
  );
  const started = Date.now();
  const left = async () => {
    const counts = await Promise.all(queues.map((q) => q.getJobCounts('waiting', 'active')));
    return {
      outbox: await db.pendingOutbox(bench.pool, null),
      jobs: counts.reduce((total, c) => total + c.waiting + c.active, 0),
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
    await Promise.all(queues.map((q) => q.close()));
    redis.disconnect();
  }
}

const ms = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const cores = (run) =>
  `web ${run.cpuPct.web.map((p) => `${Math.round(p)}%`).join('+')}  all ${Math.round(run.cpuPct.all)}%`;

function describeRead(run) {
  return (
    `${run.reqPerSec.toFixed(0).padStart(5)} req/s  p50 ${ms(run.p50Ms)}  p99 ${ms(run.p99Ms)} ms  ` +
    `${cores(run)}  (${formatCounts(run.byUpstream)})` +
    (run.failed ? `  ${run.failed} failed: ${run.firstFailure}` : '')
  );
}

function describeJourneys(run) {
  return (
    `${run.journeys} journeys in ${run.seconds.toFixed(1)} s  duration p50 ` +
    `${ms(run.durationP50Ms)} p99 ${ms(run.durationP99Ms)} ms  request p99 ${ms(run.requestP99Ms)} ms  ` +
    `${cores(run)}` +
    (run.failed ? `  ${run.failed} failed: ${run.firstFailure}` : '')
  );
}

module.exports = { runScale };
