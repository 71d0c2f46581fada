'use strict';

const { median } = require('./stats');
const { STEADY_WITHIN } = require('./summarise');
const { BUSY_PCT } = require('./table');

/**
 * One comparison of the `events` scenario: per variant the median over its rounds of each metric
 * (lower-is-better: latencies, CPU per request; those named in `higherIsBetter`, e.g. req/s, the
 * other way round) and its best round; the ratio of `of` over `over` estimated three ways as in
 * summarise.js (of medians, paired by round, best rounds), and whether the three agree within
 * STEADY_WITHIN for the metrics in `judge`.
 */
function summariseComparison(rounds, { variants, of, over, metrics, judge, higherIsBetter = [] }) {
  const runsOf = (id) => rounds.map((r) => r.runs.find((run) => run.variant === id));
  const summaries = variants.map((variant) => {
    const runs = runsOf(variant.id);
    const medians = {};
    const best = {};
    for (const key of metrics) {
      const values = runs.map((r) => r[key]).filter(Number.isFinite);
      medians[key] = values.length ? median(values) : null;
      const bestOf = higherIsBetter.includes(key) ? Math.max : Math.min;
      best[key] = values.length ? bestOf(...values) : null;
    }
    return { id: variant.id, label: variant.label, ...medians, best, totals: totals(runs) };
  });
  const a = summaries.find((s) => s.id === of);
  const b = summaries.find((s) => s.id === over);
  const ratio = { of, over, ofMedians: {}, pairedByRound: {}, bestRound: {}, agreement: {} };
  for (const key of metrics) {
    ratio.ofMedians[key] = divide(a[key], b[key]);
    ratio.pairedByRound[key] = spread(
      rounds.map((r) => {
        const run = (id) => r.runs.find((x) => x.variant === id);
        return divide(run(of)[key], run(over)[key]);
      }),
    );
    ratio.bestRound[key] = divide(a.best[key], b.best[key]);
    const estimates = [
      ratio.ofMedians[key],
      ratio.pairedByRound[key]?.median,
      ratio.bestRound[key],
    ].filter(Number.isFinite);
    ratio.agreement[key] =
      estimates.length < 2 ? null : Math.max(...estimates) / Math.min(...estimates);
  }
  const apart = judge.filter((key) => ratio.agreement[key] > STEADY_WITHIN);
  return { variants: summaries, ratio, steady: apart.length === 0, apart, judge };
}

/** Sums over the rounds of a variant: what went missing or wrong, to be printed as warnings. */
function totals(runs) {
  // Wake-up runs keep their request figures under `http`; producer runs are request figures.
  const sum = (pick) => runs.reduce((total, run) => total + (pick(run) ?? 0), 0);
  const withEffects = runs.filter((r) => r.benchEffects !== undefined);
  return {
    requests: sum((r) => (r.http ?? r).sent),
    failedRequests: sum((r) => (r.http ?? r).failed),
    completions: sum((r) => (r.http ?? r).ok),
    events: sum((r) => r.events),
    missingFacts: sum((r) => r.missing),
    failedAttempts: Math.max(0, ...runs.map((r) => r.failedAttempts ?? 0)),
    benchEffects: withEffects.length ? sum((r) => r.benchEffects) : null,
    completionsWithEffects: withEffects.length ? withEffects.reduce((t, r) => t + r.ok, 0) : null,
  };
}

function divide(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : null;
}

function spread(values) {
  const numbers = values.filter(Number.isFinite);
  if (numbers.length === 0) return null;
  return { median: median(numbers), min: Math.min(...numbers), max: Math.max(...numbers) };
}

const num = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const ms = (n) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(2)) : '–');
const x = (n) => (Number.isFinite(n) ? (n >= 10 ? n.toFixed(1) : n.toFixed(2)) : '–');
const range = (s) => (s ? `${x(s.median)} (${x(s.min)}–${x(s.max)})` : '–');
const pct = (s) =>
  s ? `${Math.round(s.median)}% (${Math.round(s.min)}–${Math.round(s.max)}%)` : '–';

/** The three estimate lines of a ratio, for the given metrics and their printed names. */
function ratioLines(label, ratio, names, width) {
  const line = (pick) =>
    Object.entries(names)
      .map(([key, name]) => `${name} ${pick(key)}`)
      .join('   ');
  return [
    `ratio ${label}`.padEnd(width) + line((k) => x(ratio.ofMedians[k])) + '   (of medians)',
    '  paired by round'.padEnd(width) + line((k) => range(ratio.pairedByRound[k])),
    '  best round'.padEnd(width) + line((k) => x(ratio.bestRound[k])),
  ];
}

function verdictLine(comparison, names) {
  const within = `${Math.round((STEADY_WITHIN - 1) * 100)}%`;
  const judged = comparison.judge.map((k) => names[k]).join(' and ');
  if (comparison.steady)
    return `steady: the three estimates of the ${judged} ratios agree within ${within}`;
  const apart = comparison.apart
    .map((k) => `${names[k]} ${x(comparison.ratio.agreement[k])}×`)
    .join(', ');
  return `UNSTEADY: the estimates differ by more than ${within} (${apart} apart): repeat the run (or raise BENCH_ROUNDS)`;
}

/** The printed result of `npm run bench events`. */
function formatEvents(scenario, settings, machine, summary) {
  const { wakeUp, producer } = summary;
  const width = 36;
  const lines = [
    `scenario events (${settings.rounds} rounds × ${settings.seconds} s, ${settings.eventsRate} ` +
      `task completions/s open loop, warm-up ${settings.warmupSeconds} s per run) on ` +
      `${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}`,
    '',
    `1. commit → consumer latency per event (analytics recorded_at − occurred_at), ` +
      `polling interval ${scenario.pollIntervalMs} ms`,
    'worker'.padEnd(width) +
      'events'.padStart(8) +
      'p50 ms'.padStart(9) +
      'p99 ms'.padStart(9) +
      'max ms'.padStart(9),
  ];
  for (const v of wakeUp.variants) {
    lines.push(
      v.label.padEnd(width) +
        String(v.totals.events).padStart(8) +
        ms(v.p50Ms).padStart(9) +
        ms(v.p99Ms).padStart(9) +
        ms(v.maxMs).padStart(9),
    );
  }
  const lagNames = { p50Ms: 'p50', p99Ms: 'p99', maxMs: 'max' };
  lines.push(
    ...ratioLines('polling ÷ listen', wakeUp.ratio, lagNames, width),
    verdictLine(wakeUp, lagNames),
  );

  lines.push(
    '',
    '2. task completion request latency (client side) with 0 vs 3 consumers attached',
    'completion requests'.padEnd(width) +
      'req/s'.padStart(8) +
      'p50 ms'.padStart(9) +
      'p99 ms'.padStart(9) +
      'max ms'.padStart(9) +
      'web CPU µs/req'.padStart(16),
  );
  for (const v of producer.variants) {
    lines.push(
      v.label.padEnd(width) +
        num(v.reqPerSec, 1).padStart(8) +
        ms(v.p50Ms).padStart(9) +
        ms(v.p99Ms).padStart(9) +
        ms(v.maxMs).padStart(9) +
        num(v.webCpuUsPerReq, 0).padStart(16),
    );
  }
  const httpNames = { p50Ms: 'p50', p99Ms: 'p99', webCpuUsPerReq: 'web CPU/req' };
  lines.push(
    ...ratioLines('3 consumers ÷ 0', producer.ratio, httpNames, width),
    verdictLine(producer, httpNames),
    '',
    `noise: other processes (not web, worker, Postgres or the harness) used ${pct(summary.otherCpu)} ` +
      `of a core during the measured runs, steal ${pct(summary.steal)} (median, min–max)`,
    ...(summary.otherCpu?.median > BUSY_PCT
      ? [
          `BUSY: other processes used ${Math.round(summary.otherCpu.median)}% of a core (median) ` +
            'during the runs; whatever the verdict, repeat the run when the machine is idle',
        ]
      : []),
    ...summary.warnings.map((w) => `warning: ${w}`),
    `outbox afterwards: ${summary.cleanup}`,
  );
  return lines.join('\n');
}

/** Warnings worth a line: anything that makes a figure rest on fewer or different events. */
function warningsOf(wakeUp, producer) {
  const warnings = [];
  for (const v of [...wakeUp.variants, ...producer.variants]) {
    const t = v.totals;
    if (t.failedRequests > 0)
      warnings.push(`${v.label}: ${t.failedRequests} completion request(s) failed`);
    if (t.missingFacts > 0)
      warnings.push(`${v.label}: ${t.missingFacts} completion(s) got no analytics fact in time`);
    if (t.failedAttempts > 0)
      warnings.push(`${v.label}: ${t.failedAttempts} outbox row(s) had failed delivery attempts`);
    if (t.benchEffects !== null && t.benchEffects !== 3 * t.completionsWithEffects) {
      warnings.push(
        `${v.label}: ${t.benchEffects} bench effects for ${t.completionsWithEffects} completions ` +
          '(expected 3 each)',
      );
    }
  }
  return warnings;
}

module.exports = {
  summariseComparison,
  formatEvents,
  warningsOf,
  spread,
  ratioLines,
  verdictLine,
  x,
  range,
  pct,
};
