import type { Machine } from './machine';
import {
  medianFigure,
  STEADY_WITHIN,
  type ComparisonRatio,
  type ComparisonSummary,
  type TargetRatio,
  type TargetsSummary,
} from './ratios';
import type { Settings } from './settings';
import type { Counts, Spread } from './stats';

// Above this median share of a core taken by other processes, a run is flagged whatever its verdict.
export const BUSY_PCT = 25;

type Figure = number | null | undefined;
const isFinite = (n: Figure): n is number => Number.isFinite(n);

/** A figure with `digits` decimals, or '–' when there is none. */
export const fixed = (n: Figure, digits: number): string => (isFinite(n) ? n.toFixed(digits) : '–');
/** Milliseconds: whole from 100 up, else two decimals. */
export const millis = (n: Figure): string =>
  isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(2)) : '–';
/** A ratio: one decimal from 10 up, else two. */
export const times = (n: Figure): string =>
  isFinite(n) ? (n >= 10 ? n.toFixed(1) : n.toFixed(2)) : '–';
/** A whole number with thousands separators. */
export const whole = (n: Figure): string =>
  isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–';
/** "median (min–max)" of a spread, each figure as `figure` prints it. */
export const range = (
  s: Spread | null | undefined,
  figure: (n: number) => string = times,
): string => (s ? `${figure(s.median)} (${figure(s.min)}–${figure(s.max)})` : '–');
/** "median% (min–max%)" of a spread of % of a core. */
export const pct = (s: Spread | null | undefined): string =>
  s ? `${Math.round(s.median)}% (${Math.round(s.min)}–${Math.round(s.max)}%)` : '–';

/** "a 3, b 5" from { b: 5, a: 3 }, sorted by key; "none" when empty. */
export function formatCounts(map: Counts): string {
  const entries = Object.entries(map).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? entries.map(([k, n]) => `${k} ${n}`).join(', ') : 'none';
}

/** The machine line's end: "on <cpu>, <n> cores, node <version>". */
export const onMachine = (machine: Machine): string =>
  `on ${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}`;

/** The BUSY line, when other processes took more than BUSY_PCT of a core (median). */
export function busyLines(otherCpu: Spread | null | undefined): string[] {
  if (!otherCpu || !(otherCpu.median > BUSY_PCT)) return [];
  return [
    `BUSY: other processes used ${Math.round(otherCpu.median)}% of a core (median) during the ` +
      'runs; whatever the verdict, repeat the run when the machine is idle',
  ];
}

const within = `${Math.round((STEADY_WITHIN - 1) * 100)}%`;

/** The three estimate lines of a ratio, for the given metrics and their printed names. */
export function ratioLines(
  label: string,
  ratio: ComparisonRatio,
  names: Record<string, string>,
  width: number,
): string[] {
  const line = (pick: (key: string) => string) =>
    Object.entries(names)
      .map(([key, name]) => `${name} ${pick(key)}`)
      .join('   ');
  return [
    `ratio ${label}`.padEnd(width) + line((k) => times(ratio.ofMedians[k])) + '   (of medians)',
    '  paired by round'.padEnd(width) + line((k) => range(ratio.pairedByRound[k])),
    '  best round'.padEnd(width) + line((k) => times(ratio.bestRound[k])),
  ];
}

/** Whether the three estimates of the judged ratios agree, i.e. whether to trust the run. */
export function verdictLine(comparison: ComparisonSummary, names: Record<string, string>): string {
  const judged = comparison.judge.map((k) => names[k]).join(' and ');
  if (comparison.steady)
    return `steady: the three estimates of the ${judged} ratios agree within ${within}`;
  const apart = comparison.apart
    .map((k) => `${names[k]} ${times(comparison.ratio.agreement[k])}×`)
    .join(', ');
  return `UNSTEADY: the estimates differ by more than ${within} (${apart} apart): repeat the run (or raise BENCH_ROUNDS)`;
}

/** The printed result of a compare scenario: header line, one row per target, one line per ratio. */
export function formatTable(
  name: string,
  settings: Settings,
  machine: Machine,
  summary: TargetsSummary,
): string {
  const two = (n: Figure) => fixed(n, 2);
  const width = Math.max(22, ...summary.targets.map((t) => t.label.length + 2));
  const ratioWidth = Math.max(width, ...summary.ratios.map((r) => r.label.length + 8));
  const lines = [
    `scenario ${name} (${settings.rounds} rounds × ${settings.seconds} s, ` +
      `${settings.connections} connections) ${onMachine(machine)}`,
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
        whole(t.reqPerSec).padStart(14) +
        `  (${whole(t.reqPerSecMin)}–${whole(t.reqPerSecMax)})`.padEnd(19) +
        t.p50Ms.toFixed(2).padStart(8) +
        t.p99Ms.toFixed(2).padStart(8) +
        (t.serverCpuUsPerReq === null ? '–' : t.serverCpuUsPerReq.toFixed(1)).padStart(19),
    );
  }
  for (const r of summary.ratios) {
    const p = r.pairedByRound;
    const b = r.bestRound;
    lines.push(
      `ratio ${r.label}`.padEnd(ratioWidth) +
        `req/s ${two(r.reqPerSec)}   p99 ${two(r.p99)}   CPU/req ${two(r.serverCpuPerReq)}   (of medians)`,
      '  paired by round'.padEnd(ratioWidth) +
        `req/s ${range(p.reqPerSec, two)}   p99 ${range(p.p99, two)}   CPU/req ${range(p.serverCpuPerReq, two)}`,
      '  best round'.padEnd(ratioWidth) +
        `req/s ${two(b.reqPerSec)}   p99 ${two(b.p99)}   CPU/req ${two(b.serverCpuPerReq)}`,
    );
  }
  lines.push(targetsVerdict(summary.ratios), ...busyLines(summary.noise.otherCpuPct));
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
function targetsVerdict(ratios: readonly TargetRatio[]): string {
  const unsteady = ratios.filter((r) => !r.agreement.steady);
  if (unsteady.length === 0)
    return `steady: the three estimates of each ratio agree within ${within}`;
  const apart = unsteady.map((r) => {
    const { reqPerSec, serverCpuPerReq } = r.agreement;
    return `${r.label} (req/s ${fixed(reqPerSec, 2)}×, CPU/req ${fixed(serverCpuPerReq, 2)}× apart)`;
  });
  return (
    `UNSTEADY: estimates differ by more than ${within} for ${apart.join(', ')}; ` +
    'the machine changed speed during the run: repeat it (or raise BENCH_ROUNDS)'
  );
}

/**
 * A latency comparison of two variants (client side): one row per variant (medians of req/s,
 * p50, p99, max), the ratio lines and the verdict on p99.
 */
export function latencyComparisonLines(
  title: string,
  comparison: ComparisonSummary,
  ratioLabel: string,
  width: number,
): string[] {
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
        fixed(medianFigure(v, 'reqPerSec'), 1).padStart(8) +
        millis(medianFigure(v, 'p50Ms')).padStart(9) +
        millis(medianFigure(v, 'p99Ms')).padStart(9) +
        millis(medianFigure(v, 'maxMs')).padStart(9),
    );
  }
  const names = { p50Ms: 'p50', p99Ms: 'p99' };
  lines.push(...ratioLines(ratioLabel, comparison.ratio, names, width));
  lines.push(verdictLine(comparison, { p99Ms: 'p99' }));
  return lines;
}
