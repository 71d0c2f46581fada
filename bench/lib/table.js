'use strict';

const int = (n) => Math.round(n).toLocaleString('en-US');
const ms = (n) => n.toFixed(2);
const x = (n) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const range = (s) => (s ? `${x(s.median)} (${x(s.min)}–${x(s.max)})` : '–');
const pct = (s) =>
  s === null ? '–' : `${Math.round(s.median)}% (${Math.round(s.min)}–${Math.round(s.max)}%)`;

// Above this median share of a core taken by other processes, a run is flagged whatever its verdict.
const BUSY_PCT = 25;

/** The printed result: header line, one row per target, one line per ratio. */
function formatTable(scenario, settings, machine, summary) {
  const width = Math.max(22, ...summary.targets.map((t) => t.label.length + 2));
  const ratioWidth = Math.max(width, ...summary.ratios.map((r) => r.label.length + 8));
  const lines = [
    `scenario ${scenario.name} (${settings.rounds} rounds × ${settings.seconds} s, ` +
      `${settings.connections} connections) on ${machine.cpuModel}, ${machine.cores} cores, ` +
      `node ${machine.node}`,
    'target'.padEnd(width) +
      'req/s (median)'.padStart(14) +
      '  (min–max)'.padEnd(19) +
      'p50 ms'.padStart(8) +
      'p99 ms'.padStart(8) +
      'server CPU µs/req'.padStart(19),
  ];
  for (const t of summary.targets) {
    lines.push(
      t.label.padEnd(width) +
        int(t.reqPerSec).padStart(14) +
        `  (${int(t.reqPerSecMin)}–${int(t.reqPerSecMax)})`.padEnd(19) +
        ms(t.p50Ms).padStart(8) +
        ms(t.p99Ms).padStart(8) +
        (t.serverCpuUsPerReq === null ? '–' : t.serverCpuUsPerReq.toFixed(1)).padStart(19),
    );
  }
  for (const r of summary.ratios) {
    const p = r.pairedByRound;
    const b = r.bestRound;
    lines.push(
      `ratio ${r.label}`.padEnd(ratioWidth) +
        `req/s ${x(r.reqPerSec)}   p99 ${x(r.p99)}   CPU/req ${x(r.serverCpuPerReq)}   (of medians)`,
      '  paired by round'.padEnd(ratioWidth) +
        `req/s ${range(p.reqPerSec)}   p99 ${range(p.p99)}   CPU/req ${range(p.serverCpuPerReq)}`,
      '  best round'.padEnd(ratioWidth) +
        `req/s ${x(b.reqPerSec)}   p99 ${x(b.p99)}   CPU/req ${x(b.serverCpuPerReq)}`,
    );
  }
  lines.push(verdict(summary.ratios));
  const busy = summary.noise.otherCpuPct?.median;
  if (busy > BUSY_PCT) {
    lines.push(
      `BUSY: other processes used ${Math.round(busy)}% of a core (median) during the runs; ` +
        'whatever the verdict, repeat the run when the machine is idle',
    );
  }
  if (summary.noise.otherCpuPct) {
    lines.push(
      `noise: other processes used ${pct(summary.noise.otherCpuPct)} of a core during the runs, ` +
        `steal ${pct(summary.noise.stealPct)} (median, min–max)`,
    );
  }
  for (const t of summary.targets) {
    if (t.errors + t.timeouts + t.non2xx > 0) {
      lines.push(
        `warning: ${t.label} had ${t.errors} errors, ${t.timeouts} timeouts and ` +
          `${t.non2xx} non-2xx answers over its rounds`,
      );
    }
  }
  return lines.join('\n');
}

/** Whether the three estimates of every ratio agree, i.e. whether to trust the run. */
function verdict(ratios) {
  const within = `${Math.round((ratios[0]?.agreement.within - 1) * 100)}%`;
  const unsteady = ratios.filter((r) => !r.agreement.steady);
  if (unsteady.length === 0)
    return `steady: the three estimates of each ratio agree within ${within}`;
  const apart = unsteady.map((r) => {
    const { reqPerSec, serverCpuPerReq } = r.agreement;
    return `${r.label} (req/s ${x(reqPerSec)}×, CPU/req ${x(serverCpuPerReq)}× apart)`;
  });
  return (
    `UNSTEADY: estimates differ by more than ${within} for ${apart.join(', ')}; ` +
    'the machine changed speed during the run: repeat it (or raise BENCH_ROUNDS)'
  );
}

/** "a 3, b 5" from { b: 5, a: 3 }, sorted by key; "none" when empty. */
function formatCounts(map) {
  const entries = Object.entries(map).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? entries.map(([k, n]) => `${k} ${n}`).join(', ') : 'none';
}

module.exports = { formatTable, formatCounts, BUSY_PCT };
