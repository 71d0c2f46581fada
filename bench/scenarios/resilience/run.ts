import { setTimeout as sleep } from 'node:timers/promises';

import { timedClient, type TimedClient } from '../../lib/http';
import { requestFigures, runOpenLoop, type OpenLoopResult } from '../../lib/load';
import { benchWeb, externalStub, Servers, tenfoldWorker, withEnv } from '../../lib/processes';
import { interleave, type Comparison, type Variant } from '../../lib/rounds';
import { defineScenario, type RunContext } from '../../lib/scenario';
import type { Settings } from '../../lib/settings';
import { completeAtRate, createProject, createTasks, type TaskPlace } from '../../lib/setup';
import { signUp } from '../../../test/harness/accounts';
import { formatResilience, summariseResilience, type CompletionRun, type QuoteRun } from './report';

const STOP_GRACE_MS = 15_000;
const SLOW_SLACK_MS = 2_000;
const QUOTE_CURRENCIES = ['EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'SEK'];

// Stand-ins for Slack and the FX API, with controls (bench/servers/external-stub.ts).
const stub = externalStub();
// A short FX cache, so that healthy runs really call FX (about once a second per currency).
const web = benchWeb({ FX_CACHE_SECONDS: '1' });
const worker = tenfoldWorker({ id: 'worker', label: 'tenfold worker (Slack jobs)' });

// The breakers as configured for the run: FX opens after 5 failures and probes every 2 s.
export const breakerSettings = {
  'fx-rates': { failureThreshold: 5, resetMs: 2_000, timeoutMs: 1_000 },
  slack: { failureThreshold: 5, resetMs: 5_000, timeoutMs: 5_000 },
};

interface SlackVariant extends Variant {
  slackDelayMs: number;
}
interface FxVariant extends Variant {
  fxDead: boolean;
}

export const completions: Comparison<SlackVariant, CompletionRun> = {
  title: 'task completion latency: Slack answering at once vs after 2 s',
  variants: [
    { id: 'fast', label: 'Slack answers in 0 ms', slackDelayMs: 0 },
    { id: 'slow', label: `Slack answers in ${SLOW_SLACK_MS} ms`, slackDelayMs: SLOW_SLACK_MS },
  ],
  describe: (run) =>
    `${run.reqPerSec.toFixed(1).padStart(5)} req/s  p50 ${run.p50Ms?.toFixed(2)} ms  ` +
    `p99 ${run.p99Ms?.toFixed(2)} ms  Slack calls ${run.slackCallsDuringRun}` +
    (run.failed ? `  (${run.failed} failed: ${run.firstFailure})` : ''),
};

export const quotes: Comparison<FxVariant, QuoteRun> = {
  title: 'quote latency: FX healthy vs FX dead with its breaker open',
  variants: [
    { id: 'healthy', label: 'FX healthy', fxDead: false },
    { id: 'dead', label: 'FX dead (500), breaker open', fxDead: true },
  ],
  describe: (run) =>
    `${run.reqPerSec.toFixed(1).padStart(5)} req/s  p50 ${run.p50Ms?.toFixed(2)} ms  ` +
    `p99 ${run.p99Ms?.toFixed(2)} ms  FX calls ${run.fxCallsDuringRun}  stale ${run.staleAnswers}` +
    (run.failed ? `  (${run.failed} failed: ${run.firstFailure})` : ''),
};

interface ResilienceBench {
  settings: Settings;
  log(line: string): void;
  api: TimedClient;
  /** The stub's controls and counts. */
  control: TimedClient;
  place: TaskPlace;
  projectId: string;
}

/**
 * Resilience (docs/RESILIENCE.md): does a slow Slack slow down task completions (it must not: the
 * call is in a job), and does a dead FX API slow down quotes (it must not: the breaker opens and
 * the last known rate answers)? A stub of the external services, one web process and one worker
 * for the whole run, then two comparisons of interleaved rounds: 1. task completions (open loop)
 * while Slack answers at once vs after 2 s; 2. billing quotes (open loop) with FX healthy vs FX
 * dead and its breaker open: the quote falls back to the last known rate at once, and the dead FX
 * API gets only the fleet's probes.
 */
export const resilience = defineScenario({
  name: 'resilience',
  summary:
    'task completion p99 with Slack at 0 ms vs 2,000 ms, and quote p99 with FX healthy vs dead ' +
    '(breaker open), with the requests that reached the dead FX (open loop, BENCH_EVENTS_RATE/s)',
  targets: [stub, web, worker],
  run: runResilience,
  format: formatResilience,
});

async function runResilience(settings: Settings, context: RunContext) {
  const { log } = context;
  const servers = new Servers(context);
  const stubServer = await servers.start(stub, { readyPath: '/health' });
  const external = {
    FX_API_URL: `${stubServer.origin}/fx`,
    BREAKER_SETTINGS: JSON.stringify(breakerSettings),
  };
  const webServer = await servers.start(withEnv(web, external));
  const workerServer = await servers.start(withEnv(worker, external));
  const api = timedClient(webServer.origin);
  const control = timedClient(stubServer.origin);
  try {
    const user = await signUp(api, 'resilience', { verified: false });
    const place = { api, token: user.token, workspaceId: user.workspaceId };
    await api.expect(200, 'PUT', `/v1/workspaces/${user.workspaceId}/integrations/slack`, {
      token: user.token,
      body: { webhookUrl: `${stubServer.origin}/services/T000/B000/bench` },
    });
    const projectId = await createProject(place, `bench resilience ${user.email}`);
    log(`bench workspace ${user.workspaceId}, Slack connected to the stub`);
    const bench: ResilienceBench = { settings, log, api, control, place, projectId };
    const completionRounds = await interleave(bench, completions, (variant) =>
      completionRun(bench, variant),
    );
    const quoteRounds = await interleave(bench, quotes, (variant) => quoteRun(bench, variant));
    return {
      servers: servers.started,
      workspaceId: user.workspaceId,
      completions: completionRounds,
      quotes: quoteRounds,
      summary: summariseResilience({
        completions: completionRounds,
        quotes: quoteRounds,
        variants: { completions: completions.variants, quotes: quotes.variants },
        breakerSettings,
      }),
    };
  } finally {
    api.close();
    control.close();
    await workerServer.stop(STOP_GRACE_MS);
  }
}

/** Comparison 1, one run: completions at a steady rate while Slack answers after `slackDelayMs`. */
async function completionRun(
  bench: ResilienceBench,
  variant: SlackVariant,
): Promise<CompletionRun> {
  const { eventsRate, seconds, warmupSeconds } = bench.settings;
  await stubBehaves(bench, { slack: { status: 200, delayMs: variant.slackDelayMs } });
  const title = (i: number) => `bench resilience ${i}`;
  const warm = await createTasks(bench.place, bench.projectId, eventsRate * warmupSeconds, title);
  const measured = await createTasks(bench.place, bench.projectId, eventsRate * seconds, title);
  await completeAtRate(bench.place, warm, eventsRate);
  const before = await stubStats(bench);
  const load = await completeAtRate(bench.place, measured, eventsRate);
  const after = await stubStats(bench);
  return { ...requestFigures(load), slackCallsDuringRun: after.slack - before.slack };
}

/** Comparison 2, one run: quotes at a steady rate with FX healthy, or dead with its breaker open. */
async function quoteRun(bench: ResilienceBench, variant: FxVariant): Promise<QuoteRun> {
  const { eventsRate, seconds, warmupSeconds } = bench.settings;
  if (variant.fxDead) {
    await stubBehaves(bench, { fx: { status: 500 } });
    await openFxBreaker(bench);
  } else {
    await stubBehaves(bench, { fx: { status: 200 } });
    await untilFresh(bench);
  }
  await askQuotes(bench, eventsRate * warmupSeconds);
  const before = await stubStats(bench);
  const load = await askQuotes(bench, eventsRate * seconds);
  const after = await stubStats(bench);
  const stale = load.results.filter((r) => r.stale).length;
  return {
    ...requestFigures(load),
    fxCallsDuringRun: after.fx - before.fx,
    staleAnswers: stale,
  };
}

type Quote = { stale?: boolean } | null;

/**
 * Quotes until they come back stale: the dead FX has opened the breaker. Cached rates (at most
 * FX_CACHE_SECONDS old) answer fresh meanwhile, hence the time-bounded loop.
 */
async function openFxBreaker(bench: ResilienceBench): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (let i = 0; Date.now() < deadline; i++) {
    const answer = await quote(bench, i);
    if (answer.status === 200 && answer.body?.stale === true) {
      // A few more, so that the breaker (threshold) is surely open, not just this call failing.
      for (let j = 0; j < 10; j++) await quote(bench, j);
      return;
    }
    await sleep(50);
  }
  throw new Error('quotes never fell back to a stale rate with the FX stub answering 500');
}

/** After a dead-FX run the breaker closes on the fleet's probe, once its reset time has passed. */
async function untilFresh(bench: ResilienceBench): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (let i = 0; Date.now() < deadline; i++) {
    const answer = await quote(bench, i);
    if (answer.status === 200 && answer.body?.stale === false) return;
    await sleep(100);
  }
  throw new Error('quotes stayed stale for 60 s with the FX stub healthy again');
}

/** One quote, the currency chosen by i. */
function quote(bench: ResilienceBench, i: number) {
  const currency = QUOTE_CURRENCIES[i % QUOTE_CURRENCIES.length];
  return bench.api.request<Quote>('GET', `/v1/billing/quote?plan=team&currency=${currency}`, {
    token: bench.place.token,
  });
}

function askQuotes(bench: ResilienceBench, count: number): Promise<OpenLoopResult> {
  return runOpenLoop({
    rate: bench.settings.eventsRate,
    count,
    send: async (i) => {
      const answer = await quote(bench, i);
      return {
        ok: answer.status === 200,
        ms: answer.ms,
        status: answer.status,
        stale: answer.body?.stale,
      };
    },
  });
}

async function stubBehaves(bench: ResilienceBench, behaviour: object): Promise<void> {
  await bench.control.expect(200, 'POST', '/_control', { body: behaviour });
}

function stubStats(bench: ResilienceBench): Promise<{ slack: number; fx: number }> {
  return bench.control.expect(200, 'GET', '/_stats');
}
