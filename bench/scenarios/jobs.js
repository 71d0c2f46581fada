'use strict';

const path = require('node:path');

const { spread, summariseComparison } = require('../lib/events-table');
const { formatJobs } = require('../lib/jobs-table');
const { runJobs } = require('../lib/jobs-run');
const { summariseRoutes } = require('../lib/jobs-routes');
const { ROOT, externalStub, tenfoldWeb, tenfoldWorker } = require('../lib/targets');

const dist = (file) => require(path.join(ROOT, 'dist', 'src', file));

// Stand-in for the FX API (and Slack), so that billing quotes work offline.
const stub = externalStub();
const web = tenfoldWeb({
  id: 'web',
  label: 'tenfold web',
  logLevel: 'info',
  env: { RATE_LIMIT_PER_MINUTE: '1000000' },
});
const mediaWorker = tenfoldWorker({
  id: 'media-worker',
  label: 'tenfold worker, WORKER_QUEUES=media',
  env: { WORKER_QUEUES: 'media' },
});
const noopWorker = tenfoldWorker({
  id: 'noop-worker',
  label: 'tenfold worker, no-op processor',
  script: path.join(ROOT, 'bench', 'servers', 'jobs-noop-worker.js'),
  env: { BENCH_NOOP_QUEUE: 'bench-noop' },
});

// Read lazily (dist/ may be missing: the preflight says so before anything runs).
const catalogue = (queue) => dist('infrastructure/queue/queue-catalogue').QUEUE_CATALOGUE[queue];
const MEDIA_CONCURRENCY = 2; // queue-catalogue.ts, media; checked against dist/ at run time
const NOOP_CONCURRENCY = 5; // queue-catalogue.ts, system (the default)

function rawWorker() {
  const system = catalogue('system');
  return {
    id: 'raw-worker',
    label: 'raw BullMQ Worker',
    script: path.join(ROOT, 'bench', 'servers', 'jobs-raw-bullmq-worker.js'),
    env: {
      BENCH_NOOP_QUEUE: 'bench-noop-raw',
      BENCH_NOOP_CONCURRENCY: String(system.concurrency),
      BENCH_NOOP_LOCK_MS: String(system.lockDurationMs),
    },
    needs: ['stack'],
  };
}

const starts = {
  title: 'API latency to start an image job (presigned path), 100 KB vs 20 MB',
  variants: [
    { id: 'small', label: '100 KB image' },
    { id: 'large', label: '20 MB image' },
  ],
  describe: (run) =>
    `${String(run.uploads).padStart(3)} uploads  API p50 ${run.apiP50Ms.toFixed(2)} ms  ` +
    `p99 ${run.apiP99Ms.toFixed(2)} ms  (POST p99 ${run.requestP99Ms.toFixed(2)}, complete p99 ` +
    `${run.completeP99Ms.toFixed(2)})  PUT p50 ${run.putP50Ms.toFixed(0)} ms (not counted)`,
};

const thumbs = {
  title: `thumbnails per second: one tenfold media worker vs a bare sharp loop (concurrency ${MEDIA_CONCURRENCY})`,
  variants: [
    {
      id: 'tenfold',
      label: 'tenfold media worker',
      worker: mediaWorker,
      concurrency: MEDIA_CONCURRENCY,
    },
    { id: 'bare', label: 'bare sharp loop (local file)', concurrency: MEDIA_CONCURRENCY },
  ],
  describe: (run) =>
    `${String(run.jobs).padStart(4)} jobs  ${run.jobsPerSec.toFixed(1)} jobs/s  ` +
    `CPU ${run.cpuMsPerJob.toFixed(1)} ms/job` +
    (run.failed ? `  (${run.failed} failed)` : ''),
};

const noop = {
  title: `no-op jobs per second: tenfold's queue layer vs raw BullMQ (concurrency ${NOOP_CONCURRENCY})`,
  variants: [
    {
      id: 'tenfold',
      label: 'tenfold worker (QueueConsumption)',
      worker: noopWorker,
      queue: 'bench-noop',
      concurrency: NOOP_CONCURRENCY,
    },
    {
      id: 'raw',
      label: 'raw BullMQ Worker',
      get worker() {
        return rawWorker();
      },
      queue: 'bench-noop-raw',
      concurrency: NOOP_CONCURRENCY,
    },
  ],
  describe: (run) =>
    `${String(run.jobs).padStart(5)} jobs  ${run.jobsPerSec.toFixed(0)} jobs/s  ` +
    `worker CPU ${(run.cpuMsPerJob * 1000).toFixed(0)} µs/job` +
    (run.failed ? `  (${run.failed} failed)` : ''),
};

const routes = {
  title: 'every GET route under 50 closed-loop clients',
  clients: 50,
  targetP99Ms: 200,
};

function summarise({
  starts: startRounds,
  thumbs: thumbRounds,
  noop: noopRounds,
  routes: load,
  images,
}) {
  const apiLatency = summariseComparison(startRounds, {
    variants: starts.variants,
    of: 'large',
    over: 'small',
    metrics: ['apiP50Ms', 'apiP99Ms', 'requestP99Ms', 'completeP99Ms', 'putP50Ms'],
    judge: ['apiP99Ms'],
  });
  // ms per job is lower-is-better, as summariseComparison assumes; bare ÷ tenfold of ms per job is
  // tenfold ÷ bare of jobs per second (and each best round is the fastest one).
  const perJob = (rounds, variants, of, over) =>
    summariseComparison(rounds, {
      variants,
      of,
      over,
      metrics: ['msPerJob', 'cpuMsPerJob'],
      judge: ['msPerJob'],
    });
  const all = [...startRounds, ...thumbRounds, ...noopRounds].flatMap((r) => r.runs);
  return {
    images: Object.fromEntries(
      Object.entries(images).map(([k, { bytes, width, height }]) => [k, { bytes, width, height }]),
    ),
    starts: apiLatency,
    pooled: pooledStarts(startRounds),
    thumbs: perJob(thumbRounds, thumbs.variants, 'bare', 'tenfold'),
    noop: perJob(noopRounds, noop.variants, 'raw', 'tenfold'),
    routes: summariseRoutes(load),
    otherCpu: spread([...all, ...load.runs].map((r) => r.otherCpuPct)),
    steal: spread([...all, ...load.runs].map((r) => r.stealPct)),
    failedJobs: [...thumbRounds, ...noopRounds]
      .flatMap((r) => r.runs)
      .reduce((t, r) => t + (r.failed ?? 0), 0),
  };
}

/** p99 of the API calls over all rounds of a size together (more samples than one run has). */
function pooledStarts(rounds) {
  const { percentileOfSorted } = require('../lib/stats');
  const out = {};
  for (const id of ['small', 'large']) {
    const samples = rounds
      .flatMap((r) => r.runs.filter((run) => run.variant === id))
      .flatMap((run) => run.samples.flatMap((s) => [s.requestMs, s.completeMs]));
    const sorted = Float64Array.from(samples).sort();
    out[id] = { calls: sorted.length, p99Ms: percentileOfSorted(sorted, 99) };
  }
  out.ratio = out.large.p99Ms / out.small.p99Ms;
  return out;
}

/**
 * Background jobs (docs/MEDIA.md, src/infrastructure/queue): what starting an image job costs the
 * API as the image grows, how fast the media worker makes thumbnails next to sharp alone, what
 * tenfold's queue layer costs per job next to raw BullMQ, and every GET route's tail under 50
 * clients. Its own method: bench/lib/jobs-*.js.
 */
module.exports = {
  name: 'jobs',
  summary:
    'image job start API p99 (100 KB vs 20 MB), thumbnails/s (tenfold worker vs bare sharp), ' +
    'no-op jobs/s (tenfold queue layer vs raw BullMQ), every GET route p99 at 50 clients',
  targets: [stub, web, mediaWorker, noopWorker],
  processes: { stub, web },
  starts,
  thumbs,
  noop,
  routes,
  summarise,
  run(settings, context) {
    const media = catalogue('media');
    if (
      media.concurrency !== MEDIA_CONCURRENCY ||
      catalogue('system').concurrency !== NOOP_CONCURRENCY
    ) {
      throw new Error('queue-catalogue concurrencies changed: update bench/scenarios/jobs.js');
    }
    return runJobs(this, settings, context);
  },
  format(settings, machine, summary) {
    return formatJobs(this, settings, machine, summary);
  },
};
