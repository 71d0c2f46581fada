import { fixed, latencyComparisonLines, onMachine } from '../../lib/format';
import type { RequestFigures } from '../../lib/load';
import type { Machine } from '../../lib/machine';
import type { BreakerSettings } from '../../lib/processes';
import { summariseComparison, type ComparisonSummary } from '../../lib/ratios';
import { runsOf, type Round, type Variant } from '../../lib/rounds';
import type { Settings } from '../../lib/settings';
import { spread, sumOf, type Spread } from '../../lib/stats';

export interface CompletionRun extends RequestFigures {
  slackCallsDuringRun: number;
}

export interface QuoteRun extends RequestFigures {
  fxCallsDuringRun: number;
  staleAnswers: number;
}

export interface ResilienceSummary {
  slack: ComparisonSummary;
  fx: ComparisonSummary;
  failed: number;
  slackCalls: Spread | null;
  fxCallsWhileDead: number[];
  deadRunSeconds: number[];
  staleWhileDead: number;
  quotesWhileDead: number;
  breakerSettings: BreakerSettings;
}

const METRICS = ['reqPerSec', 'p50Ms', 'p99Ms', 'maxMs'];

/** Slow Slack ÷ fast and dead FX ÷ healthy (three estimates each), and what reached the stub. */
export function summariseResilience({
  completions,
  quotes,
  variants,
  breakerSettings,
}: {
  completions: Round<CompletionRun>[];
  quotes: Round<QuoteRun>[];
  variants: { completions: readonly Variant[]; quotes: readonly Variant[] };
  breakerSettings: BreakerSettings;
}): ResilienceSummary {
  const slack = summariseComparison(completions, {
    variants: variants.completions,
    of: 'slow',
    over: 'fast',
    metrics: METRICS,
    judge: ['p99Ms'],
  });
  const fx = summariseComparison(quotes, {
    variants: variants.quotes,
    of: 'dead',
    over: 'healthy',
    metrics: METRICS,
    judge: ['p99Ms'],
  });
  const deadRuns = runsOf(quotes, 'dead');
  const allRuns = [...completions.flatMap((r) => r.runs), ...quotes.flatMap((r) => r.runs)];
  return {
    slack,
    fx,
    failed: sumOf(allRuns, (run) => run.failed),
    slackCalls: spread(runsOf(completions, 'slow').map((r) => r.slackCallsDuringRun)),
    fxCallsWhileDead: deadRuns.map((r) => r.fxCallsDuringRun),
    deadRunSeconds: deadRuns.map((r) => r.sent / r.reqPerSec),
    staleWhileDead: sumOf(deadRuns, (r) => r.staleAnswers),
    quotesWhileDead: sumOf(deadRuns, (r) => r.ok),
    breakerSettings,
  };
}

const num = (n: number | null | undefined, digits = 1) => fixed(n, digits);

/** The printed result of `npm run bench resilience`. */
export function formatResilience(
  settings: Settings,
  machine: Machine,
  summary: ResilienceSummary,
): string {
  const width = 36;
  const fxResetS = summary.breakerSettings['fx-rates'].resetMs / 1000;
  const dead = summary.fxCallsWhileDead
    .map((calls, i) => `${calls} in ${num(summary.deadRunSeconds[i])} s`)
    .join(', ');
  return [
    `scenario resilience (${settings.rounds} rounds × ${settings.seconds} s, ${settings.eventsRate} ` +
      `requests/s open loop, warm-up ${settings.warmupSeconds} s per run) ${onMachine(machine)}`,
    '',
    ...latencyComparisonLines(
      '1. task completion request latency (client side), Slack notified by a job',
      summary.slack,
      'Slack slow ÷ fast',
      width,
    ),
    `Slack calls during the slow runs (median, min–max): ${num(summary.slackCalls?.median, 0)} ` +
      `(${num(summary.slackCalls?.min, 0)}–${num(summary.slackCalls?.max, 0)}): the jobs did run`,
    '',
    ...latencyComparisonLines(
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
