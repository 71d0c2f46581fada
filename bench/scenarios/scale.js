'use strict';

const { runScale } = require('../lib/scale-run');
const { formatScale, summariseScale } = require('../lib/scale-table');
const { externalStub } = require('../lib/targets');

// The Slack stand-in the journeys connect their workspaces to (bench/servers/external-stub.js).
const stub = externalStub();
// Not started as a target: test/support/cluster/cluster.js starts the instances from dist/ behind
// its round-robin balancer. Named here for the preflight (dist/, stack, migrations).
const clusters = {
  id: 'clusters',
  label: 'tenfold web and worker instances (test/support/cluster)',
  needs: ['dist', 'stack'],
};

// Every instance: quiet logs (stdout goes nowhere anyway), loopback only, and no rate limit (all the
// load comes from one address, and the limit is not what is measured). Workers deliver events in
// process, as the other scenarios' workers do.
const instanceEnv = {
  env: { LOG_LEVEL: 'warn', HTTP_HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '1000000' },
  workerEnv: { EVENT_TRANSPORT: 'inprocess' },
};

// Both clusters stay up for the whole run; only the measured one gets load. The workers live in
// the first and serve both (queues and outbox are the stack's, not a cluster's), so the two
// variants differ in the number of web instances alone.
const variants = [
  { id: 'one', label: '1 web instance', web: 1, workers: 2 },
  { id: 'two', label: '2 web instances', web: 2, workers: 0 },
];

// 1. An authenticated read through the read path: the session from Redis, then the project and its
// tasks from a caught-up replica (ReplicaReads), as a client lists a project's tasks.
// Warm-up per web instance, so that each gets as much as the single one: one instance took ≈ 8 s
// of this load to reach its steady speed (JIT), two took twice as long (each gets half).
const read = {
  title: 'authenticated read throughput',
  route: 'GET /v1/workspaces/{id}/projects/{id}/tasks',
  tasks: 10,
  clients: 32,
  warmupSeconds: (settings, variant) => 5 * settings.warmupSeconds * variant.web,
};

// 2. test/support/cluster/user-journey.js: one user's first session, ≈ 20 requests, waiting for
// mail, a thumbnail and onboarding (worker work) on the way.
const journeys = {
  title: 'user journey',
  lanes: 4,
  perRun: (settings) => 5 * settings.seconds,
  warmup: (settings, variant) => 4 * settings.warmupSeconds * variant.web,
  waitMs: 30_000,
};

/**
 * Horizontal scaling (issue 8; docs/BENCHMARKS.md, "The scale scenario"): one web instance vs two
 * behind the same round-robin balancer, on one machine. 1. req/s and latency of an authenticated
 * read under 32 closed-loop clients, with the CPU each process group used; 2. the user journey's
 * duration and per-request latency, 4 journeys at a time. Its own method: bench/lib/scale-*.js.
 */
module.exports = {
  name: 'scale',
  summary:
    'authenticated read req/s and p99, and user-journey p99, with 1 vs 2 web instances behind ' +
    'the round-robin balancer (CPU per process group)',
  targets: [stub, clusters],
  stub,
  instanceEnv,
  variants,
  read,
  journeys,
  summarise: (outcome) => summariseScale({ variants, ...outcome }),
  run(settings, context) {
    return runScale(this, settings, context);
  },
  format(settings, machine, summary) {
    return formatScale(this, settings, machine, summary);
  },
};
