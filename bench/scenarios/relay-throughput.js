'use strict';

const { median } = require('../lib/stats');
const { runRelay } = require('../lib/relay-run');
const { tenfoldWeb, tenfoldWorker } = require('../lib/targets');

const EVENTS = Number(process.env.BENCH_RELAY_EVENTS || 4000);
const worker = tenfoldWorker({ id: 'relay', label: 'worker', env: { OUTBOX_LISTEN: 'true' } });

const comparison = {
  title: `outbox relay throughput: ${EVENTS} task completions, 1 relay vs 2 racing`,
  variants: [
    { id: 'one', label: '1 relay (1 worker)', relays: 1, worker },
    { id: 'two', label: '2 relays (2 workers)', relays: 2, worker },
  ],
  describe: (run) =>
    `${run.eventsPerSec.toFixed(0).padStart(6)} events/s  (${run.seconds.toFixed(2)} s` +
    `${run.failed ? `, ${run.failed} failed attempts` : ''})`,
};

/**
 * How many events a second the outbox relay delivers, with its consumers (in-process transport),
 * and what a second relay adds: the capacity model's missing measure (docs/CAPACITY.md).
 * Its own method: bench/lib/relay-run.js. BENCH_RELAY_EVENTS sets the events a run (4000).
 */
module.exports = {
  name: 'relay-throughput',
  summary: `outbox relay: events/s with 1 and 2 relays racing (${EVENTS} events a run)`,
  events: EVENTS,
  targets: [worker],
  processes: {
    web: tenfoldWeb({
      id: 'web',
      label: 'tenfold web',
      logLevel: 'info',
      env: { RATE_LIMIT_PER_MINUTE: '1000000' },
    }),
  },
  comparison,
  run(settings, context) {
    return runRelay(this, settings, context);
  },
  format(settings, machine, rounds) {
    const of = (id) => rounds.flatMap((r) => r.runs).filter((run) => run.variant === id);
    const rate = (id) => median(of(id).map((run) => run.eventsPerSec));
    const paired = rounds.map((r) => {
      const [one, two] = ['one', 'two'].map((id) => r.runs.find((run) => run.variant === id));
      return two.eventsPerSec / one.eventsPerSec;
    });
    const lines = [
      `scenario relay-throughput (${settings.rounds} rounds, ${EVENTS} events a run) on ${machine.cpuModel}, ${machine.cores} cores, node ${process.version}`,
      ...comparison.variants.map(
        (v) =>
          `${v.label.padEnd(24)} ${rate(v.id).toFixed(0).padStart(6)} events/s (median; ` +
          `${Math.min(...of(v.id).map((r) => r.eventsPerSec)).toFixed(0)}–` +
          `${Math.max(...of(v.id).map((r) => r.eventsPerSec)).toFixed(0)})`,
      ),
      `ratio 2 relays ÷ 1: ${(rate('two') / rate('one')).toFixed(2)} (of medians), ` +
        `${median(paired).toFixed(2)} paired by round ` +
        `(${Math.min(...paired).toFixed(2)}–${Math.max(...paired).toFixed(2)})`,
    ];
    const failed = rounds.flatMap((r) => r.runs).reduce((n, run) => n + run.failed, 0);
    if (failed > 0)
      lines.push(`WARNING: ${failed} failed delivery attempts: the rates are suspect`);
    return lines.join('\n');
  },
};
