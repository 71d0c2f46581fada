import {
  busyLines,
  fixed,
  formatCounts,
  onMachine,
  pct,
  ratioLines,
  times,
  verdictLine,
  whole,
} from '../../lib/format';
import type { Machine } from '../../lib/machine';
import type { ReadCounters } from '../../lib/metrics';
import {
  medianFigure,
  summariseComparison,
  summaryOf,
  type ComparisonSummary,
} from '../../lib/ratios';
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

const CPU_GROUPS = ['workers', 'bench', 'postgres', 'replicas', 'stack', 'idle'] as const;

/** Each process group's CPU in % of one core (web: per measured instance). */
export interface CpuFigures {
  web: (number | null)[];
  workers: number | null;
  bench: number | null;
  postgres: number | null;
  replicas: number | null;
  stack: number | null;
  idle: number | null;
  all: number | null;
}

interface RunNoise {
  cpuPct: CpuFigures;
  otherCpuPct: number | null;
  stealPct: number | null;
}

export interface ReadRun extends RunNoise {
  seconds: number;
  ok: number;
  failed: number;
  firstFailure: string | null;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  byUpstream: Counts;
  reads: ReadCounters | null;
  webCpuMsPerReq: number | null;
  allCpuMsPerReq: number | null;
}

export interface JourneyRun extends RunNoise {
  seconds: number;
  journeys: number;
  failed: number;
  firstFailure: string | null;
  durationP50Ms: number;
  durationP99Ms: number;
  requests: number;
  requestErrors: number;
  requestP50Ms: number;
  requestP99Ms: number;
  byUpstream: Counts;
  webCpuMsPerJourney: number | null;
  allCpuMsPerJourney: number | null;
  durationsMs: number[];
  latenciesMs: number[];
}

/** What was left for the workers when the clusters stopped. */
export interface Quiet {
  outbox: number;
  jobs: number;
  seconds: number;
}

type CpuMedians = Record<(typeof CPU_GROUPS)[number] | 'all' | 'other' | 'steal', number | null> & {
  web: (number | null)[];
};

interface ReadVariant {
  id: string;
  label: string;
  reqPerSecMin: number;
  reqPerSecMax: number;
  maxMs: number | null;
  failed: number;
  firstFailure: string | null;
  byUpstream: Counts;
  reads: Counts | null;
  cpuPct: CpuMedians;
}

interface JourneyVariant {
  id: string;
  label: string;
  journeys: number;
  requests: number;
  pooled: Record<'durationP50Ms' | 'durationP99Ms' | 'requestP50Ms' | 'requestP99Ms', number>;
  failed: number;
  firstFailure: string | null;
  requestErrors: number;
  byUpstream: Counts;
  cpuPct: CpuMedians;
}

export interface ScaleSummary {
  read: { comparison: ComparisonSummary; variants: ReadVariant[] };
  journeys: {
    comparison: ComparisonSummary;
    variants: JourneyVariant[];
    pooledRatio: Record<'durationP50Ms' | 'durationP99Ms' | 'requestP99Ms', number>;
  };
  otherCpu: Spread | null;
  steal: Spread | null;
  quiet: Quiet;
}

/**
 * Per variant the medians over rounds (and, for the journeys, percentiles over all rounds pooled),
 * each process group's CPU, and the ratios 2 web ÷ 1 web, each estimated three ways.
 */
export function summariseScale({
  variants,
  read: readRounds,
  journeys: journeyRounds,
  quiet,
}: {
  variants: readonly Variant[];
  read: Round<ReadRun>[];
  journeys: Round<JourneyRun>[];
  quiet: Quiet;
}): ScaleSummary {
  const readComparison = summariseComparison(readRounds, {
    variants,
    of: 'two',
    over: 'one',
    metrics: ['reqPerSec', 'p50Ms', 'p99Ms', 'webCpuMsPerReq', 'allCpuMsPerReq'],
    higherIsBetter: ['reqPerSec'],
    judge: ['reqPerSec', 'p99Ms'],
  });
  const journeyComparison = summariseComparison(journeyRounds, {
    variants,
    of: 'two',
    over: 'one',
    metrics: ['durationP50Ms', 'durationP99Ms', 'requestP99Ms', 'webCpuMsPerJourney'],
    judge: ['durationP50Ms', 'requestP99Ms'],
  });
  const readVariants = variants.map((variant): ReadVariant => {
    const runs = runsOf(readRounds, variant.id);
    return {
      id: variant.id,
      label: variant.label,
      reqPerSecMin: Math.min(...runs.map((r) => r.reqPerSec)),
      reqPerSecMax: Math.max(...runs.map((r) => r.reqPerSec)),
      maxMs: medianOf(runs.map((r) => r.maxMs)),
      failed: sumOf(runs, (r) => r.failed),
      firstFailure: runs.find((r) => r.firstFailure)?.firstFailure ?? null,
      byUpstream: sumCounts(runs.map((r) => r.byUpstream)),
      reads: runs.every((r) => r.reads) ? sumCounts(runs.map((r) => r.reads?.byDestination)) : null,
      cpuPct: cpuMedians(runs),
    };
  });
  const journeyVariants = variants.map((variant): JourneyVariant => {
    const runs = runsOf(journeyRounds, variant.id);
    const durations = pooledSorted(runs.map((r) => r.durationsMs));
    const latencies = pooledSorted(runs.map((r) => r.latenciesMs));
    return {
      id: variant.id,
      label: variant.label,
      journeys: durations.length,
      requests: latencies.length,
      pooled: {
        durationP50Ms: percentileOfSorted(durations, 50),
        durationP99Ms: percentileOfSorted(durations, 99),
        requestP50Ms: percentileOfSorted(latencies, 50),
        requestP99Ms: percentileOfSorted(latencies, 99),
      },
      failed: sumOf(runs, (r) => r.failed),
      firstFailure: runs.find((r) => r.firstFailure)?.firstFailure ?? null,
      requestErrors: sumOf(runs, (r) => r.requestErrors),
      byUpstream: sumCounts(runs.map((r) => r.byUpstream)),
      cpuPct: cpuMedians(runs),
    };
  });
  const pooledRatio = (key: 'durationP50Ms' | 'durationP99Ms' | 'requestP99Ms') => {
    const [one, two] = ['one', 'two'].map((id) => {
      const found = journeyVariants.find((v) => v.id === id);
      if (!found) throw new Error(`no variant ${id}`);
      return found;
    });
    return two.pooled[key] / one.pooled[key];
  };
  const allRuns = [...readRounds.flatMap((r) => r.runs), ...journeyRounds.flatMap((r) => r.runs)];
  return {
    read: { comparison: readComparison, variants: readVariants },
    journeys: {
      comparison: journeyComparison,
      variants: journeyVariants,
      pooledRatio: {
        durationP50Ms: pooledRatio('durationP50Ms'),
        durationP99Ms: pooledRatio('durationP99Ms'),
        requestP99Ms: pooledRatio('requestP99Ms'),
      },
    },
    otherCpu: spread(allRuns.map((r) => r.otherCpuPct)),
    steal: spread(allRuns.map((r) => r.stealPct)),
    quiet,
  };
}

/** Per process group, the median over runs of its % of one core (web: per instance). */
function cpuMedians(runs: readonly RunNoise[]): CpuMedians {
  const out = {} as CpuMedians;
  for (const group of [...CPU_GROUPS, 'all'] as const)
    out[group] = medianOf(runs.map((r) => r.cpuPct[group]));
  out.web = runs[0].cpuPct.web.map((_, i) => medianOf(runs.map((r) => r.cpuPct.web[i])));
  out.other = medianOf(runs.map((r) => r.otherCpuPct));
  out.steal = medianOf(runs.map((r) => r.stealPct));
  return out;
}

const num = (n: number | null | undefined, digits = 1) => fixed(n, digits);
const core = (n: number | null | undefined) => (Number.isFinite(n) ? `${Math.round(n ?? 0)}` : '–');
const WIDTH = 20;

/** How part 1 and part 2 load the clusters, as the table describes them. */
export interface ScaleParts {
  read: {
    route: string;
    tasks: number;
    clients: number;
    warmupSeconds(settings: Settings, variant: { web: number }): number;
  };
  journeys: {
    lanes: number;
    perRun(settings: Settings): number;
    warmup(settings: Settings, variant: { web: number }): number;
  };
}

/** The printed result of `npm run bench scale`. */
export function formatScale(
  { read, journeys }: ScaleParts,
  settings: Settings,
  machine: Machine,
  summary: ScaleSummary,
): string {
  const lines = [
    `scenario scale (${settings.rounds} rounds, BENCH_SECONDS ${settings.seconds}, warm-up ` +
      `${settings.warmupSeconds}) ${onMachine(machine)}`,
    '1 web instance vs 2, each behind its own round-robin balancer in the bench process ' +
      '(test/harness cluster); the same 2 workers serve both; LOG_LEVEL=warn',
    '',
    `1. ${read.route} (${read.tasks} tasks; session from Redis, rows via the replica read path), ` +
      `${read.clients} closed-loop clients through the balancer, ${settings.seconds} s windows ` +
      `after a warm-up of ${read.warmupSeconds(settings, { web: 1 })} s per web instance`,
    'variant'.padEnd(WIDTH) +
      'req/s'.padStart(7) +
      '  (min–max)'.padEnd(15) +
      'p50 ms'.padStart(8) +
      'p99 ms'.padStart(8) +
      'max ms'.padStart(8) +
      'CPU ms/req: web'.padStart(17) +
      'all'.padStart(7),
  ];
  const readSummary = summary.read;
  for (const v of readSummary.variants) {
    const m = summaryOf(readSummary.comparison.variants, v.id);
    lines.push(
      v.label.padEnd(WIDTH) +
        whole(medianFigure(m, 'reqPerSec')).padStart(7) +
        `  (${whole(v.reqPerSecMin)}–${whole(v.reqPerSecMax)})`.padEnd(15) +
        num(medianFigure(m, 'p50Ms')).padStart(8) +
        num(medianFigure(m, 'p99Ms')).padStart(8) +
        num(v.maxMs).padStart(8) +
        num(medianFigure(m, 'webCpuMsPerReq'), 2).padStart(17) +
        num(medianFigure(m, 'allCpuMsPerReq'), 2).padStart(7),
    );
  }
  const readNames = {
    reqPerSec: 'req/s',
    p50Ms: 'p50',
    p99Ms: 'p99',
    webCpuMsPerReq: 'web CPU/req',
    allCpuMsPerReq: 'all CPU/req',
  };
  lines.push(
    ...ratioLines('2 ÷ 1', readSummary.comparison.ratio, readNames, WIDTH),
    verdictLine(readSummary.comparison, readNames),
    ...readSummary.variants.map(
      (v) =>
        `   ${v.label}: answered by ${formatCounts(v.byUpstream)}; reads (tenfold_db_reads_total) ` +
        (v.reads ? formatCounts(v.reads) : 'not exposed'),
    ),
    '',
    ...cpuTable('CPU during the measured windows', readSummary.variants, machine.cores),
  );

  const journeySummary = summary.journeys;
  lines.push(
    '',
    `2. user journey (test/harness/user-journey.ts: sign-ups, invitation mail, project, ` +
      `tasks, Slack, image and thumbnail, onboarding), ${journeys.lanes} at a time, ` +
      `${journeys.perRun(settings)} per run (after ${journeys.warmup(settings, { web: 1 })} per web ` +
      'instance), through the balancer',
    'variant'.padEnd(WIDTH) +
      'journeys'.padStart(9) +
      'duration p50'.padStart(14) +
      'p99'.padStart(7) +
      'request p50'.padStart(13) +
      'p99'.padStart(7) +
      'web CPU ms/journey'.padStart(20),
  );
  for (const v of journeySummary.variants) {
    const m = summaryOf(journeySummary.comparison.variants, v.id);
    lines.push(
      v.label.padEnd(WIDTH) +
        String(v.journeys).padStart(9) +
        num(v.pooled.durationP50Ms, 0).padStart(14) +
        num(v.pooled.durationP99Ms, 0).padStart(7) +
        num(v.pooled.requestP50Ms).padStart(13) +
        num(v.pooled.requestP99Ms).padStart(7) +
        num(medianFigure(m, 'webCpuMsPerJourney'), 0).padStart(20),
    );
  }
  lines.push(
    '   (ms, pooled over all rounds; web CPU: median over rounds. The estimates below take each ' +
      "run's own percentiles: its p99 is about its slowest journey)",
  );
  const journeyNames = {
    durationP50Ms: 'duration p50',
    durationP99Ms: 'p99',
    requestP99Ms: 'request p99',
    webCpuMsPerJourney: 'web CPU/journey',
  };
  const pooled = journeySummary.pooledRatio;
  lines.push(
    ...ratioLines('2 ÷ 1', journeySummary.comparison.ratio, journeyNames, WIDTH),
    '  all rounds pooled'.padEnd(WIDTH) +
      `duration p50 ${times(pooled.durationP50Ms)}   p99 ${times(pooled.durationP99Ms)}   ` +
      `request p99 ${times(pooled.requestP99Ms)}`,
    verdictLine(journeySummary.comparison, journeyNames),
    ...journeySummary.variants.map(
      (v) => `   ${v.label}: ${v.requests} requests, answered by ${formatCounts(v.byUpstream)}`,
    ),
    '',
    ...cpuTable('CPU during the journey runs', journeySummary.variants, machine.cores),
  );

  lines.push(
    '',
    `noise: other processes (not the bench's instances, Postgres, Redis, S3, SMTP sink or the ` +
      `harness) used ${pct(summary.otherCpu)} of a core during the measured runs, steal ` +
      `${pct(summary.steal)} (median, min–max)`,
    ...busyLines(summary.otherCpu),
    ...warnings(summary).map((w) => `warning: ${w}`),
    `afterwards: ${describeQuiet(summary.quiet)}`,
  );
  return lines.join('\n');
}

/** Each process group's CPU per variant, in % of one core (medians over rounds). */
function cpuTable(
  title: string,
  variants: readonly { label: string; cpuPct: CpuMedians }[],
  cores: number,
): string[] {
  const columns = [
    ['web', 12],
    ['workers', 9],
    ['bench', 7],
    ['postgres', 10],
    ['replicas', 10],
    ['stack', 7],
    ['idle', 6],
    ['all', 6],
    ['other', 7],
    ['steal', 7],
  ] as const;
  return [
    `${title}, % of one core (medians over rounds; ${cores} cores make ${cores * 100}%)`,
    'variant'.padEnd(WIDTH) + columns.map(([name, w]) => name.padStart(w)).join(''),
    ...variants.map(
      (v) =>
        v.label.padEnd(WIDTH) +
        columns
          .map(([name, w]) =>
            (name === 'web' ? v.cpuPct.web.map(core).join('+') : core(v.cpuPct[name])).padStart(w),
          )
          .join(''),
    ),
    '   web: each measured instance; bench: this process (both balancers and the clients); postgres: ' +
      'the primary with its backends; stack: Redis, S3, SMTP sink; idle: the other cluster and ' +
      'the Slack stub; all: these together; other: the rest of the machine',
  ];
}

function warnings(summary: ScaleSummary): string[] {
  const list: string[] = [];
  for (const v of summary.read.variants) {
    if (v.failed > 0) list.push(`1. ${v.label}: ${v.failed} request(s) failed (${v.firstFailure})`);
    if (v.reads && !((v.reads.replica ?? 0) > 0))
      list.push(`1. ${v.label}: no read went to a replica`);
  }
  for (const v of summary.journeys.variants) {
    if (v.failed > 0) list.push(`2. ${v.label}: ${v.failed} journey(s) failed (${v.firstFailure})`);
    if (v.requestErrors > 0)
      list.push(`2. ${v.label}: ${v.requestErrors} journey request(s) answered ≥ 400`);
  }
  return list;
}

function describeQuiet(quiet: Quiet): string {
  const took = `after ${quiet.seconds.toFixed(1)} s`;
  if (quiet.outbox === 0 && quiet.jobs === 0)
    return `no outbox row pending and no job waiting or running (${took}); instances stopped`;
  return (
    `${quiet.outbox} outbox row(s) pending and ${quiet.jobs} job(s) waiting or running ${took}: ` +
    'a later worker takes them'
  );
}
