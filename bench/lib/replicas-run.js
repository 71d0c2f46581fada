'use strict';

const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { setTimeout: sleep } = require('node:timers/promises');

const { startClosedLoop, summariseAnswers } = require('./closed-loop');
const { otherRelays } = require('./events-db');
const { deliverLeftovers } = require('./events-run');
const { createClient } = require('./http-json');
const { runOpenLoop } = require('./open-loop');
const { cpuMs, machineCpuMs, treeCpuMs } = require('./process-cpu');
const { countersSince, readCounters } = require('./read-metrics');
const db = require('./replicas-db');
const { readReplicasSettings } = require('./replicas-settings');
const { startServer } = require('./server');
const { percentileOfSorted } = require('./stats');
const { ROOT } = require('./targets');

const CREATE_CONCURRENCY = 4; // setup only (not timed)
const PAUSE_BETWEEN_RUNS_MS = 500;
const LAG_SAMPLE_MS = 250;
const ROUTING_HEADER = 'x-read-from';

/**
 * The `replicas` scenario's method (docs/BENCHMARKS.md). Three web processes for the whole run:
 * one takes the task completions in every condition, one serves reports with the default
 * (replica-routed) configuration, one with DB_REPLICA_URLS=none. Rounds of three conditions,
 * interleaved (a b c | c b a …): (a) completions alone, (b) completions while closed-loop clients
 * read reports from the replica-routed process, (c) the same against the primary-only process.
 */
async function runReplicas(scenario, settings, { log, onServer, onCleanup }) {
  const knobs = readReplicasSettings();
  const pool = db.openDb();
  onCleanup(() => pool.end());
  const bench = { settings, knobs, log, pool, onServer, servers: [] };

  const seed = await db.findSeed(pool, knobs.reportWorkspaces);
  bench.seed = seed;
  bench.workspaceId = seed.workspaces[0].id; // completions go to the largest workspace
  log(
    `report workspaces: ${seed.workspaces
      .map((w) => `${w.id} (${w.facts.toLocaleString('en')} facts)`)
      .join(', ')}`,
  );
  const relays = await otherRelays(pool);
  if (relays.length > 0) {
    log(
      "note: a tenfold worker is connected to this database: it delivers the bench's task " +
        'events during the runs (extra load on the primary, in every condition alike)',
    );
  }
  bench.postgresPid = await db.postgresPid(pool);
  // Every replica the default configuration may read from: their CPU is summed.
  bench.replicaPids = [];
  for (const url of db.replicaUrls()) {
    const pid = await db.replicaPostgresPid(url);
    if (pid) bench.replicaPids.push(pid);
    else log(`note: no local replica found at ${redact(url)}: its CPU is not counted`);
  }
  if (!bench.postgresPid) log('note: the primary is not a local process: no Postgres CPU figures');

  const { writes, replicaReads, primaryReads } = scenario.processes;
  for (const target of [writes, replicaReads, primaryReads]) {
    log(`starting ${target.label} …`);
    bench[target.id] = await start(bench, target, onServer);
  }
  bench.api = createClient(bench.writes.origin);
  try {
    bench.readerToken = await logIn(bench, seed.ownerEmail);
    bench.writerToken = await logIn(bench, seed.writerEmail);
    log(`reports read as ${seed.ownerEmail}, tasks completed as ${seed.writerEmail}`);
    bench.reportPaths = seed.workspaces.map((w) => knobs.reportPath.replace('{workspace}', w.id));
    for (const id of ['replicaReads', 'primaryReads']) await checkReport(bench, bench[id]);
    const project = await bench.api.expect(
      201,
      'POST',
      `/v1/workspaces/${bench.workspaceId}/projects`,
      {
        token: bench.writerToken,
        body: { name: `bench replicas ${new Date().toISOString()} ${randomUUID().slice(0, 8)}` },
      },
    );
    bench.projectId = project.id;

    const rounds = [];
    for (let round = 1; round <= settings.rounds; round++) {
      const order = round % 2 ? scenario.conditions : [...scenario.conditions].reverse();
      const runs = [];
      for (const condition of order) {
        const run = { variant: condition.id, ...(await runOne(bench, condition, round)) };
        runs.push(run);
        log(`round ${round}/${settings.rounds}  ${condition.label.padEnd(40)} ${describe(run)}`);
        await sleep(PAUSE_BETWEEN_RUNS_MS);
      }
      rounds.push({ round, order: order.map((c) => c.id), runs });
    }
    const cleanup = await deliverLeftovers(bench, scenario.processes.drain);
    return {
      servers: bench.servers,
      knobs: { ...knobs, password: undefined },
      seed,
      projectId: bench.projectId,
      rounds,
      summary: scenario.summarise({ rounds, seed, knobs, cleanup }),
    };
  } finally {
    bench.api.close();
  }
}

/** One condition's run: tasks, report load (if any), warm-up, the measured window, clean stop. */
async function runOne(bench, condition, round) {
  const { rate } = bench.knobs;
  const { seconds, warmupSeconds } = bench.settings;
  const warmCount = rate * warmupSeconds;
  const taskIds = await createTasks(bench, warmCount + rate * seconds, `r${round} ${condition.id}`);
  const reportServer = condition.reports ? bench[condition.reports] : null;
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
    if (warmCount > 0) await drive(bench, taskIds.slice(0, warmCount));
    const countersBefore = reportServer ? await readCounters(reportServer.origin) : null;
    const lag = sampleLag(bench);
    const usage = startUsage(bench, reportServer);
    const windowStart = performance.now();
    const load = await drive(bench, taskIds.slice(warmCount));
    const windowEnd = performance.now();
    const cpu = usage.stop();
    const replicaLagMaxBytes = await lag.stop();
    const countersAfter = reportServer ? await readCounters(reportServer.origin) : null;
    const all = reports ? await reports.stop() : [];
    const inWindow = all.filter((r) => r.endedAt >= windowStart && r.endedAt <= windowEnd);
    const completions = summariseHttp(load.results, load.seconds);
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

async function start(bench, target, onServer) {
  const server = await startServer({
    label: target.label,
    script: target.script,
    env: target.env,
    cwd: ROOT,
    readyPath: '/health/ready',
    timeoutMs: 60_000,
  });
  bench.servers.push({ id: target.id, pid: server.pid });
  onServer(server);
  return server;
}

async function logIn(bench, email) {
  const answer = await bench.api.request('POST', '/v1/auth/login', {
    body: { email, password: bench.knobs.password },
  });
  if (answer.status !== 200) {
    throw new Error(
      `logging in as ${email} answered ${answer.status}: seeded with another password? ` +
        '(LARGE_SEED_PASSWORD, as for npm run seed:large)',
    );
  }
  return answer.body.session.token;
}

/** Before measuring: the report path must answer 200 on both report processes (not timed). */
async function checkReport(bench, server) {
  const path = bench.reportPaths[0];
  const client = createClient(server.origin, { timeoutMs: 60_000 });
  try {
    const { status, ms, body } = await client.request('GET', path, { token: bench.readerToken });
    if (status !== 200) {
      const detail = typeof body === 'string' ? body : JSON.stringify(body);
      throw new Error(
        `GET ${path} answered ${status} on ${server.label}` +
          (status === 404 ? ' (is the reports endpoint in this build?)' : '') +
          `: ${String(detail).slice(0, 300)}`,
      );
    }
    bench.log(`${server.label}: GET ${path} answers 200 (${ms.toFixed(0)} ms)`);
  } finally {
    client.close();
  }
}

async function createTasks(bench, count, name) {
  const ids = new Array(count);
  let next = 0;
  const path = `/v1/workspaces/${bench.workspaceId}/projects/${bench.projectId}/tasks`;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      const body = { title: `bench ${name} ${i}` };
      ids[i] = (await bench.api.expect(201, 'POST', path, { token: bench.writerToken, body })).id;
    }
  };
  await Promise.all(Array.from({ length: CREATE_CONCURRENCY }, lane));
  return ids;
}

/** Completes the tasks at the steady rate, open loop (as the events scenario does). */
function drive(bench, taskIds) {
  return runOpenLoop({
    rate: bench.knobs.rate,
    count: taskIds.length,
    send: async (i) => {
      const path = `/v1/workspaces/${bench.workspaceId}/tasks/${taskIds[i]}/complete`;
      const answer = await bench.api.request('POST', path, { token: bench.writerToken });
      return { ok: answer.status === 200, status: answer.status, ms: answer.ms };
    },
  });
}

/** The most WAL any replica had not replayed, sampled during the measured window. */
function sampleLag(bench) {
  let max = null;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const behind = await db.replayLagBytes(bench.pool);
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
function startUsage(bench, reportServer) {
  const sample = () => ({
    web: cpuMs(bench.writes.pid),
    reportWeb: reportServer ? cpuMs(reportServer.pid) : null,
    postgres: bench.postgresPid ? treeCpuMs(bench.postgresPid) : null,
    replica: bench.replicaPids.length
      ? bench.replicaPids.reduce((total, pid) => total + (treeCpuMs(pid) ?? 0), 0)
      : null,
    harness: process.cpuUsage(),
    machine: machineCpuMs(),
    at: performance.now(),
  });
  const before = sample();
  return {
    stop() {
      const after = sample();
      const used = (key) =>
        before[key] === null || after[key] === null ? null : after[key] - before[key];
      const harness = process.cpuUsage(before.harness);
      const harnessCpuMs = (harness.user + harness.system) / 1000;
      const pct = (ms) => (ms === null ? null : ms / ((after.at - before.at) / 1000) / 10);
      const usage = {
        webCpuMs: used('web'),
        reportWebCpuMs: used('reportWeb'),
        postgresCpuMs: used('postgres'),
        replicaCpuMs: used('replica'),
        harnessCpuMs,
      };
      usage.postgresCpuPct = pct(usage.postgresCpuMs);
      usage.replicaCpuPct = pct(usage.replicaCpuMs);
      usage.reportWebCpuPct = pct(usage.reportWebCpuMs);
      usage.otherCpuPct = null;
      usage.stealPct = null;
      if (before.machine && after.machine) {
        const ours = [
          usage.webCpuMs,
          usage.reportWebCpuMs,
          usage.postgresCpuMs,
          usage.replicaCpuMs,
          harnessCpuMs,
        ].reduce((total, ms) => total + (ms ?? 0), 0);
        // % of one core; only meaningful when Postgres was measured (it is most of the work)
        usage.otherCpuPct =
          usage.postgresCpuMs === null
            ? null
            : Math.max(0, pct(after.machine.busy - before.machine.busy - ours));
        usage.stealPct = pct(after.machine.steal - before.machine.steal);
      }
      return usage;
    },
  };
}

function perRequestUs(cpuUsedMs, requests) {
  return cpuUsedMs === null || requests === 0 ? null : (cpuUsedMs * 1000) / requests;
}

function summariseHttp(results, seconds) {
  const ok = results.filter((r) => r.ok);
  const sorted = Float64Array.from(ok.map((r) => r.ms)).sort();
  const failed = results.filter((r) => !r.ok);
  return {
    sent: results.length,
    ok: ok.length,
    failed: failed.length,
    firstFailure: failed[0] ? (failed[0].error ?? `status ${failed[0].status}`) : null,
    seconds,
    reqPerSec: ok.length / seconds,
    p50Ms: percentileOfSorted(sorted, 50),
    p90Ms: percentileOfSorted(sorted, 90),
    p99Ms: percentileOfSorted(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1] : NaN,
    // Kept for a pooled percentile over all rounds of a condition (a 3 s run at 40/s has only
    // 120 answers: its own p99 is its second-slowest).
    latenciesMs: Array.from(sorted, (ms) => Math.round(ms * 1000) / 1000),
  };
}

function describe(run) {
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

const redact = (url) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

module.exports = { runReplicas };
