'use strict';

const { median } = require('./stats');

// The three estimates of a ratio must agree within this factor for a run to count as steady.
const STEADY_WITHIN = 1.15;

/**
 * Per target: medians over the rounds (the headline), and the best round (highest req/s, lowest
 * p99, lowest CPU per request). Per ratio, three estimates, each failing in a different way on a
 * noisy machine, so that their agreement says whether the run can be trusted:
 * - of medians: wrong when most rounds of one target were disturbed and not the other's;
 * - paired by round: each round's two runs, next to each other in time, divided; wrong when the
 *   machine changes speed within seconds;
 * - best round: noise only ever slows a server down, so each target's best round is closest to
 *   its undisturbed speed; wrong when one target never got an undisturbed round.
 */
function summarise(scenario, rounds) {
  const runsOf = (id) => rounds.map((r) => r.runs.find((run) => run.target === id));
  const targets = scenario.targets.map((target) => summariseTarget(target, runsOf(target.id)));
  const byId = Object.fromEntries(targets.map((t) => [t.id, t]));
  const ratios = scenario.ratios.map(({ label, of, over }) => {
    const a = byId[of];
    const b = byId[over];
    const paired = (key) =>
      spread(rounds.map((r) => divide(runIn(r, of)[key], runIn(r, over)[key])));
    const ratio = {
      label,
      of,
      over,
      reqPerSec: divide(a.reqPerSec, b.reqPerSec),
      p99: divide(a.p99Ms, b.p99Ms),
      serverCpuPerReq: divide(a.serverCpuUsPerReq, b.serverCpuUsPerReq),
      pairedByRound: {
        reqPerSec: paired('reqPerSec'),
        p99: paired('p99Ms'),
        serverCpuPerReq: paired('serverCpuUsPerReq'),
      },
      bestRound: {
        reqPerSec: divide(a.best.reqPerSec, b.best.reqPerSec),
        p99: divide(a.best.p99Ms, b.best.p99Ms),
        serverCpuPerReq: divide(a.best.serverCpuUsPerReq, b.best.serverCpuUsPerReq),
      },
    };
    return { ...ratio, agreement: agreement(ratio) };
  });
  const allRuns = rounds.flatMap((r) => r.runs);
  const noise = {
    otherCpuPct: spread(allRuns.map((r) => r.otherCpuPct)),
    stealPct: spread(allRuns.map((r) => r.stealPct)),
  };
  return { targets, ratios, noise };
}

function summariseTarget(target, runs) {
  const values = (key) => runs.map((r) => r[key]).filter((v) => Number.isFinite(v));
  const reqPerSec = values('reqPerSec');
  const cpu = values('serverCpuUsPerReq');
  return {
    id: target.id,
    label: target.label,
    reqPerSec: median(reqPerSec),
    reqPerSecMin: Math.min(...reqPerSec),
    reqPerSecMax: Math.max(...reqPerSec),
    p50Ms: median(values('p50Ms')),
    p99Ms: median(values('p99Ms')),
    serverCpuUsPerReq: cpu.length ? median(cpu) : null,
    best: {
      reqPerSec: Math.max(...reqPerSec),
      p99Ms: Math.min(...values('p99Ms')),
      serverCpuUsPerReq: cpu.length ? Math.min(...cpu) : null,
    },
    errors: sum(runs, 'errors'),
    timeouts: sum(runs, 'timeouts'),
    non2xx: sum(runs, 'non2xx'),
  };
}

/** How far apart the three req/s and CPU-per-request estimates are (largest ÷ smallest). */
function agreement(ratio) {
  const factor = (estimates) => {
    const numbers = estimates.filter((v) => Number.isFinite(v));
    return numbers.length < 2 ? null : Math.max(...numbers) / Math.min(...numbers);
  };
  const reqPerSec = factor([
    ratio.reqPerSec,
    ratio.pairedByRound.reqPerSec?.median,
    ratio.bestRound.reqPerSec,
  ]);
  const serverCpuPerReq = factor([
    ratio.serverCpuPerReq,
    ratio.pairedByRound.serverCpuPerReq?.median,
    ratio.bestRound.serverCpuPerReq,
  ]);
  const worst = Math.max(reqPerSec ?? 1, serverCpuPerReq ?? 1);
  return { reqPerSec, serverCpuPerReq, steady: worst <= STEADY_WITHIN, within: STEADY_WITHIN };
}

function runIn(round, id) {
  return round.runs.find((run) => run.target === id);
}

function divide(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : null;
}

/** { median, min, max } of the finite numbers among values; null if none. */
function spread(values) {
  const numbers = values.filter((v) => Number.isFinite(v));
  if (numbers.length === 0) return null;
  return { median: median(numbers), min: Math.min(...numbers), max: Math.max(...numbers) };
}

function sum(runs, key) {
  return runs.reduce((total, run) => total + run[key], 0);
}

module.exports = { summarise, STEADY_WITHIN };
