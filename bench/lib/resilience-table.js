'use strict';

const { ratioLines, verdictLine } = require('./events-table');

const ms = (n) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(2)) : '–');
const num = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function comparisonLines(title, comparison, ratioLabel, width) {
  const lines = [
    title,
    'condition'.padEnd(width) +
      'req/s'.padStart(8) +
      'p50 ms'.padStart(9) +
      'p99 ms'.padStart(9) +
      'max ms'.padStart(9),
  ];
  for (const v of comparison.variants) {
    lines.push(
      v.label.padEnd(width) +
        num(v.reqPerSec).padStart(8) +
        ms(v.p50Ms).padStart(9) +
        ms(v.p99Ms).padStart(9) +
        ms(v.maxMs).padStart(9),
    );
  }
  const names = { p50Ms: 'p50', p99Ms: 'p99' };
  lines.push(...ratioLines(ratioLabel, comparison.ratio, names, width));
  lines.push(verdictLine(comparison, { p99Ms: 'p99' }));
  return lines;
}

/** The printed result of `npm run bench resilience`. */
function formatResilience(scenario, settings, machine, summary) {
  const width = 36;
  const fxResetS = summary.breakerSettings['fx-rates'].resetMs / 1000;
  const dead = summary.fxCallsWhileDead
    .map((calls, i) => `${calls} in ${num(summary.deadRunSeconds[i])} s`)
    .join(', ');
  return [
    `scenario resilience (${settings.rounds} rounds × ${settings.seconds} s, ${settings.eventsRate} ` +
      `requests/s open loop, warm-up ${settings.warmupSeconds} s per run) on ` +
      `${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}`,
    '',
    ...comparisonLines(
      '1. task completion request latency (client side), Slack notified by a job',
      summary.slack,
      'Slack slow ÷ fast',
      width,
    ),
    `Slack calls during the slow runs (median, min–max): ${num(summary.slackCalls?.median, 0)} ` +
      `(${num(summary.slackCalls?.min, 0)}–${num(summary.slackCalls?.max, 0)}): the jobs did run`,
    '',
    ...comparisonLines(
      '2. billing quote latency (client side), FX through its breaker',
      summary.fx,
      'FX dead ÷ healthy',
      width,
    ),
    `requests that reached the dead FX API during the measured runs: ${dead} ` +
      `(the fleet's probes: one every ${fxResetS} s at most, plus its retry)`,
    `quotes while FX was dead: ${summary.quotesWhileDead}, of which stale (last known rate): ` +
      `${summary.staleWhileDead}`,
    `failed requests over the whole run: ${summary.failed}`,
  ].join('\n');
}

module.exports = { formatResilience };
