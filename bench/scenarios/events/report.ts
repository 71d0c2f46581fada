import {
  busyLines,
  fixed,
  millis,
  onMachine,
  pct,
  ratioLines,
  verdictLine,
} from '../../lib/format';
import type { SendsSummary } from '../../lib/load';
import type { Machine } from '../../lib/machine';
import type { Leftovers } from '../../lib/outbox';
import { medianFigure, summariseComparison, type ComparisonSummary } from '../../lib/ratios';
import type { Round, Variant } from '../../lib/rounds';
import type { Settings } from '../../lib/settings';
import { spread, type Spread } from '../../lib/stats';

/** CPU over one measured run (ms), and the rest of the machine (% of one core). */
export interface RunCpu {
  webCpuMs: number | null;
  workerCpuMs: number | null;
  postgresCpuMs: number | null;
  harnessCpuMs: number;
  otherCpuPct: number | null;
  stealPct: number | null;
}

export type HttpFigures = SendsSummary & { harnessLateMs: number };

/** A wake-up run: commit → consumer lags, and the completions that made them. */
export interface LagRun extends RunCpu {
  events: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  minMs: number;
  expected: number;
  missing: number;
  waitedForFactsMs: number;
  failedAttempts: number;
  http: HttpFigures;
}

/** A producer run: the completion requests, with or without consumers at work. */
export interface ProducerRun extends HttpFigures, RunCpu {
  webCpuUsPerReq: number | null;
  deliveredAllWithinMs?: number;
  benchEffects?: number;
  failedAttempts?: number;
}

export interface EventsSummary {
  wakeUp: ComparisonSummary;
  producer: ComparisonSummary;
  otherCpu: Spread | null;
  steal: Spread | null;
  warnings: string[];
  cleanup: string;
}

/** Both comparisons' ratios (estimated three ways), the noise, the warnings, the clean-up. */
export function summariseEvents({
  wakeUp,
  producer,
  cleanup,
  variants,
}: {
  wakeUp: Round<LagRun>[];
  producer: Round<ProducerRun>[];
  cleanup: Leftovers;
  variants: { wakeUp: readonly Variant[]; producer: readonly Variant[] };
}): EventsSummary {
  const lags = summariseComparison(wakeUp, {
    variants: variants.wakeUp,
    of: 'poll',
    over: 'listen',
    metrics: ['p50Ms', 'p99Ms', 'maxMs'],
    judge: ['p50Ms', 'p99Ms'],
  });
  const requests = summariseComparison(producer, {
    variants: variants.producer,
    of: 'three',
    over: 'none',
    metrics: ['reqPerSec', 'p50Ms', 'p99Ms', 'maxMs', 'webCpuUsPerReq'],
    judge: ['p99Ms', 'webCpuUsPerReq'],
  });
  const runs = [...wakeUp.flatMap((r) => r.runs), ...producer.flatMap((r) => r.runs)];
  return {
    wakeUp: lags,
    producer: requests,
    otherCpu: spread(runs.map((r) => r.otherCpuPct)),
    steal: spread(runs.map((r) => r.stealPct)),
    warnings: warningsOf(lags, requests),
    cleanup:
      cleanup.pending === 0
        ? 'nothing left to deliver'
        : `${cleanup.pending} row(s) left by the bench, ${cleanup.method}` +
          (cleanup.seconds !== undefined ? ` (${cleanup.seconds.toFixed(1)} s)` : ''),
  };
}

/** Warnings worth a line: anything that makes a figure rest on fewer or different events. */
function warningsOf(wakeUp: ComparisonSummary, producer: ComparisonSummary): string[] {
  const warnings: string[] = [];
  for (const v of [...wakeUp.variants, ...producer.variants]) {
    const t = v.totals;
    if (t.failedRequests > 0)
      warnings.push(`${v.label}: ${t.failedRequests} completion request(s) failed`);
    if (t.missingFacts > 0)
      warnings.push(`${v.label}: ${t.missingFacts} completion(s) got no analytics fact in time`);
    if (t.failedAttempts > 0)
      warnings.push(`${v.label}: ${t.failedAttempts} outbox row(s) had failed delivery attempts`);
    if (t.benchEffects !== null && t.benchEffects !== 3 * (t.completionsWithEffects ?? 0)) {
      warnings.push(
        `${v.label}: ${t.benchEffects} bench effects for ${t.completionsWithEffects} completions ` +
          '(expected 3 each)',
      );
    }
  }
  return warnings;
}

/** The printed result of `npm run bench events`. */
export function formatEvents(
  pollIntervalMs: number,
  settings: Settings,
  machine: Machine,
  summary: EventsSummary,
): string {
  const { wakeUp, producer } = summary;
  const width = 36;
  const num = (n: number | null | undefined, digits: number) => fixed(n, digits);
  const lines = [
    `scenario events (${settings.rounds} rounds × ${settings.seconds} s, ${settings.eventsRate} ` +
      `task completions/s open loop, warm-up ${settings.warmupSeconds} s per run) ` +
      onMachine(machine),
    '',
    `1. commit → consumer latency per event (analytics recorded_at − occurred_at), ` +
      `polling interval ${pollIntervalMs} ms`,
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
        millis(medianFigure(v, 'p50Ms')).padStart(9) +
        millis(medianFigure(v, 'p99Ms')).padStart(9) +
        millis(medianFigure(v, 'maxMs')).padStart(9),
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
        num(medianFigure(v, 'reqPerSec'), 1).padStart(8) +
        millis(medianFigure(v, 'p50Ms')).padStart(9) +
        millis(medianFigure(v, 'p99Ms')).padStart(9) +
        millis(medianFigure(v, 'maxMs')).padStart(9) +
        num(medianFigure(v, 'webCpuUsPerReq'), 0).padStart(16),
    );
  }
  const httpNames = { p50Ms: 'p50', p99Ms: 'p99', webCpuUsPerReq: 'web CPU/req' };
  lines.push(
    ...ratioLines('3 consumers ÷ 0', producer.ratio, httpNames, width),
    verdictLine(producer, httpNames),
    '',
    `noise: other processes (not web, worker, Postgres or the harness) used ${pct(summary.otherCpu)} ` +
      `of a core during the measured runs, steal ${pct(summary.steal)} (median, min–max)`,
    ...busyLines(summary.otherCpu),
    ...summary.warnings.map((w) => `warning: ${w}`),
    `outbox afterwards: ${summary.cleanup}`,
  );
  return lines.join('\n');
}
