import { runsOf, type Round, type Variant } from './rounds';
import { divide, finite, median, spread, sumOf, type Spread } from './stats';

// The three estimates of a ratio must agree within this factor for a run to count as steady.
export const STEADY_WITHIN = 1.15;

/** How far apart estimates are (largest ÷ smallest), or null with fewer than two. */
function apartFactor(estimates: readonly (number | null | undefined)[]): number | null {
  const numbers = finite(estimates);
  return numbers.length < 2 ? null : Math.max(...numbers) / Math.min(...numbers);
}

/** A figure of a run, by name (only finite numbers count as figures). */
type Figures = object;
const figure = (run: Figures, key: string): number | null => {
  const value = (run as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : null;
};

export interface ComparisonOptions<V extends Variant> {
  variants: readonly V[];
  of: string;
  over: string;
  metrics: readonly string[];
  judge: readonly string[];
  higherIsBetter?: readonly string[];
}

export interface VariantSummary {
  id: string;
  label: string;
  best: Record<string, number | null>;
  totals: Totals;
  [metric: string]: unknown;
}

export interface ComparisonRatio {
  of: string;
  over: string;
  ofMedians: Record<string, number | null>;
  pairedByRound: Record<string, Spread | null>;
  bestRound: Record<string, number | null>;
  agreement: Record<string, number | null>;
}

export interface ComparisonSummary {
  variants: VariantSummary[];
  ratio: ComparisonRatio;
  steady: boolean;
  apart: string[];
  judge: readonly string[];
}

/** The median of a variant's metric, as summariseComparison put it. */
export function medianFigure(summary: VariantSummary, metric: string): number | null {
  const value = summary[metric];
  return typeof value === 'number' ? value : null;
}

/**
 * One comparison of variants run in rounds: per variant the median over its rounds of each metric
 * (lower-is-better: latencies, CPU per request; those named in `higherIsBetter`, e.g. req/s, the
 * other way round) and its best round; the ratio of `of` over `over` estimated three ways (of
 * medians, paired by round, best rounds), and whether the three agree within STEADY_WITHIN for the
 * metrics in `judge`.
 */
export function summariseComparison<V extends Variant, R extends Figures>(
  rounds: readonly Round<R>[],
  { variants, of, over, metrics, judge, higherIsBetter = [] }: ComparisonOptions<V>,
): ComparisonSummary {
  const summaries: VariantSummary[] = variants.map((variant) => {
    const runs = runsOf(rounds, variant.id);
    const medians: Record<string, number | null> = {};
    const best: Record<string, number | null> = {};
    for (const key of metrics) {
      const values = finite(runs.map((r) => figure(r, key)));
      medians[key] = values.length ? median(values) : null;
      const bestOf = higherIsBetter.includes(key) ? Math.max : Math.min;
      best[key] = values.length ? bestOf(...values) : null;
    }
    return {
      id: variant.id,
      label: variant.label,
      ...medians,
      best,
      totals: totals(runs as readonly Countable[]),
    };
  });
  const a = summaryOf(summaries, of);
  const b = summaryOf(summaries, over);
  const ratio: ComparisonRatio = {
    of,
    over,
    ofMedians: {},
    pairedByRound: {},
    bestRound: {},
    agreement: {},
  };
  for (const key of metrics) {
    ratio.ofMedians[key] = divide(medianFigure(a, key), medianFigure(b, key));
    ratio.pairedByRound[key] = spread(
      rounds.map((r) => {
        const [runOf, runOver] = [of, over].map((id) => runsOf([r], id)[0]);
        return divide(figure(runOf, key), figure(runOver, key));
      }),
    );
    ratio.bestRound[key] = divide(a.best[key], b.best[key]);
    ratio.agreement[key] = apartFactor([
      ratio.ofMedians[key],
      ratio.pairedByRound[key]?.median,
      ratio.bestRound[key],
    ]);
  }
  const apart = judge.filter((key) => (ratio.agreement[key] ?? 0) > STEADY_WITHIN);
  return { variants: summaries, ratio, steady: apart.length === 0, apart, judge };
}

export function summaryOf(summaries: readonly VariantSummary[], id: string): VariantSummary {
  const found = summaries.find((s) => s.id === id);
  if (!found) throw new Error(`no variant ${id} in the comparison`);
  return found;
}

/** What a run may say about requests, events and deliveries, for the totals. */
interface Countable {
  http?: Countable;
  sent?: number;
  failed?: number;
  ok?: number;
  events?: number;
  missing?: number;
  failedAttempts?: number;
  benchEffects?: number;
}

export interface Totals {
  requests: number;
  failedRequests: number;
  completions: number;
  events: number;
  missingFacts: number;
  failedAttempts: number;
  benchEffects: number | null;
  completionsWithEffects: number | null;
}

/** Sums over the rounds of a variant: what went missing or wrong, to be printed as warnings. */
function totals(runs: readonly Countable[]): Totals {
  // Wake-up runs keep their request figures under `http`; other runs are request figures.
  const withEffects = runs.filter((r) => r.benchEffects !== undefined);
  return {
    requests: sumOf(runs, (r) => (r.http ?? r).sent),
    failedRequests: sumOf(runs, (r) => (r.http ?? r).failed),
    completions: sumOf(runs, (r) => (r.http ?? r).ok),
    events: sumOf(runs, (r) => r.events),
    missingFacts: sumOf(runs, (r) => r.missing),
    failedAttempts: Math.max(0, ...runs.map((r) => r.failedAttempts ?? 0)),
    benchEffects: withEffects.length ? sumOf(withEffects, (r) => r.benchEffects) : null,
    completionsWithEffects: withEffects.length ? sumOf(withEffects, (r) => r.ok) : null,
  };
}

/** What the compare method needs of each run of a target. */
export interface TargetRun {
  target: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  serverCpuUsPerReq: number | null;
  errors: number;
  timeouts: number;
  non2xx: number;
  otherCpuPct: number | null;
  stealPct: number | null;
}

export interface TargetRound {
  round: number;
  order: string[];
  runs: TargetRun[];
}

export interface TargetSummary {
  id: string;
  label: string;
  reqPerSec: number;
  reqPerSecMin: number;
  reqPerSecMax: number;
  p50Ms: number;
  p99Ms: number;
  serverCpuUsPerReq: number | null;
  best: { reqPerSec: number; p99Ms: number; serverCpuUsPerReq: number | null };
  errors: number;
  timeouts: number;
  non2xx: number;
}

type RatioFigures = {
  reqPerSec: number | null;
  p99: number | null;
  serverCpuPerReq: number | null;
};

export interface TargetRatio extends RatioFigures {
  label: string;
  of: string;
  over: string;
  pairedByRound: { reqPerSec: Spread | null; p99: Spread | null; serverCpuPerReq: Spread | null };
  bestRound: RatioFigures;
  agreement: {
    reqPerSec: number | null;
    serverCpuPerReq: number | null;
    steady: boolean;
    within: number;
  };
}

export interface TargetsSummary {
  targets: TargetSummary[];
  ratios: TargetRatio[];
  noise: { otherCpuPct: Spread | null; stealPct: Spread | null };
}

export interface RatioSpec {
  label: string;
  of: string;
  over: string;
}

/**
 * The compare method's summary. Per target: medians over the rounds (the headline), and the best
 * round (highest req/s, lowest p99, lowest CPU per request). Per ratio, three estimates, each
 * failing in a different way on a noisy machine, so that their agreement says whether the run can
 * be trusted:
 * - of medians: wrong when most rounds of one target were disturbed and not the other's;
 * - paired by round: each round's two runs, next to each other in time, divided; wrong when the
 *   machine changes speed within seconds;
 * - best round: noise only ever slows a server down, so each target's best round is closest to
 *   its undisturbed speed; wrong when one target never got an undisturbed round.
 */
export function summariseTargets(
  targets: readonly { id: string; label: string }[],
  ratios: readonly RatioSpec[],
  rounds: readonly TargetRound[],
): TargetsSummary {
  const runIn = (round: TargetRound, id: string): TargetRun => {
    const run = round.runs.find((r) => r.target === id);
    if (!run) throw new Error(`round ${round.round} has no run of ${id}`);
    return run;
  };
  const summaries = targets.map((target) =>
    summariseTarget(
      target,
      rounds.map((r) => runIn(r, target.id)),
    ),
  );
  const byId = new Map(summaries.map((t) => [t.id, t]));
  const target = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`no target ${id}`);
    return found;
  };
  const summarised = ratios.map(({ label, of, over }): TargetRatio => {
    const a = target(of);
    const b = target(over);
    const paired = (key: 'reqPerSec' | 'p99Ms' | 'serverCpuUsPerReq') =>
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
  return { targets: summaries, ratios: summarised, noise };
}

function summariseTarget(target: { id: string; label: string }, runs: TargetRun[]): TargetSummary {
  const reqPerSec = finite(runs.map((r) => r.reqPerSec));
  const p99 = finite(runs.map((r) => r.p99Ms));
  const cpu = finite(runs.map((r) => r.serverCpuUsPerReq));
  return {
    id: target.id,
    label: target.label,
    reqPerSec: median(reqPerSec),
    reqPerSecMin: Math.min(...reqPerSec),
    reqPerSecMax: Math.max(...reqPerSec),
    p50Ms: median(finite(runs.map((r) => r.p50Ms))),
    p99Ms: median(p99),
    serverCpuUsPerReq: cpu.length ? median(cpu) : null,
    best: {
      reqPerSec: Math.max(...reqPerSec),
      p99Ms: Math.min(...p99),
      serverCpuUsPerReq: cpu.length ? Math.min(...cpu) : null,
    },
    errors: sumOf(runs, (r) => r.errors),
    timeouts: sumOf(runs, (r) => r.timeouts),
    non2xx: sumOf(runs, (r) => r.non2xx),
  };
}

/** How far apart the three req/s and CPU-per-request estimates are (largest ÷ smallest). */
function agreement(ratio: Omit<TargetRatio, 'agreement'>): TargetRatio['agreement'] {
  const reqPerSec = apartFactor([
    ratio.reqPerSec,
    ratio.pairedByRound.reqPerSec?.median,
    ratio.bestRound.reqPerSec,
  ]);
  const serverCpuPerReq = apartFactor([
    ratio.serverCpuPerReq,
    ratio.pairedByRound.serverCpuPerReq?.median,
    ratio.bestRound.serverCpuPerReq,
  ]);
  const worst = Math.max(reqPerSec ?? 1, serverCpuPerReq ?? 1);
  return { reqPerSec, serverCpuPerReq, steady: worst <= STEADY_WITHIN, within: STEADY_WITHIN };
}
