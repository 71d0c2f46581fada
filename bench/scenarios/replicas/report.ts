import {
  busyLines,
  fixed,
  formatCounts,
  millis,
  onMachine,
  pct,
  ratioLines,
  times,
} from '../../lib/format';
import type { AnswersSummary, SendsSummary } from '../../lib/load';
import type { Machine } from '../../lib/machine';
import type { ReadCounters } from '../../lib/metrics';
import type { Leftovers } from '../../lib/outbox';
import { STEADY_WITHIN, summariseComparison, type ComparisonSummary } from '../../lib/ratios';
import { runsOf, type Round, type Variant } from '../../lib/rounds';
import type { Settings } from '../../lib/settings';
import {
  medianOf,
  percentileOfSorted,
  pooledSorted,
  spread,
  sumCounts,
  sumOf,
  type Counts,
  type Spread,
} from '../../lib/stats';
import { shownKnobs, type ReplicasKnobs, type ShownKnobs } from './knobs';
import type { Seed, SeededWorkspace } from './seed';

/** A condition: the report load it runs beside the completions (which web process serves it). */
export interface Condition extends Variant {
  id: 'none' | 'replica' | 'primary';
  reports: 'replicaReads' | 'primaryReads' | null;
}

/** One condition's run: the completions (client side), CPU, the reports and where they read. */
export interface ConditionRun extends SendsSummary {
  latenciesMs: number[];
  harnessLateMs: number;
  webCpuMs: number | null;
  reportWebCpuMs: number | null;
  postgresCpuMs: number | null;
  replicaCpuMs: number | null;
  harnessCpuMs: number;
  postgresCpuPct: number | null;
  replicaCpuPct: number | null;
  reportWebCpuPct: number | null;
  otherCpuPct: number | null;
  stealPct: number | null;
  webCpuUsPerReq: number | null;
  reports: AnswersSummary | null;
  reads: ReadCounters | null;
  replicaLagMaxBytes: number | null;
}

interface ConditionSummary {
  id: Condition['id'];
  label: string;
  completions: {
    reqPerSec: number | null;
    p50Ms: number | null;
    p99Ms: number | null;
    maxMs: number | null;
    pooledP99Ms: number;
    pooledCount: number;
    webCpuUsPerReq: number | null;
    failed: number;
    harnessLateMaxMs: number;
  };
  reports: {
    perSec: number | null;
    p50Ms: number | null;
    p99Ms: number | null;
    pooledP99Ms: number;
    total: number;
    failed: number;
    firstFailure: string | null;
    readFrom: Counts;
  } | null;
  reads: { byDestination: Counts; byReason: Counts } | null;
  postgresCpuPct: number | null;
  replicaCpuPct: number | null;
  reportWebCpuPct: number | null;
  replicaLagMaxBytes: number | null;
}

export interface ReplicasSummary {
  seed: SeededWorkspace[];
  knobs: ShownKnobs;
  conditions: ConditionSummary[];
  ratios: ComparisonSummary[];
  otherCpu: Spread | null;
  steal: Spread | null;
  cleanup: Leftovers;
}

/**
 * Per condition the medians over rounds (and a percentile over all its rounds' answers pooled), the
 * report load's figures and where its reads went, and the completion latency ratios b ÷ a, c ÷ a
 * and c ÷ b, each estimated three ways.
 */
export function summariseReplicas({
  conditions,
  rounds,
  seed,
  knobs,
  cleanup,
}: {
  conditions: readonly Condition[];
  rounds: Round<ConditionRun>[];
  seed: Seed;
  knobs: ReplicasKnobs;
  cleanup: Leftovers;
}): ReplicasSummary {
  const ratio = (of: string, over: string) =>
    summariseComparison(rounds, {
      variants: conditions,
      of,
      over,
      metrics: ['p50Ms', 'p99Ms'],
      judge: ['p99Ms'],
    });
  const perCondition = conditions.map((condition): ConditionSummary => {
    const runs = runsOf(rounds, condition.id);
    const med = (pick: (run: ConditionRun) => number | null) => medianOf(runs.map(pick));
    const pooled = pooledSorted(runs.map((r) => r.latenciesMs));
    const reports = runs.map((r) => r.reports).filter((r): r is AnswersSummary => r !== null);
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
        failed: sumOf(runs, (r) => r.failed),
        harnessLateMaxMs: Math.max(0, ...runs.map((r) => r.harnessLateMs ?? 0)),
      },
      reports: reports.length
        ? {
            perSec: medianOf(reports.map((r) => r.perSec)),
            p50Ms: medianOf(reports.map((r) => r.p50Ms)),
            p99Ms: medianOf(reports.map((r) => r.p99Ms)),
            pooledP99Ms: percentileOfSorted(reportPool, 99),
            total: sumOf(reports, (r) => r.ok),
            failed: sumOf(reports, (r) => r.failed),
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
    knobs: shownKnobs(knobs),
    conditions: perCondition,
    ratios: [ratio('replica', 'none'), ratio('primary', 'none'), ratio('primary', 'replica')],
    otherCpu: spread(allRuns.map((r) => r.otherCpuPct)),
    steal: spread(allRuns.map((r) => r.stealPct)),
    cleanup,
  };
}

const num = (n: number | null | undefined, digits = 1) => fixed(n, digits);
const corePct = (n: number | null | undefined) =>
  Number.isFinite(n) ? `${Math.round(n ?? 0)}%` : '–';
const mib = (bytes: number | null | undefined) =>
  Number.isFinite(bytes) ? `${((bytes ?? 0) / 1024 / 1024).toFixed(1)} MiB` : '–';

const LETTER = { none: '(a)', replica: '(b)', primary: '(c)' };

/** The printed result of `npm run bench replicas`. */
export function formatReplicas(
  settings: Settings,
  machine: Machine,
  summary: ReplicasSummary,
): string {
  const { knobs } = summary;
  const width = 46;
  const lines = [
    `scenario replicas (${settings.rounds} rounds × ${settings.seconds} s, ${knobs.rate} task ` +
      `completions/s open loop, warm-up ${settings.warmupSeconds} s per run) ${onMachine(machine)}`,
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
        millis(m.p50Ms).padStart(9) +
        millis(m.p99Ms).padStart(9) +
        millis(m.maxMs).padStart(9) +
        millis(m.pooledP99Ms).padStart(12) +
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
        millis(r?.p50Ms).padStart(9) +
        millis(r?.p99Ms).padStart(9) +
        corePct(c.postgresCpuPct).padStart(11) +
        corePct(c.replicaCpuPct).padStart(11) +
        mib(c.replicaLagMaxBytes).padStart(16),
    );
  }
  for (const c of summary.conditions) {
    if (!c.reports) continue;
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
    ...busyLines(summary.otherCpu),
    ...warnings(summary).map((w) => `warning: ${w}`),
    `outbox afterwards: ${describeCleanup(summary.cleanup)}`,
  );
  return lines.join('\n');
}

function describeCleanup(cleanup: Leftovers): string {
  if (cleanup.pending === 0) return cleanup.method;
  const seconds = cleanup.seconds !== undefined ? ` (${cleanup.seconds.toFixed(1)} s)` : '';
  if ((cleanup.left ?? 0) > 0) {
    return `${cleanup.pending} event(s) of the bench's tasks; ${cleanup.left} still wait for a worker${seconds}`;
  }
  return `${cleanup.pending} event(s) of the bench's tasks, delivered by a plain worker${seconds}`;
}

function verdictLine(comparisons: readonly ComparisonSummary[], labels: readonly string[]): string {
  const within = `${Math.round((STEADY_WITHIN - 1) * 100)}%`;
  const apart = comparisons
    .map((c, i) => (c.steady ? null : `${labels[i]} p99 ${times(c.ratio.agreement.p99Ms)}×`))
    .filter(Boolean);
  if (apart.length === 0)
    return `steady: the three estimates of each p99 ratio agree within ${within}`;
  return (
    `UNSTEADY: the estimates differ by more than ${within} (${apart.join(', ')} apart): ` +
    'repeat the run (or raise BENCH_ROUNDS / BENCH_SECONDS)'
  );
}

function warnings(summary: ReplicasSummary): string[] {
  const list: string[] = [];
  for (const c of summary.conditions) {
    if (c.completions.failed > 0)
      list.push(`${LETTER[c.id]}: ${c.completions.failed} completion request(s) failed`);
    if (c.reports && c.reports.failed > 0)
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
  if (b?.reads && !((b.reads.byDestination.replica ?? 0) > 0))
    list.push('(b): no read went to a replica: (b) measured the primary too');
  if (c?.reads && (c.reads.byDestination.replica ?? 0) > 0)
    list.push('(c): reads went to a replica although DB_REPLICA_URLS=none');
  return list;
}
