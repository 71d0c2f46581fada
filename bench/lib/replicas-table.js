'use strict';

const { pct, ratioLines, spread, summariseComparison, x } = require('./events-table');
const { medianOf, percentileOfSorted, pooledSorted, sumCounts } = require('./stats');
const { STEADY_WITHIN } = require('./summarise');
const { BUSY_PCT, formatCounts } = require('./table');

/**
 * The `replicas` scenario's summary: per condition the medians over rounds (and a percentile over
 * all its rounds' answers pooled), the report load's figures and where its reads went, and the
 * completion latency ratios b ÷ a, c ÷ a and c ÷ b, each estimated three ways (events-table.js).
 */
function summariseReplicas({ conditions, rounds, seed, knobs, cleanup }) {
  const ratio = (of, over) =>
    summariseComparison(rounds, {
      variants: conditions,
      of,
      over,
      metrics: ['p50Ms', 'p99Ms'],
      judge: ['p99Ms'],
    });
  const runsOf = (id) => rounds.map((r) => r.runs.find((run) => run.variant === id));
  const perCondition = conditions.map((condition) => {
    const runs = runsOf(condition.id);
    const med = (pick) => medianOf(runs.map(pick));
    const pooled = pooledSorted(runs.map((r) => r.latenciesMs));
    const reports = runs.map((r) => r.reports).filter(Boolean);
    const reportPool = pooledSorted(reports.map((r) => r.latenciesMs));
    return {
      id: condition.id,
      label: condition.label,
      completions: {
        reqPerSec: med((r) => r.reqPerSec),
        p50Ms: med((r) => r.p50Ms),
        p99Ms: med((r) => r.p99Ms),
        maxMs: med((r) => r.maxMs),
        pooledP99Ms: percentileOfSorted(pooled, 99),
        pooledCount: pooled.length,
        webCpuUsPerReq: med((r) => r.webCpuUsPerReq),
        failed: runs.reduce((t, r) => t + r.failed, 0),
        harnessLateMaxMs: Math.max(0, ...runs.map((r) => r.harnessLateMs ?? 0)),
      },
      reports: reports.length
        ? {
            perSec: medianOf(reports.map((r) => r.perSec)),
            p50Ms: medianOf(reports.map((r) => r.p50Ms)),
            p99Ms: medianOf(reports.map((r) => r.p99Ms)),
            pooledP99Ms: percentileOfSorted(reportPool, 99),
            total: reports.reduce((t, r) => t + r.ok, 0),
            failed: reports.reduce((t, r) => t + r.failed, 0),
            firstFailure: reports.find((r) => r.firstFailure)?.firstFailure ?? null,
            readFrom: sumCounts(reports.map((r) => r.tallied)),
          }
        : null,
      // Summed over the rounds' measured windows; null when the build exposes no counter.
      reads: runs.some((r) => r.reads)
        ? {
            byDestination: sumCounts(runs.map((r) => r.reads?.byDestination ?? {})),
            byReason: sumCounts(runs.map((r) => r.reads?.byReason ?? {})),
          }
        : null,
      postgresCpuPct: med((r) => r.postgresCpuPct),
      replicaCpuPct: med((r) => r.replicaCpuPct),
      reportWebCpuPct: med((r) => r.reportWebCpuPct),
      replicaLagMaxBytes: med((r) => r.replicaLagMaxBytes),
    };
  });
  const allRuns = rounds.flatMap((r) => r.runs);
  return {
    seed: seed.workspaces,
    knobs: { ...knobs, password: undefined },
    conditions: perCondition,
    ratios: [ratio('replica', 'none'), ratio('primary', 'none'), ratio('primary', 'replica')],
    otherCpu: spread(allRuns.map((r) => r.otherCpuPct)),
    steal: spread(allRuns.map((r) => r.stealPct)),
    cleanup,
  };
}

const num = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ms = (n) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(2)) : '–');
const corePct = (n) => (Number.isFinite(n) ? `${Math.round(n)}%` : '–');
const mib = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : '–');

const LETTER = { none: '(a)', replica: '(b)', primary: '(c)' };

/** The printed result of `npm run bench replicas`. */
function formatReplicas(scenario, settings, machine, summary) {
  const { knobs } = summary;
  const width = 46;
  const lines = [
    `scenario replicas (${settings.rounds} rounds × ${settings.seconds} s, ${knobs.rate} task ` +
      `completions/s open loop, warm-up ${settings.warmupSeconds} s per run) on ` +
      `${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}`,
    `report load: ${knobs.reportClients} closed-loop clients, GET ${knobs.reportPath}, over ` +
      summary.seed
        .map((w) => `${w.facts.toLocaleString('en')} (${w.last30.toLocaleString('en')} in 30 d)`)
        .join(' / ') +
      ' task facts',
    '',
    '1. task completions (client side; their own web process in every condition)',
    'condition'.padEnd(width) +
      'req/s'.padStart(7) +
      'p50 ms'.padStart(9) +
      'p99 ms'.padStart(9) +
      'max ms'.padStart(9) +
      'p99 pooled'.padStart(12) +
      'web µs/req'.padStart(12),
  ];
  for (const c of summary.conditions) {
    const m = c.completions;
    lines.push(
      `${LETTER[c.id]} ${c.label}`.padEnd(width) +
        num(m.reqPerSec).padStart(7) +
        ms(m.p50Ms).padStart(9) +
        ms(m.p99Ms).padStart(9) +
        ms(m.maxMs).padStart(9) +
        ms(m.pooledP99Ms).padStart(12) +
        num(m.webCpuUsPerReq, 0).padStart(12),
    );
  }
  const names = { p50Ms: 'p50', p99Ms: 'p99' };
  const labels = ['(b) ÷ (a)', '(c) ÷ (a)', '(c) ÷ (b)'];
  summary.ratios.forEach((comparison, i) => {
    lines.push(...ratioLines(labels[i], comparison.ratio, names, width));
  });
  lines.push(verdictLine(summary.ratios, labels));

  lines.push(
    '',
    '2. report load and where it ran (medians over rounds; CPU in % of one core)',
    'condition'.padEnd(width) +
      'reports/s'.padStart(10) +
      'p50 ms'.padStart(9) +
      'p99 ms'.padStart(9) +
      'primary pg'.padStart(11) +
      'replica pg'.padStart(11) +
      'replica lag max'.padStart(16),
  );
  for (const c of summary.conditions) {
    const r = c.reports;
    lines.push(
      `${LETTER[c.id]} ${c.label}`.padEnd(width) +
        (r ? num(r.perSec, 2) : '–').padStart(10) +
        ms(r?.p50Ms).padStart(9) +
        ms(r?.p99Ms).padStart(9) +
        corePct(c.postgresCpuPct).padStart(11) +
        corePct(c.replicaCpuPct).padStart(11) +
        mib(c.replicaLagMaxBytes).padStart(16),
    );
  }
  for (const c of summary.conditions.filter((c) => c.reports)) {
    const where = c.reads
      ? `tenfold_db_reads_total: ${formatCounts(c.reads.byDestination)} (by reason: ${formatCounts(c.reads.byReason)})`
      : 'tenfold_db_reads_total: not exposed by this build';
    const header = Object.keys(c.reports.readFrom).length
      ? `; X-Read-From: ${formatCounts(c.reports.readFrom)}`
      : '';
    lines.push(
      `${LETTER[c.id]} ${c.reports.total} reports in the measured windows; ${where}${header}`,
    );
  }

  lines.push(
    '',
    `noise: other processes (not the web processes, Postgres primary and replica, or the harness) ` +
      `used ${pct(summary.otherCpu)} of a core during the measured runs, steal ${pct(summary.steal)} ` +
      '(median, min–max)',
    ...(summary.otherCpu?.median > BUSY_PCT
      ? [
          `BUSY: other processes used ${Math.round(summary.otherCpu.median)}% of a core (median) ` +
            'during the runs; whatever the verdict, repeat the run when the machine is idle',
        ]
      : []),
    ...warnings(summary).map((w) => `warning: ${w}`),
    `outbox afterwards: ${describeCleanup(summary.cleanup)}`,
  );
  return lines.join('\n');
}

function describeCleanup(cleanup) {
  if (cleanup.pending === 0) return cleanup.method;
  const seconds = cleanup.seconds !== undefined ? ` (${cleanup.seconds.toFixed(1)} s)` : '';
  if (cleanup.left > 0) {
    return `${cleanup.pending} event(s) of the bench's tasks; ${cleanup.left} still wait for a worker${seconds}`;
  }
  return `${cleanup.pending} event(s) of the bench's tasks, delivered by a plain worker${seconds}`;
}

function verdictLine(comparisons, labels) {
  const within = `${Math.round((STEADY_WITHIN - 1) * 100)}%`;
  const apart = comparisons
    .map((c, i) => (c.steady ? null : `${labels[i]} p99 ${x(c.ratio.agreement.p99Ms)}×`))
    .filter(Boolean);
  if (apart.length === 0)
    return `steady: the three estimates of each p99 ratio agree within ${within}`;
  return (
    `UNSTEADY: the estimates differ by more than ${within} (${apart.join(', ')} apart): ` +
    'repeat the run (or raise BENCH_ROUNDS / BENCH_SECONDS)'
  );
}

function warnings(summary) {
  const list = [];
  for (const c of summary.conditions) {
    if (c.completions.failed > 0)
      list.push(`${LETTER[c.id]}: ${c.completions.failed} completion request(s) failed`);
    if (c.reports?.failed > 0)
      list.push(
        `${LETTER[c.id]}: ${c.reports.failed} report request(s) failed (${c.reports.firstFailure})`,
      );
    if (c.completions.harnessLateMaxMs > 50)
      list.push(
        `${LETTER[c.id]}: the harness sent up to ${Math.round(c.completions.harnessLateMaxMs)} ms ` +
          'behind schedule (its own CPU starved): the load came in bursts',
      );
  }
  const b = summary.conditions.find((c) => c.id === 'replica');
  const c = summary.conditions.find((c) => c.id === 'primary');
  if (b?.reads && !(b.reads.byDestination.replica > 0))
    list.push('(b): no read went to a replica: (b) measured the primary too');
  if (c?.reads && c.reads.byDestination.replica > 0)
    list.push('(c): reads went to a replica although DB_REPLICA_URLS=none');
  return list;
}

module.exports = { summariseReplicas, formatReplicas };
