'use strict';

const path = require('node:path');

const { runEvents } = require('../lib/events-run');
const { formatEvents, spread, summariseComparison, warningsOf } = require('../lib/events-table');
const { ROOT, tenfoldWeb, tenfoldWorker } = require('../lib/targets');

// The workers inherit the shell's environment; the default (1000 ms) unless it says otherwise.
const pollIntervalMs = Number(process.env.OUTBOX_POLL_INTERVAL_MS || 1000);

// One web process for the whole run. The bench sends far more than the default 600 requests a
// minute on one token, and the rate limit is not what is measured.
const web = tenfoldWeb({
  id: 'web',
  label: 'tenfold web',
  logLevel: 'info',
  env: { RATE_LIMIT_PER_MINUTE: '1000000' },
});

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
  script: path.join(ROOT, 'bench', 'servers', 'worker-with-consumers.js'),
  env: { OUTBOX_LISTEN: 'true', BENCH_CONSUMERS: '3' },
});
const drain = tenfoldWorker({ id: 'drain', label: 'a plain worker (dist/src/worker.js)' });

const wakeUp = {
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

const producer = {
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

function summarise({ wakeUp: wakeUpRounds, producer: producerRounds, cleanup }) {
  const lags = summariseComparison(wakeUpRounds, {
    variants: wakeUp.variants,
    of: 'poll',
    over: 'listen',
    metrics: ['p50Ms', 'p99Ms', 'maxMs'],
    judge: ['p50Ms', 'p99Ms'],
  });
  const requests = summariseComparison(producerRounds, {
    variants: producer.variants,
    of: 'three',
    over: 'none',
    metrics: ['reqPerSec', 'p50Ms', 'p99Ms', 'maxMs', 'webCpuUsPerReq'],
    judge: ['p99Ms', 'webCpuUsPerReq'],
  });
  const runs = [...wakeUpRounds, ...producerRounds].flatMap((r) => r.runs);
  return {
    wakeUp: lags,
    producer: requests,
    otherCpu: spread(runs.map((r) => r.otherCpuPct)),
    steal: spread(runs.map((r) => r.stealPct)),
    warnings: warningsOf(lags, requests),
    cleanup:
      cleanup.pending === 0
        ? 'nothing left to deliver'
        : `${cleanup.pending} row(s) left by the bench, ${cleanup.method}` +
          (cleanup.seconds !== undefined ? ` (${cleanup.seconds.toFixed(1)} s)` : ''),
  };
}

/**
 * The event backbone (docs/EVENTS.md): how soon a consumer sees a committed event when the relay
 * is woken by NOTIFY rather than by its poll, and whether a producer's request feels the consumers.
 * Its own method (not the autocannon `compare`): run() and format() below, bench/lib/events-*.js.
 */
module.exports = {
  name: 'events',
  summary:
    'event backbone: commit → consumer latency with LISTEN/NOTIFY vs polling only, and task ' +
    'completion latency with 0 vs 3 consumers (open loop, BENCH_EVENTS_RATE completions/s)',
  // Every process it starts (the preflight reads what they need: dist/ and the stack).
  targets: [web, listen, polling, withConsumers, drain],
  processes: { web, drain },
  wakeUp,
  producer,
  pollIntervalMs,
  summarise,
  run(settings, context) {
    return runEvents(this, settings, context);
  },
  format(settings, machine, summary) {
    return formatEvents(this, settings, machine, summary);
  },
};
