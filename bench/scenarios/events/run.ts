import type { Pool } from 'pg';

import { perRequestUs, startUsage } from '../../lib/cpu';
import { openDb, postgresPid, refuseOtherRelays } from '../../lib/db';
import { timedClient, type TimedClient } from '../../lib/http';
import { summariseSends, type OpenLoopResult } from '../../lib/load';
import {
  deliverLeftovers,
  failedAttempts,
  pendingOutbox,
  tidyUp,
  untilDelivered,
} from '../../lib/outbox';
import { benchWeb, Servers, tenfoldWorker, type Target } from '../../lib/processes';
import { interleave, type Comparison, type Variant } from '../../lib/rounds';
import type { RunContext } from '../../lib/scenario';
import { defineScenario } from '../../lib/scenario';
import type { Settings } from '../../lib/settings';
import { completeAtRate, createProject, createTasks, type TaskPlace } from '../../lib/setup';
import { lastOf, percentileOfSorted, sortedSamples } from '../../lib/stats';
import { waitFor } from '../../lib/wait';
import { signUp } from '../../../test/harness/accounts';
import type { NodeProcess } from '../../../test/harness/node-process';
import { benchEffects, completionLags } from './queries';
import { formatEvents, summariseEvents, type LagRun, type ProducerRun } from './report';

const STOP_GRACE_MS = 15_000; // the worker's own grace is SHUTDOWN_GRACE_MS (10 s) + 3 s
const FACTS_TIMEOUT_MS = 60_000;
const FACTS_POLL_MS = 100;

// The workers inherit the shell's environment; the default (1000 ms) unless it says otherwise.
const pollIntervalMs = Number(process.env.OUTBOX_POLL_INTERVAL_MS || 1000);

// One web process for the whole run. The bench sends far more than the default 600 requests a
// minute on one token, and the rate limit is not what is measured.
const web = benchWeb();
const listen = tenfoldWorker({
  id: 'listen',
  label: 'worker, OUTBOX_LISTEN=true',
  env: { OUTBOX_LISTEN: 'true' },
});
const polling = tenfoldWorker({
  id: 'poll',
  label: 'worker, OUTBOX_LISTEN=false',
  env: { OUTBOX_LISTEN: 'false' },
});
const withConsumers = tenfoldWorker({
  id: 'three',
  label: 'worker with 3 bench consumers',
  server: 'worker-with-consumers',
  env: { OUTBOX_LISTEN: 'true', BENCH_CONSUMERS: '3' },
});
const drain = tenfoldWorker({ id: 'drain', label: 'a plain worker (dist/src/worker.js)' });

interface WakeUpVariant extends Variant {
  worker: Target;
}
interface ProducerVariant extends Variant {
  worker: Target | null;
}

export const wakeUp: Comparison<WakeUpVariant, LagRun> = {
  title: 'commit → consumer latency: LISTEN/NOTIFY vs polling only',
  variants: [
    { id: 'listen', label: 'LISTEN/NOTIFY + polling', worker: listen },
    { id: 'poll', label: `polling only, every ${pollIntervalMs} ms`, worker: polling },
  ],
  describe: (run) =>
    `${String(run.events).padStart(4)} events  p50 ${run.p50Ms.toFixed(1)} ms  ` +
    `p99 ${run.p99Ms.toFixed(1)} ms  max ${run.maxMs.toFixed(1)} ms` +
    (run.missing ? `  (${run.missing} without a fact)` : '') +
    (run.http.failed ? `  (${run.http.failed} requests failed)` : ''),
};

export const producer: Comparison<ProducerVariant, ProducerRun> = {
  title: 'completion request latency: 0 vs 3 consumers',
  variants: [
    { id: 'none', label: '0 consumers (no worker running)', worker: null },
    { id: 'three', label: '3 consumers (+ analytics.activity)', worker: withConsumers },
  ],
  describe: (run) =>
    `${run.reqPerSec.toFixed(1).padStart(5)} req/s  p50 ${run.p50Ms.toFixed(2)} ms  ` +
    `p99 ${run.p99Ms.toFixed(2)} ms  web CPU ${run.webCpuUsPerReq?.toFixed(0) ?? '–'} µs/req` +
    (run.failed ? `  (${run.failed} failed: ${run.firstFailure})` : ''),
};

/** One run of the scenario: the web process, its bench user, the database. */
interface EventsBench {
  settings: Settings;
  log(line: string): void;
  pool: Pool;
  servers: Servers;
  postgresPid: number | null;
  web: NodeProcess;
  api: TimedClient;
  /** Where its tasks live, and who completes them. */
  place: TaskPlace;
  workspaceId: string;
}

/**
 * The event backbone (docs/EVENTS.md): how soon a consumer sees a committed event when the relay
 * is woken by NOTIFY rather than by its poll, and whether a producer's request feels the consumers.
 * One web process for the whole run, a fresh workspace, then two comparisons of interleaved rounds
 * (A B | B A …), workers started per round: 1. wake-up: commit → consumer latency with a
 * LISTEN/NOTIFY worker vs a polling-only worker; 2. producer: completion request latency with no
 * worker vs a worker with 3 extra consumers. Finally a plain worker delivers what the bench left in
 * the outbox.
 */
export const events = defineScenario({
  name: 'events',
  summary:
    'event backbone: commit → consumer latency with LISTEN/NOTIFY vs polling only, and task ' +
    'completion latency with 0 vs 3 consumers (open loop, BENCH_EVENTS_RATE completions/s)',
  targets: [web, listen, polling, withConsumers, drain],
  run: runEvents,
  format: (settings, machine, summary) => formatEvents(pollIntervalMs, settings, machine, summary),
});

async function runEvents(settings: Settings, context: RunContext) {
  const { log } = context;
  const pool = openDb();
  const servers = new Servers(context);
  const state = { workspaceId: null as string | null };
  context.onCleanup(async () => {
    const deleted = await tidyUp(pool, state.workspaceId);
    if (deleted > 0) {
      log(
        `deleted ${deleted} undelivered outbox row(s) of the bench workspace ${state.workspaceId}`,
      );
    }
    await pool.end();
  });

  await refuseOtherRelays(pool, "it would relay the bench's events and spoil both comparisons");
  const elsewhere = await pendingOutbox(pool, null);
  if (elsewhere > 0) {
    log(
      `note: ${elsewhere} undelivered outbox row(s) already in the database: the first worker ` +
        'round delivers them too (run a worker once beforehand for a clean first round)',
    );
  }

  const pgPid = await postgresPid(pool);
  if (!pgPid) log('note: Postgres is not a local process: no noise figure');
  log(`starting ${web.label} …`);
  const webServer = await servers.start(web);
  const api = timedClient(webServer.origin);
  try {
    const user = await signUp(api, 'events', { verified: false });
    state.workspaceId = user.workspaceId;
    const bench: EventsBench = {
      settings,
      log,
      pool,
      servers,
      postgresPid: pgPid,
      web: webServer,
      api,
      place: { api, token: user.token, workspaceId: user.workspaceId },
      workspaceId: user.workspaceId,
    };
    log(`bench workspace ${bench.workspaceId}`);
    const wakeUpRounds = await interleave(bench, wakeUp, (v, r) => wakeUpRun(bench, v, r), {
      labelWidth: 34,
    });
    const producerRounds = await interleave(bench, producer, (v, r) => producerRun(bench, v, r), {
      labelWidth: 34,
    });
    const cleanup = await deliverLeftovers(bench, drain);
    return {
      servers: servers.started,
      workspaceId: bench.workspaceId,
      wakeUp: wakeUpRounds,
      producer: producerRounds,
      cleanup,
      summary: summariseEvents({
        wakeUp: wakeUpRounds,
        producer: producerRounds,
        cleanup,
        variants: { wakeUp: wakeUp.variants, producer: producer.variants },
      }),
    };
  } finally {
    api.close();
  }
}

/** Comparison 1, one run: a worker of the variant relays; latencies come from analytics' facts. */
async function wakeUpRun(
  bench: EventsBench,
  variant: WakeUpVariant,
  round: number,
): Promise<LagRun> {
  const worker = await bench.servers.start(variant.worker);
  try {
    const { warm, measured } = await prepareTasks(bench, `r${round} ${variant.id}`);
    // The round's task.created events must get through first: this proves the relay is running
    // (ready answers before relay.start()), and leaves no backlog to delay the measured events.
    await drained(bench, 'before the warm-up');
    if (warm.taskIds.length > 0 && warm.projectId) {
      await drive(bench, warm.taskIds);
      await allFacts(bench, warm.projectId, warm.taskIds.length);
      await drained(bench, 'after the warm-up');
    }
    const usage = measureCpu(bench, worker);
    const load = await drive(bench, measured.taskIds);
    const cpu = usage.stop();
    const http = summariseHttp(load);
    const waitStarted = Date.now();
    const lags = measured.projectId ? await allFacts(bench, measured.projectId, http.ok) : [];
    return {
      ...summariseLags(lags),
      expected: http.ok,
      missing: http.ok - lags.length,
      waitedForFactsMs: Date.now() - waitStarted,
      failedAttempts: await failedAttempts(bench.pool, bench.workspaceId),
      http,
      ...cpu,
    };
  } finally {
    await worker.stop(STOP_GRACE_MS);
  }
}

/** Comparison 2, one run: the web's answers, with no worker at all or one with 3 extra consumers. */
async function producerRun(
  bench: EventsBench,
  variant: ProducerVariant,
  round: number,
): Promise<ProducerRun> {
  const worker = variant.worker ? await bench.servers.start(variant.worker) : null;
  try {
    const { warm, measured } = await prepareTasks(bench, `r${round} ${variant.id}`);
    if (warm.taskIds.length > 0) await drive(bench, warm.taskIds);
    // With consumers: the measured run starts with the relay idle, not still delivering the
    // backlog (earlier no-worker rounds, this round's setup and warm-up).
    if (worker) await drained(bench, 'before the measured run');
    const usage = measureCpu(bench, worker);
    const load = await drive(bench, measured.taskIds);
    const cpu = usage.stop();
    const http = summariseHttp(load);
    const result: ProducerRun = {
      ...http,
      ...cpu,
      webCpuUsPerReq: perRequestUs(cpu.webCpuMs, http.ok),
    };
    if (worker && measured.projectId) {
      const waitStarted = Date.now();
      await drained(bench, 'after the measured run');
      result.deliveredAllWithinMs = Date.now() - waitStarted;
      // 3 per completion when every bench consumer applied every event.
      result.benchEffects = await benchEffects(bench.pool, measured.projectId);
      result.failedAttempts = await failedAttempts(bench.pool, bench.workspaceId);
    }
    return result;
  } finally {
    await worker?.stop(STOP_GRACE_MS);
  }
}

/** Two fresh projects (so that each phase's facts can be told apart) and their open tasks. */
async function prepareTasks(bench: EventsBench, name: string) {
  const { eventsRate, seconds, warmupSeconds } = bench.settings;
  const { place } = bench;
  const phase = async (label: string, count: number) => {
    if (count === 0) return { projectId: null, taskIds: [] };
    const projectId = await createProject(place, `bench ${name} ${label}`);
    return { projectId, taskIds: await createTasks(place, projectId, count, (i) => `t${i}`) };
  };
  return {
    warm: await phase('warm-up', eventsRate * warmupSeconds),
    measured: await phase('measured', eventsRate * seconds),
  };
}

/** Completes the tasks at the steady rate, open loop. */
function drive(bench: EventsBench, taskIds: string[]): Promise<OpenLoopResult> {
  return completeAtRate(bench.place, taskIds, bench.settings.eventsRate);
}

/** Bounded wait until the workspace's outbox has nothing left to deliver; throws if it does not. */
async function drained(bench: EventsBench, when: string): Promise<void> {
  if (!(await untilDelivered(bench.pool, bench.workspaceId))) {
    throw new Error(`the worker did not deliver the bench's outbox rows ${when}`);
  }
}

/**
 * Bounded wait until analytics has a fact for each of `expected` completions of the project
 * (polling-only delivery needs up to one interval); resolves the lags that did arrive.
 */
async function allFacts(
  bench: EventsBench,
  projectId: string,
  expected: number,
): Promise<number[]> {
  let lags: number[] = [];
  await waitFor(
    async () => {
      lags = await completionLags(bench.pool, bench.workspaceId, projectId);
      return lags.length >= expected;
    },
    { timeoutMs: FACTS_TIMEOUT_MS, everyMs: FACTS_POLL_MS },
  );
  return lags;
}

/**
 * CPU over one measured run of the web process, the worker (if any), Postgres (the primary's
 * postmaster and its backends), this harness, and the whole machine; whatever the machine did
 * beyond those is other processes: noise.
 */
function measureCpu(bench: EventsBench, worker: NodeProcess | null) {
  const usage = startUsage({
    pids: { web: bench.web.pid, worker: worker?.pid ?? null },
    postgresPid: bench.postgresPid,
  });
  return {
    stop() {
      const used = usage.stop();
      return {
        webCpuMs: used.cpuMs.web,
        workerCpuMs: used.cpuMs.worker,
        postgresCpuMs: used.postgresMs,
        harnessCpuMs: used.harnessMs,
        otherCpuPct: used.otherCpuPct,
        stealPct: used.stealPct,
      };
    },
  };
}

function summariseHttp(load: OpenLoopResult) {
  return { ...summariseSends(load), harnessLateMs: load.lateMs };
}

function summariseLags(lags: number[]) {
  const sorted = sortedSamples(lags);
  return {
    events: sorted.length,
    p50Ms: percentileOfSorted(sorted, 50),
    p90Ms: percentileOfSorted(sorted, 90),
    p99Ms: percentileOfSorted(sorted, 99),
    maxMs: lastOf(sorted),
    minMs: sorted.length ? sorted[0] : NaN,
  };
}
