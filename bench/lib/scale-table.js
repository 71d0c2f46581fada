'use strict';

const { pct, ratioLines, spread, summariseComparison, verdictLine, x } = require('./events-table');
const { medianOf, percentileOfSorted, pooledSorted, sumCounts } = require('./stats');
const { BUSY_PCT, formatCounts } = require('./table');

const CPU_GROUPS = ['workers', 'bench', 'postgres', 'replicas', 'stack', 'idle'];

/**
 * The `scale` scenario's summary: per variant the medians over rounds (and, for the journeys,
 * percentiles over all rounds pooled), each process group's CPU, and the ratios 2 web ÷ 1 web,
 * each estimated three ways (events-table.js).
 */
function summariseScale({ variants, read, journeys, quiet }) {
  const readComparison = summariseComparison(read, {
    variants,
    of: 'two',
    over: 'one',
    metrics: ['reqPerSec', 'p50Ms', 'p99Ms', 'webCpuMsPerReq', 'allCpuMsPerReq'],
    higherIsBetter: ['reqPerSec'],
    judge: ['reqPerSec', 'p99Ms'],
  });
  const journeyComparison = summariseComparison(journeys, {
    variants,
    of: 'two',
    over: 'one',
    metrics: ['durationP50Ms', 'durationP99Ms', 'requestP99Ms', 'webCpuMsPerJourney'],
    judge: ['durationP50Ms', 'requestP99Ms'],
  });
  const runsOf = (rounds, id) => rounds.map((r) => r.runs.find((run) => run.variant === id));
  const readVariants = variants.map((variant) => {
    const runs = runsOf(read, variant.id);
    return {
      id: variant.id,
      label: variant.label,
      reqPerSecMin: Math.min(...runs.map((r) => r.reqPerSec)),
      reqPerSecMax: Math.max(...runs.map((r) => r.reqPerSec)),
      maxMs: medianOf(runs.map((r) => r.maxMs)),
      failed: runs.reduce((t, r) => t + r.failed, 0),
      firstFailure: runs.find((r) => r.firstFailure)?.firstFailure ?? null,
      byUpstream: sumCounts(runs.map((r) => r.byUpstream)),
      reads: runs.every((r) => r.reads) ? sumCounts(runs.map((r) => r.reads.byDestination)) : null,
      cpuPct: cpuMedians(runs),
    };
  });
  const journeyVariants = variants.map((variant) => {
    const runs = runsOf(journeys, variant.id);
    const durations = pooledSorted(runs.map((r) => r.durationsMs));
    const latencies = pooledSorted(runs.map((r) => r.latenciesMs));
    return {
      id: variant.id,
      label: variant.label,
      journeys: durations.length,
      requests: latencies.length,
      pooled: {
        durationP50Ms: percentileOfSorted(durations, 50),
        durationP99Ms: percentileOfSorted(durations, 99),
        requestP50Ms: percentileOfSorted(latencies, 50),
        requestP99Ms: percentileOfSorted(latencies, 99),
      },
      failed: runs.reduce((t, r) => t + r.failed, 0),
      firstFailure: runs.find((r) => r.firstFailure)?.firstFailure ?? null,
      requestErrors: runs.reduce((t, r) => t + r.requestErrors, 0),
      byUpstream: sumCounts(runs.map((r) => r.byUpstream)),
      cpuPct: cpuMedians(runs),
    };
  });
  const pooledRatio = (key) => {
    const [one, two] = ['one', 'two'].map((id) => journeyVariants.find((v) => v.id === id));
    return two.pooled[key] / one.pooled[key];
  };
  const allRuns = [...read, ...journeys].flatMap((r) => r.runs);
  return {
    read: { comparison: readComparison, variants: readVariants },
    journeys: {
      comparison: journeyComparison,
      variants: journeyVariants,
      pooledRatio: {
        durationP50Ms: pooledRatio('durationP50Ms'),
        durationP99Ms: pooledRatio('durationP99Ms'),
        requestP99Ms: pooledRatio('requestP99Ms'),
      },
    },
    otherCpu: spread(allRuns.map((r) => r.otherCpuPct)),
    steal: spread(allRuns.map((r) => r.stealPct)),
    quiet,
  };
}

/** Per process group, the median over runs of its % of one core (web: per instance). */
function cpuMedians(runs) {
  const out = {};
  for (const group of [...CPU_GROUPS, 'all'])
    out[group] = medianOf(runs.map((r) => r.cpuPct[group]));
  out.web = runs[0].cpuPct.web.map((_, i) => medianOf(runs.map((r) => r.cpuPct.web[i])));
  out.other = medianOf(runs.map((r) => r.otherCpuPct));
  out.steal = medianOf(runs.map((r) => r.stealPct));
  return out;
}

const num = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const core = (n) => (Number.isFinite(n) ? `${Math.round(n)}` : '–');
const WIDTH = 20;

/** The printed result of `npm run bench scale`. */
function formatScale(scenario, settings, machine, summary) {
  const { read, journeys } = scenario;
  const lines = [
    `scenario scale (${settings.rounds} rounds, BENCH_SECONDS ${settings.seconds}, warm-up ` +
      `${settings.warmupSeconds}) on ${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}`,
    '1 web instance vs 2, each behind its own round-robin balancer in the bench process ' +
      '(test/support/cluster); the same 2 workers serve both; LOG_LEVEL=warn',
    '',
    `1. ${read.route} (${read.tasks} tasks; session from Redis, rows via the replica read path), ` +
      `${read.clients} closed-loop clients through the balancer, ${settings.seconds} s windows ` +
      `after a warm-up of ${read.warmupSeconds(settings, { web: 1 })} s per web instance`,
    'variant'.padEnd(WIDTH) +
      'req/s'.padStart(7) +
      '  (min–max)'.padEnd(15) +
      'p50 ms'.padStart(8) +
      'p99 ms'.padStart(8) +
      'max ms'.padStart(8) +
      'CPU ms/req: web'.padStart(17) +
      'all'.padStart(7),
  ];
  const readSummary = summary.read;
  for (const v of readSummary.variants) {
    const m = readSummary.comparison.variants.find((s) => s.id === v.id);
    lines.push(
      v.label.padEnd(WIDTH) +
        int(m.reqPerSec).padStart(7) +
        `  (${int(v.reqPerSecMin)}–${int(v.reqPerSecMax)})`.padEnd(15) +
        num(m.p50Ms).padStart(8) +
        num(m.p99Ms).padStart(8) +
        num(v.maxMs).padStart(8) +
        num(m.webCpuMsPerReq, 2).padStart(17) +
        num(m.allCpuMsPerReq, 2).padStart(7),
    );
  }
  const readNames = {
    reqPerSec: 'req/s',
    p50Ms: 'p50',
    p99Ms: 'p99',
    webCpuMsPerReq: 'web CPU/req',
    allCpuMsPerReq: 'all CPU/req',
  };
  lines.push(
    ...ratioLines('2 ÷ 1', readSummary.comparison.ratio, readNames, WIDTH),
    verdictLine(readSummary.comparison, readNames),
    ...readSummary.variants.map(
      (v) =>
        `   ${v.label}: answered by ${formatCounts(v.byUpstream)}; reads (tenfold_db_reads_total) ` +
        (v.reads ? formatCounts(v.reads) : 'not exposed'),
    ),
    '',
    ...cpuTable('CPU during the measured windows', readSummary.variants, machine.cores),
  );

  const journeySummary = summary.journeys;
  lines.push(
    '',
    `2. user journey (test/support/cluster/user-journey.js: sign-ups, invitation mail, project, ` +
      `tasks, Slack, image and thumbnail, onboarding), ${journeys.lanes} at a time, ` +
      `${journeys.perRun(settings)} per run (after ${journeys.warmup(settings, { web: 1 })} per web ` +
      'instance), through the balancer',
    'variant'.padEnd(WIDTH) +
      'journeys'.padStart(9) +
      'duration p50'.padStart(14) +
      'p99'.padStart(7) +
      'request p50'.padStart(13) +
      'p99'.padStart(7) +
      'web CPU ms/journey'.padStart(20),
  );
  for (const v of journeySummary.variants) {
    const m = journeySummary.comparison.variants.find((s) => s.id === v.id);
    lines.push(
      v.label.padEnd(WIDTH) +
        String(v.journeys).padStart(9) +
        num(v.pooled.durationP50Ms, 0).padStart(14) +
        num(v.pooled.durationP99Ms, 0).padStart(7) +
        num(v.pooled.requestP50Ms).padStart(13) +
        num(v.pooled.requestP99Ms).padStart(7) +
        num(m.webCpuMsPerJourney, 0).padStart(20),
    );
  }
  lines.push(
    '   (ms, pooled over all rounds; web CPU: median over rounds. The estimates below take each ' +
      "run's own percentiles: its p99 is about its slowest journey)",
  );
  const journeyNames = {
    durationP50Ms: 'duration p50',
    durationP99Ms: 'p99',
    requestP99Ms: 'request p99',
    webCpuMsPerJourney: 'web CPU/journey',
  };
  const pooled = journeySummary.pooledRatio;
  lines.push(
    ...ratioLines('2 ÷ 1', journeySummary.comparison.ratio, journeyNames, WIDTH),
    '  all rounds pooled'.padEnd(WIDTH) +
      `duration p50 ${x(pooled.durationP50Ms)}   p99 ${x(pooled.durationP99Ms)}   ` +
      `request p99 ${x(pooled.requestP99Ms)}`,
    verdictLine(journeySummary.comparison, journeyNames),
    ...journeySummary.variants.map(
      (v) => `   ${v.label}: ${v.requests} requests, answered by ${formatCounts(v.byUpstream)}`,
    ),
    '',
    ...cpuTable('CPU during the journey runs', journeySummary.variants, machine.cores),
  );

  lines.push(
    '',
    `noise: other processes (not the bench's instances, Postgres, Redis, S3, SMTP sink or the ` +
      `harness) used ${pct(summary.otherCpu)} of a core during the measured runs, steal ` +
      `${pct(summary.steal)} (median, min–max)`,
    ...(summary.otherCpu?.median > BUSY_PCT
      ? [
          `BUSY: other processes used ${Math.round(summary.otherCpu.median)}% of a core (median) ` +
            'during the runs; whatever the verdict, repeat the run when the machine is idle',
        ]
      : []),
    ...warnings(summary).map((w) => `warning: ${w}`),
    `afterwards: ${describeQuiet(summary.quiet)}`,
  );
  return lines.join('\n');
}

/** Each process group's CPU per variant, in % of one core (medians over rounds). */
function cpuTable(title, variants, cores) {
  const columns = [
    ['web', 12],
    ['workers', 9],
    ['bench', 7],
    ['postgres', 10],
    ['replicas', 10],
    ['stack', 7],
    ['idle', 6],
    ['all', 6],
    ['other', 7],
    ['steal', 7],
  ];
  return [
    `${title}, % of one core (medians over rounds; ${cores} cores make ${cores * 100}%)`,
    'variant'.padEnd(WIDTH) + columns.map(([name, w]) => name.padStart(w)).join(''),
    ...variants.map(
      (v) =>
        v.label.padEnd(WIDTH) +
        columns
          .map(([name, w]) =>
            (name === 'web' ? v.cpuPct.web.map(core).join('+') : core(v.cpuPct[name])).padStart(w),
          )
          .join(''),
    ),
    '   web: each measured instance; bench: this process (both balancers and the clients); postgres: ' +
      'the primary with its backends; stack: Redis, S3, SMTP sink; idle: the other cluster and ' +
      'the Slack stub; all: these together; other: the rest of the machine',
  ];
}

function warnings(summary) {
  const list = [];
  for (const v of summary.read.variants) {
    if (v.failed > 0) list.push(`1. ${v.label}: ${v.failed} request(s) failed (${v.firstFailure})`);
    if (v.reads && !(v.reads.replica > 0)) list.push(`1. ${v.label}: no read went to a replica`);
  }
  for (const v of summary.journeys.variants) {
    if (v.failed > 0) list.push(`2. ${v.label}: ${v.failed} journey(s) failed (${v.firstFailure})`);
    if (v.requestErrors > 0)
      list.push(`2. ${v.label}: ${v.requestErrors} journey request(s) answered ≥ 400`);
  }
  return list;
}

function describeQuiet(quiet) {
  const took = `after ${quiet.seconds.toFixed(1)} s`;
  if (quiet.outbox === 0 && quiet.jobs === 0)
    return `no outbox row pending and no job waiting or running (${took}); instances stopped`;
  return (
    `${quiet.outbox} outbox row(s) pending and ${quiet.jobs} job(s) waiting or running ${took}: ` +
    'a later worker takes them'
  );
}

module.exports = { summariseScale, formatScale };
