'use strict';

const { formatResilience } = require('../lib/resilience-table');
const { runResilience, SLOW_SLACK_MS } = require('../lib/resilience-run');
const { spread, summariseComparison } = require('../lib/events-table');
const { externalStub, tenfoldWeb, tenfoldWorker } = require('../lib/targets');

const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '1000000' };

// Stand-ins for Slack and the FX API, with controls (bench/servers/external-stub.js).
const stub = externalStub();
// A short FX cache, so that healthy runs really call FX (about once a second per currency).
const web = tenfoldWeb({
  id: 'web',
  label: 'tenfold web',
  logLevel: 'info',
  env: { ...UNLIMITED, FX_CACHE_SECONDS: '1' },
});
const worker = tenfoldWorker({ id: 'worker', label: 'tenfold worker (Slack jobs)' });

// The breakers as configured for the run: FX opens after 5 failures and probes every 2 s.
const breakerSettings = {
  'fx-rates': { failureThreshold: 5, resetMs: 2_000, timeoutMs: 1_000 },
  slack: { failureThreshold: 5, resetMs: 5_000, timeoutMs: 5_000 },
};

const completions = {
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

const quotes = {
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

function summarise({ completions: completionRounds, quotes: quoteRounds }) {
  const metrics = ['reqPerSec', 'p50Ms', 'p99Ms', 'maxMs'];
  const slack = summariseComparison(completionRounds, {
    variants: completions.variants,
    of: 'slow',
    over: 'fast',
    metrics,
    judge: ['p99Ms'],
  });
  const fx = summariseComparison(quoteRounds, {
    variants: quotes.variants,
    of: 'dead',
    over: 'healthy',
    metrics,
    judge: ['p99Ms'],
  });
  const runsOf = (rounds, id) => rounds.flatMap((r) => r.runs.filter((run) => run.variant === id));
  const deadRuns = runsOf(quoteRounds, 'dead');
  return {
    slack,
    fx,
    failed: [...completionRounds, ...quoteRounds]
      .flatMap((r) => r.runs)
      .reduce((total, run) => total + run.failed, 0),
    slackCalls: spread(runsOf(completionRounds, 'slow').map((r) => r.slackCallsDuringRun)),
    fxCallsWhileDead: deadRuns.map((r) => r.fxCallsDuringRun),
    deadRunSeconds: deadRuns.map((r) => r.sent / r.reqPerSec),
    staleWhileDead: deadRuns.reduce((t, r) => t + r.staleAnswers, 0),
    quotesWhileDead: deadRuns.reduce((t, r) => t + r.ok, 0),
    breakerSettings,
  };
}

/**
 * Resilience (docs/RESILIENCE.md): does a slow Slack slow down task completions (it must not: the
 * call is in a job), and does a dead FX API slow down quotes (it must not: the breaker opens and
 * the last known rate answers)? Its own method: bench/lib/resilience-*.js.
 */
module.exports = {
  name: 'resilience',
  summary:
    'task completion p99 with Slack at 0 ms vs 2,000 ms, and quote p99 with FX healthy vs dead ' +
    '(breaker open), with the requests that reached the dead FX (open loop, BENCH_EVENTS_RATE/s)',
  targets: [stub, web, worker],
  processes: { stub, web, worker },
  breakerSettings,
  completions,
  quotes,
  summarise,
  run(settings, context) {
    return runResilience(this, settings, context);
  },
  format(settings, machine, summary) {
    return formatResilience(this, settings, machine, summary);
  },
};
