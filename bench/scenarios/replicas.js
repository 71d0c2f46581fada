'use strict';

const { runReplicas } = require('../lib/replicas-run');
const { formatReplicas, summariseReplicas } = require('../lib/replicas-table');
const { tenfoldWeb, tenfoldWorker } = require('../lib/targets');

// The bench sends far more than the default 600 requests a minute on one token, and the rate limit
// is not what is measured.
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: '1000000' };

// Completions, in every condition: their own process, so that report requests never queue in
// front of them in Node; only the database is shared.
const writes = tenfoldWeb({
  id: 'writes',
  label: 'tenfold web (completions)',
  logLevel: 'info',
  env: UNLIMITED,
});
// Reports, default configuration: reads that opt in go to a caught-up replica. The routing header
// (a test aid) lets the harness count per answer where it was read.
const replicaReads = tenfoldWeb({
  id: 'replicaReads',
  label: 'tenfold web (reports, default: replicas)',
  logLevel: 'info',
  env: { ...UNLIMITED, DB_READ_ROUTING_HEADER: 'true' },
});
// Reports, every read on the primary.
const primaryReads = tenfoldWeb({
  id: 'primaryReads',
  label: 'tenfold web (reports, DB_REPLICA_URLS=none)',
  logLevel: 'info',
  env: { ...UNLIMITED, DB_REPLICA_URLS: 'none', DB_READ_ROUTING_HEADER: 'true' },
});

// After the runs: delivers the events of the bench's tasks, so no backlog is left behind.
const drain = tenfoldWorker({ id: 'drain', label: 'a plain worker (dist/src/worker.js)' });

const conditions = [
  { id: 'none', label: 'no report load', reports: null },
  { id: 'replica', label: 'reports via the replica', reports: 'replicaReads' },
  { id: 'primary', label: 'reports on the primary', reports: 'primaryReads' },
];

/**
 * Read replicas (docs/BENCHMARKS.md, "The replicas scenario"): does moving report reads to a replica
 * keep the primary's write latency down? Task completions at a steady rate, with no report load,
 * with reports served via the replica, and with the same reports on the primary. Needs the large
 * demo data (`npm run seed:large`). Its own method: bench/lib/replicas-*.js.
 */
module.exports = {
  name: 'replicas',
  summary:
    'task completion p99 on the primary with no reports, reports on the replica, reports on the ' +
    'primary (large demo data; open loop, BENCH_REPLICAS_RATE completions/s)',
  targets: [writes, replicaReads, primaryReads, drain],
  processes: { writes, replicaReads, primaryReads, drain },
  conditions,
  summarise: ({ rounds, seed, knobs, cleanup }) =>
    summariseReplicas({ conditions, rounds, seed, knobs, cleanup }),
  run(settings, context) {
    return runReplicas(this, settings, context);
  },
  format(settings, machine, summary) {
    return formatReplicas(this, settings, machine, summary);
  },
};
