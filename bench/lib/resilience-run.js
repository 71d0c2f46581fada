'use strict';

const { setTimeout: sleep } = require('node:timers/promises');

const { createClient } = require('./http-json');
const { interleave } = require('./interleave');
const { runOpenLoop } = require('./open-loop');
const { startTarget } = require('./start-target');
const { signUpBenchUser } = require('./sign-up');
const { percentileOfSorted } = require('./stats');

const CREATE_CONCURRENCY = 4; // setup only (not timed)
const STOP_GRACE_MS = 15_000;
const SLOW_SLACK_MS = 2_000;
const QUOTE_CURRENCIES = ['EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'SEK'];

/**
 * The `resilience` scenario's method (docs/BENCHMARKS.md). A stub of the external services, one web
 * process and one worker for the whole run, then two comparisons of interleaved rounds:
 * 1. task completions (open loop) while Slack answers at once vs after 2 s: the Slack call happens
 *    in a job, so the completion must not feel it;
 * 2. billing quotes (open loop) with FX healthy vs FX dead and its breaker open: the quote falls
 *    back to the last known rate at once, and the dead FX API gets only the fleet's probes.
 */
async function runResilience(scenario, settings, { log, onServer }) {
  const bench = { settings, log, servers: [] };
  bench.onServer = (server, id) => {
    bench.servers.push({ id, pid: server.pid });
    onServer(server);
  };
  const { stub: stubTarget, web: webTarget, worker: workerTarget } = scenario.processes;
  bench.stub = await startTarget(bench, stubTarget, '/health');
  const external = {
    FX_API_URL: `${bench.stub.origin}/fx`,
    BREAKER_SETTINGS: JSON.stringify(scenario.breakerSettings),
  };
  bench.web = await startTarget(bench, { ...webTarget, env: { ...webTarget.env, ...external } });
  bench.worker = await startTarget(bench, {
    ...workerTarget,
    env: { ...workerTarget.env, ...external },
  });
  bench.api = createClient(bench.web.origin);
  bench.control = createClient(bench.stub.origin);
  try {
    await signUpAndConnectSlack(bench);
    log(`bench workspace ${bench.workspaceId}, Slack connected to the stub`);
    const completions = await interleave(bench, scenario.completions, completionRun);
    const quotes = await interleave(bench, scenario.quotes, quoteRun);
    return {
      servers: bench.servers,
      workspaceId: bench.workspaceId,
      completions,
      quotes,
      summary: scenario.summarise({ completions, quotes }),
    };
  } finally {
    bench.api.close();
    bench.control.close();
    await bench.worker.stop(STOP_GRACE_MS);
  }
}

/** Comparison 1, one run: completions at a steady rate while Slack answers after `slackDelayMs`. */
async function completionRun(bench, variant) {
  const { eventsRate, seconds, warmupSeconds } = bench.settings;
  await stubBehaves(bench, { slack: { status: 200, delayMs: variant.slackDelayMs } });
  const warm = await createTasks(bench, eventsRate * warmupSeconds);
  const measured = await createTasks(bench, eventsRate * seconds);
  await complete(bench, warm);
  const before = await stubStats(bench);
  const load = await complete(bench, measured);
  const after = await stubStats(bench);
  return { ...summariseHttp(load), slackCallsDuringRun: after.slack - before.slack };
}

/** Comparison 2, one run: quotes at a steady rate with FX healthy, or dead with its breaker open. */
async function quoteRun(bench, variant) {
  const { eventsRate, seconds, warmupSeconds } = bench.settings;
  if (variant.fxDead) {
    await stubBehaves(bench, { fx: { status: 500 } });
    await openFxBreaker(bench);
  } else {
    await stubBehaves(bench, { fx: { status: 200 } });
    await untilFresh(bench);
  }
  await quotes(bench, eventsRate * warmupSeconds);
  const before = await stubStats(bench);
  const load = await quotes(bench, eventsRate * seconds);
  const after = await stubStats(bench);
  const stale = load.results.filter((r) => r.stale).length;
  return { ...summariseHttp(load), fxCallsDuringRun: after.fx - before.fx, staleAnswers: stale };
}

/**
 * Quotes until they come back stale: the dead FX has opened the breaker. Cached rates (at most
 * FX_CACHE_SECONDS old) answer fresh meanwhile, hence the time-bounded loop.
 */
async function openFxBreaker(bench) {
  const deadline = Date.now() + 30_000;
  for (let i = 0; Date.now() < deadline; i++) {
    const answer = await bench.api.request('GET', quotePath(i), { token: bench.token });
    if (answer.status === 200 && answer.body?.stale === true) {
      // A few more, so that the breaker (threshold) is surely open, not just this call failing.
      for (let j = 0; j < 10; j++) {
        await bench.api.request('GET', quotePath(j), { token: bench.token });
      }
      return;
    }
    await sleep(50);
  }
  throw new Error('quotes never fell back to a stale rate with the FX stub answering 500');
}

/** After a dead-FX run the breaker closes on the fleet's probe, once its reset time has passed. */
async function untilFresh(bench) {
  const deadline = Date.now() + 60_000;
  for (let i = 0; Date.now() < deadline; i++) {
    const answer = await bench.api.request('GET', quotePath(i), { token: bench.token });
    if (answer.status === 200 && answer.body?.stale === false) return;
    await sleep(100);
  }
  throw new Error('quotes stayed stale for 60 s with the FX stub healthy again');
}

const quotePath = (i) =>
  `/v1/billing/quote?plan=team&currency=${QUOTE_CURRENCIES[i % QUOTE_CURRENCIES.length]}`;

function quotes(bench, count) {
  return runOpenLoop({
    rate: bench.settings.eventsRate,
    count,
    send: async (i) => {
      const answer = await bench.api.request('GET', quotePath(i), { token: bench.token });
      return {
        ok: answer.status === 200,
        ms: answer.ms,
        status: answer.status,
        stale: answer.body?.stale,
      };
    },
  });
}

function complete(bench, taskIds) {
  return runOpenLoop({
    rate: bench.settings.eventsRate,
    count: taskIds.length,
    send: async (i) => {
      const answer = await bench.api.request(
        'POST',
        `/v1/workspaces/${bench.workspaceId}/tasks/${taskIds[i]}/complete`,
        { token: bench.token },
      );
      return { ok: answer.status === 200, ms: answer.ms, status: answer.status };
    },
  });
}

async function createTasks(bench, count) {
  const ids = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const task = await bench.api.expect(
        201,
        'POST',
        `/v1/workspaces/${bench.workspaceId}/projects/${bench.projectId}/tasks`,
        { token: bench.token, body: { title: `bench resilience ${i}` } },
      );
      ids[i] = task.id;
    }
  };
  await Promise.all(Array.from({ length: CREATE_CONCURRENCY }, worker));
  return ids;
}

async function signUpAndConnectSlack(bench) {
  const { token, workspaceId, stamp } = await signUpBenchUser(bench.api, 'resilience');
  bench.token = token;
  bench.workspaceId = workspaceId;
  await bench.api.expect(200, 'PUT', `/v1/workspaces/${bench.workspaceId}/integrations/slack`, {
    token: bench.token,
    body: { webhookUrl: `${bench.stub.origin}/services/T000/B000/bench` },
  });
  const project = await bench.api.expect(
    201,
    'POST',
    `/v1/workspaces/${bench.workspaceId}/projects`,
    { token: bench.token, body: { name: `bench resilience ${stamp}` } },
  );
  bench.projectId = project.id;
}

async function stubBehaves(bench, behaviour) {
  await bench.control.expect(200, 'POST', '/_control', { body: behaviour });
}

function stubStats(bench) {
  return bench.control.expect(200, 'GET', '/_stats');
}

function summariseHttp(load) {
  const ok = load.results.filter((r) => r.ok);
  const failed = load.results.filter((r) => !r.ok);
  const sorted = ok.map((r) => r.ms).sort((a, b) => a - b);
  return {
    sent: load.results.length,
    ok: ok.length,
    failed: failed.length,
    firstFailure: failed[0] ? (failed[0].error ?? `status ${failed[0].status}`) : null,
    reqPerSec: ok.length / load.seconds,
    p50Ms: sorted.length ? percentileOfSorted(sorted, 50) : null,
    p99Ms: sorted.length ? percentileOfSorted(sorted, 99) : null,
    maxMs: sorted.length ? sorted[sorted.length - 1] : null,
    lateMs: load.lateMs,
  };
}

module.exports = { runResilience, SLOW_SLACK_MS };
