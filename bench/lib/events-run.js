'use strict';

const db = require('./events-db');
const { createClient } = require('./http-json');
const { interleave } = require('./interleave');
const { runOpenLoop } = require('./open-loop');
const { cpuMs, machineCpuMs, treeCpuMs } = require('./process-cpu');
const { startTarget } = require('./start-target');
const { signUpBenchUser } = require('./sign-up');
const { percentileOfSorted } = require('./stats');

const CREATE_CONCURRENCY = 4; // setup only (not timed): fast, without flooding the web process
const DRAIN_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 15_000; // the worker's own grace is SHUTDOWN_GRACE_MS (10 s) + 3 s
const FACTS_POLL_MS = 100;

/**
 * The `events` scenario's method (docs/BENCHMARKS.md). One web process for the whole run, a fresh
 * workspace, then two comparisons of interleaved rounds (A B | B A …), workers started per round:
 * 1. wake-up: commit → consumer latency with a LISTEN/NOTIFY worker vs a polling-only worker;
 * 2. producer: completion request latency with no worker vs a worker with 3 extra consumers.
 * Finally a plain worker delivers what the bench left in the outbox.
 */
async function runEvents(scenario, settings, { log, onServer, onCleanup }) {
  const pool = db.openDb();
  const bench = { settings, log, pool, servers: [], workspaceId: null };
  bench.onServer = (server, id) => {
    bench.servers.push({ id, pid: server.pid });
    onServer(server);
  };
  onCleanup(async () => {
    const deleted = await db.tidyUp(pool, bench.workspaceId);
    if (deleted > 0) {
      log(
        `deleted ${deleted} undelivered outbox row(s) of the bench workspace ${bench.workspaceId}`,
      );
    }
    await pool.end();
  });

  const others = await db.otherRelays(pool);
  if (others.length > 0) {
    const seen = others.map((o) => `${o.application_name} (${o.connections})`).join(', ');
    throw new Error(
      `another tenfold worker is connected to this database (${seen}); it would relay the ` +
        "bench's events and spoil both comparisons: stop it first",
    );
  }
  const elsewhere = await db.pendingOutbox(pool, null);
  if (elsewhere > 0) {
    log(
      `note: ${elsewhere} undelivered outbox row(s) already in the database: the first worker ` +
        'round delivers them too (run a worker once beforehand for a clean first round)',
    );
  }

  bench.postgresPid = await db.postgresPid(pool);
  if (!bench.postgresPid) log('note: Postgres is not a local process: no noise figure');
  const { web: webTarget } = scenario.processes;
  log(`starting ${webTarget.label} …`);
  bench.web = await startTarget(bench, webTarget);
  bench.api = createClient(bench.web.origin);
  try {
    await signUp(bench);
    log(`bench workspace ${bench.workspaceId}`);
    const wakeUp = await interleave(bench, scenario.wakeUp, wakeUpRun, { labelWidth: 34 });
    const producer = await interleave(bench, scenario.producer, producerRun, { labelWidth: 34 });
    const cleanup = await deliverLeftovers(bench, scenario.processes.drain);
    return {
      servers: bench.servers,
      workspaceId: bench.workspaceId,
      wakeUp,
      producer,
      cleanup,
      summary: scenario.summarise({ wakeUp, producer, cleanup }),
    };
  } finally {
    bench.api.close();
  }
}

/** Comparison 1, one run: a worker of the variant relays; latencies come from analytics' facts. */
async function wakeUpRun(bench, variant, round) {
  const worker = await startTarget(bench, variant.worker);
  try {
    const { warm, measured } = await prepareTasks(bench, `r${round} ${variant.id}`);
    // The round's task.created events must get through first: this proves the relay is running
    // (ready answers before relay.start()), and leaves no backlog to delay the measured events.
    await drained(bench, 'before the warm-up');
    if (warm.taskIds.length > 0) {
      await drive(bench, warm.taskIds);
      await allFacts(bench, warm.projectId, warm.taskIds.length);
      await drained(bench, 'after the warm-up');
    }
    const usage = startUsage(bench, worker);
    const load = await drive(bench, measured.taskIds);
    const cpu = usage.stop();
    const http = summariseHttp(load);
    const waitStarted = Date.now();
    const lags = await allFacts(bench, measured.projectId, http.ok);
    return {
      ...summariseLags(lags),
      expected: http.ok,
      missing: http.ok - lags.length,
      waitedForFactsMs: Date.now() - waitStarted,
      failedAttempts: await db.failedAttempts(bench.pool, bench.workspaceId),
      http,
      ...cpu,
    };
  } finally {
    await worker.stop(STOP_GRACE_MS);
  }
}

/** Comparison 2, one run: the web's answers, with no worker at all or one with 3 extra consumers. */
async function producerRun(bench, variant, round) {
  const worker = variant.worker ? await startTarget(bench, variant.worker) : null;
  try {
    const { warm, measured } = await prepareTasks(bench, `r${round} ${variant.id}`);
    if (warm.taskIds.length > 0) await drive(bench, warm.taskIds);
    // With consumers: the measured run starts with the relay idle, not still delivering the
    // backlog (earlier no-worker rounds, this round's setup and warm-up).
    if (worker) await drained(bench, 'before the measured run');
    const usage = startUsage(bench, worker);
    const load = await drive(bench, measured.taskIds);
    const cpu = usage.stop();
    const http = summariseHttp(load);
    const result = { ...http, ...cpu, webCpuUsPerReq: perRequestUs(cpu.webCpuMs, http.ok) };
    if (worker) {
      const waitStarted = Date.now();
      await drained(bench, 'after the measured run');
      result.deliveredAllWithinMs = Date.now() - waitStarted;
      // 3 per completion when every bench consumer applied every event.
      result.benchEffects = await db.benchEffects(bench.pool, measured.projectId);
      result.failedAttempts = await db.failedAttempts(bench.pool, bench.workspaceId);
    }
    return result;
  } finally {
    await worker?.stop(STOP_GRACE_MS);
  }
}

/**
 * At the end: a plain worker delivers the workspace's remaining outbox rows (bounded in time), so
 * that the next user of the database does not inherit a backlog. The replicas scenario uses it too.
 */
async function deliverLeftovers(bench, drainTarget) {
  const pending = await db.pendingOutbox(bench.pool, bench.workspaceId);
  if (pending === 0) return { pending, method: 'nothing left to deliver' };
  bench.log(`delivering the ${pending} outbox row(s) the bench left, with ${drainTarget.label} …`);
  const started = Date.now();
  const worker = await startTarget(bench, drainTarget);
  try {
    const done = await db.waitFor(
      async () => (await db.pendingOutbox(bench.pool, bench.workspaceId)) === 0,
      { timeoutMs: DRAIN_TIMEOUT_MS, everyMs: 200 },
    );
    const left = done ? 0 : await db.pendingOutbox(bench.pool, bench.workspaceId);
    return {
      pending,
      method: done ? 'delivered by a plain worker' : 'partly delivered; the rest deleted',
      left,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await worker.stop(STOP_GRACE_MS);
  }
}

async function signUp(bench) {
  ({ token: bench.token, workspaceId: bench.workspaceId } = await signUpBenchUser(
    bench.api,
    'events',
  ));
}

/** Two fresh projects (so that each phase's facts can be told apart) and their open tasks. */
async function prepareTasks(bench, name) {
  const { eventsRate, seconds, warmupSeconds } = bench.settings;
  const phase = async (label, count) => {
    if (count === 0) return { projectId: null, taskIds: [] };
    const { id } = await bench.api.expect(
      201,
      'POST',
      `/v1/workspaces/${bench.workspaceId}/projects`,
      {
        token: bench.token,
        body: { name: `bench ${name} ${label}` },
      },
    );
    return { projectId: id, taskIds: await createTasks(bench, id, count) };
  };
  return {
    warm: await phase('warm-up', eventsRate * warmupSeconds),
    measured: await phase('measured', eventsRate * seconds),
  };
}

async function createTasks(bench, projectId, count) {
  const ids = new Array(count);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) {
      const path = `/v1/workspaces/${bench.workspaceId}/projects/${projectId}/tasks`;
      ids[i] = (
        await bench.api.expect(201, 'POST', path, { token: bench.token, body: { title: `t${i}` } })
      ).id;
    }
  };
  await Promise.all(Array.from({ length: CREATE_CONCURRENCY }, lane));
  return ids;
}

/** Completes the tasks at the steady rate, open loop. */
function drive(bench, taskIds) {
  return runOpenLoop({
    rate: bench.settings.eventsRate,
    count: taskIds.length,
    send: async (i) => {
      const path = `/v1/workspaces/${bench.workspaceId}/tasks/${taskIds[i]}/complete`;
      const answer = await bench.api.request('POST', path, { token: bench.token });
      return { ok: answer.status === 200, status: answer.status, ms: answer.ms };
    },
  });
}

/** Bounded wait until the workspace's outbox has nothing left to deliver; throws if it does not. */
async function drained(bench, when) {
  const done = await db.waitFor(
    async () => (await db.pendingOutbox(bench.pool, bench.workspaceId)) === 0,
    { timeoutMs: DRAIN_TIMEOUT_MS, everyMs: 50 },
  );
  if (!done) throw new Error(`the worker did not deliver the bench's outbox rows ${when}`);
}

/**
 * Bounded wait until analytics has a fact for each of `expected` completions of the project
 * (polling-only delivery needs up to one interval); resolves the lags that did arrive.
 */
async function allFacts(bench, projectId, expected) {
  let lags = [];
  await db.waitFor(
    async () => {
      lags = await db.completionLags(bench.pool, bench.workspaceId, projectId);
      return lags.length >= expected;
    },
    { timeoutMs: DRAIN_TIMEOUT_MS, everyMs: FACTS_POLL_MS },
  );
  return lags;
}

/**
 * CPU over one measured run of the web process, the worker (if any), Postgres (the primary's
 * postmaster and its backends), this harness, and the whole machine; whatever the machine did
 * beyond those is other processes: noise.
 */
function startUsage(bench, worker) {
  const sample = () => ({
    web: cpuMs(bench.web.pid),
    worker: worker ? cpuMs(worker.pid) : null,
    postgres: bench.postgresPid ? treeCpuMs(bench.postgresPid) : null,
    harness: process.cpuUsage(),
    machine: machineCpuMs(),
    at: Date.now(),
  });
  const before = sample();
  return {
    stop() {
      const after = sample();
      const used = (key) =>
        before[key] === null || after[key] === null ? null : after[key] - before[key];
      const harness = process.cpuUsage(before.harness);
      const harnessCpuMs = (harness.user + harness.system) / 1000;
      const pct = (cpuUsedMs) => cpuUsedMs / ((after.at - before.at) / 1000) / 10;
      const usage = {
        webCpuMs: used('web'),
        workerCpuMs: used('worker'),
        postgresCpuMs: used('postgres'),
        harnessCpuMs,
        otherCpuPct: null,
        stealPct: null,
      };
      if (before.machine && after.machine) {
        const ours = [usage.webCpuMs, usage.workerCpuMs, usage.postgresCpuMs, harnessCpuMs];
        const oursMs = ours.reduce((total, ms) => total + (ms ?? 0), 0);
        // % of one core; only meaningful when Postgres was measured (it is most of the work)
        usage.otherCpuPct =
          usage.postgresCpuMs === null
            ? null
            : Math.max(0, pct(after.machine.busy - before.machine.busy - oursMs));
        usage.stealPct = pct(after.machine.steal - before.machine.steal);
      }
      return usage;
    },
  };
}

function perRequestUs(cpuUsedMs, requests) {
  return cpuUsedMs === null || requests === 0 ? null : (cpuUsedMs * 1000) / requests;
}

function summariseHttp(load) {
  const ok = load.results.filter((r) => r.ok);
  const sorted = Float64Array.from(ok.map((r) => r.ms)).sort();
  const failed = load.results.filter((r) => !r.ok);
  return {
    sent: load.results.length,
    ok: ok.length,
    failed: failed.length,
    firstFailure: failed[0] ? (failed[0].error ?? `status ${failed[0].status}`) : null,
    seconds: load.seconds,
    reqPerSec: ok.length / load.seconds,
    p50Ms: percentileOfSorted(sorted, 50),
    p90Ms: percentileOfSorted(sorted, 90),
    p99Ms: percentileOfSorted(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1] : NaN,
    harnessLateMs: load.lateMs,
  };
}

function summariseLags(lags) {
  const sorted = Float64Array.from(lags).sort();
  return {
    events: sorted.length,
    p50Ms: percentileOfSorted(sorted, 50),
    p90Ms: percentileOfSorted(sorted, 90),
    p99Ms: percentileOfSorted(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1] : NaN,
    minMs: sorted.length ? sorted[0] : NaN,
  };
}

module.exports = { runEvents, deliverLeftovers };
