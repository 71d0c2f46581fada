import {
  busyLines,
  fixed,
  millis,
  onMachine,
  pct,
  ratioLines,
  times,
  verdictLine,
} from '../../lib/format';
import type { Machine } from '../../lib/machine';
import { medianFigure, summariseComparison, type ComparisonSummary } from '../../lib/ratios';
import { runsOf, type Round, type Variant } from '../../lib/rounds';
import type { Settings } from '../../lib/settings';
import { percentileOfSorted, sortedSamples, spread, sumOf, type Spread } from '../../lib/stats';
import type { NoiseImage } from './images';
import { summariseRoutes, type RouteLoad, type RoutesSummary } from './routes';
import type { RateRun } from './throughput';
import type { StartRun } from './uploads';

type ImageSizes = Record<'small' | 'large', Omit<NoiseImage, 'file'>>;

interface PooledStarts {
  small: { calls: number; p99Ms: number };
  large: { calls: number; p99Ms: number };
  ratio: number;
}

export interface JobsSummary {
  images: ImageSizes;
  starts: ComparisonSummary;
  pooled: PooledStarts;
  thumbs: ComparisonSummary;
  noop: ComparisonSummary;
  routes: RoutesSummary;
  otherCpu: Spread | null;
  steal: Spread | null;
  failedJobs: number;
}

/** The four parts summarised, each comparison's ratio estimated three ways. */
export function summariseJobs({
  starts,
  thumbs,
  noop,
  routes,
  images,
  variants,
}: {
  starts: Round<StartRun>[];
  thumbs: Round<RateRun>[];
  noop: Round<RateRun>[];
  routes: RouteLoad;
  images: Record<'small' | 'large', NoiseImage>;
  variants: Record<'starts' | 'thumbs' | 'noop', readonly Variant[]>;
}): JobsSummary {
  const apiLatency = summariseComparison(starts, {
    variants: variants.starts,
    of: 'large',
    over: 'small',
    metrics: ['apiP50Ms', 'apiP99Ms', 'requestP99Ms', 'completeP99Ms', 'putP50Ms'],
    judge: ['apiP99Ms'],
  });
  // ms per job is lower-is-better, as summariseComparison assumes; bare ÷ tenfold of ms per job is
  // tenfold ÷ bare of jobs per second (and each best round is the fastest one).
  const perJob = (rounds: Round<RateRun>[], of: string, over: string, v: readonly Variant[]) =>
    summariseComparison(rounds, {
      variants: v,
      of,
      over,
      metrics: ['msPerJob', 'cpuMsPerJob'],
      judge: ['msPerJob'],
    });
  const rateRuns = [...thumbs, ...noop].flatMap((r) => r.runs);
  const noise = [...starts.flatMap((r) => r.runs), ...rateRuns, ...routes.runs];
  return {
    images: {
      small: sizeOf(images.small),
      large: sizeOf(images.large),
    },
    starts: apiLatency,
    pooled: pooledStarts(starts),
    thumbs: perJob(thumbs, 'bare', 'tenfold', variants.thumbs),
    noop: perJob(noop, 'raw', 'tenfold', variants.noop),
    routes: summariseRoutes(routes),
    otherCpu: spread(noise.map((r) => r.otherCpuPct)),
    steal: spread(noise.map((r) => r.stealPct)),
    failedJobs: sumOf(rateRuns, (r) => r.failed),
  };
}

const sizeOf = ({ bytes, width, height }: NoiseImage) => ({ bytes, width, height });

/** p99 of the API calls over all rounds of a size together (more samples than one run has). */
function pooledStarts(rounds: Round<StartRun>[]): PooledStarts {
  const pooled = (id: string) => {
    const sorted = sortedSamples(
      runsOf(rounds, id).flatMap((run) => run.samples.flatMap((s) => [s.requestMs, s.completeMs])),
    );
    return { calls: sorted.length, p99Ms: percentileOfSorted(sorted, 99) };
  };
  const small = pooled('small');
  const large = pooled('large');
  return { small, large, ratio: large.p99Ms / small.p99Ms };
}

const num = (n: number | null | undefined, digits = 1) => fixed(n, digits);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function startLines(summary: JobsSummary, width: number): string[] {
  const { starts, pooled, images } = summary;
  const lines = [
    `1. API latency to start an image job, presigned path (POST …/attachments + POST …/complete ` +
      `→ 202; the PUT to S3 not counted), one upload at a time, no worker running`,
    `   images: ${kb(images.small.bytes)} (${images.small.width}×${images.small.height}) and ` +
      `${mb(images.large.bytes)} (${images.large.width}×${images.large.height}), noise JPEG q100`,
    'image'.padEnd(width) +
      'API p50'.padStart(9) +
      'API p99'.padStart(9) +
      'POST p99'.padStart(10) +
      'compl. p99'.padStart(12) +
      'PUT p50'.padStart(9) +
      '   (ms, medians over rounds)',
  ];
  for (const v of starts.variants) {
    lines.push(
      v.label.padEnd(width) +
        millis(medianFigure(v, 'apiP50Ms')).padStart(9) +
        millis(medianFigure(v, 'apiP99Ms')).padStart(9) +
        millis(medianFigure(v, 'requestP99Ms')).padStart(10) +
        millis(medianFigure(v, 'completeP99Ms')).padStart(12) +
        millis(medianFigure(v, 'putP50Ms')).padStart(9),
    );
  }
  const names = { apiP99Ms: 'API p99', apiP50Ms: 'API p50' };
  lines.push(
    ...ratioLines('20 MB ÷ 100 KB', starts.ratio, names, width),
    `  all rounds pooled`.padEnd(width) +
      `API p99 ${times(pooled.ratio)}   (${millis(pooled.large.p99Ms)} ms over ${pooled.large.calls} ` +
      `calls ÷ ${millis(pooled.small.p99Ms)} ms over ${pooled.small.calls})`,
    verdictLine(starts, names),
    '   target: no growth (≈ 1.0); one run has few calls, so its p99 is near its maximum',
  );
  return lines;
}

/** Lines of a throughput comparison summarised on ms per job (ratio: baseline ÷ tenfold). */
function rateLines(
  title: string,
  comparison: ComparisonSummary,
  label: string,
  width: number,
  cpuUnit: 'ms' | 'µs',
): string[] {
  const cpuMsPerJob = (v: ComparisonSummary['variants'][number]) => medianFigure(v, 'cpuMsPerJob');
  const cpu = (ms: number | null) =>
    cpuUnit === 'µs' ? num(ms === null ? null : ms * 1000, 0) : num(ms, 1);
  const perSecond = (msPerJob: number | null) => num(msPerJob === null ? null : 1000 / msPerJob, 1);
  const lines = [
    title,
    'variant'.padEnd(width) +
      'jobs/s'.padStart(9) +
      '(best)'.padStart(9) +
      `CPU ${cpuUnit}/job`.padStart(14) +
      '   (medians over rounds)',
  ];
  for (const v of comparison.variants) {
    lines.push(
      v.label.padEnd(width) +
        perSecond(medianFigure(v, 'msPerJob')).padStart(9) +
        perSecond(v.best.msPerJob).padStart(9) +
        cpu(cpuMsPerJob(v)).padStart(14),
    );
  }
  const [tenfold, baseline] = comparison.variants;
  const tenfoldCpu = cpuMsPerJob(tenfold);
  const baselineCpu = cpuMsPerJob(baseline);
  lines.push(
    ...ratioLines(label, comparison.ratio, { msPerJob: 'jobs/s' }, width),
    `  CPU per job tenfold ÷ baseline`.padEnd(width) +
      `${times(tenfoldCpu === null || baselineCpu === null ? null : tenfoldCpu / baselineCpu)}   (of medians)`,
    verdictLine(comparison, { msPerJob: 'jobs/s' }),
  );
  return lines;
}

function routeLines(routes: RoutesSummary): string[] {
  const width = Math.max(22, ...routes.routes.map((r) => r.name.length + 2));
  const lines = [
    `4. every GET route under ${routes.clients} closed-loop clients (signed in, the bench ` +
      `workspace's data), ${num(routes.reqPerSec, 0)} req/s in all, web CPU ` +
      `${num(routes.webCpuUsPerReq, 0)} µs/req (medians over rounds)`,
    'route'.padEnd(width) +
      'requests'.padStart(10) +
      'p50 ms'.padStart(9) +
      'p99 ms'.padStart(9) +
      '   p99 per round: median (min–max)',
  ];
  for (const r of routes.routes) {
    lines.push(
      r.name.padEnd(width) +
        String(r.requests).padStart(10) +
        millis(r.p50Ms).padStart(9) +
        millis(r.p99Ms).padStart(9) +
        `   ${millis(r.runP99Ms.median)} (${millis(r.runP99Ms.min)}–${millis(r.runP99Ms.max)})` +
        (r.failed ? `   ${r.failed} failed` : ''),
    );
  }
  const slowest = routes.routes.find((r) => r.name === routes.slowest) ?? routes.routes[0];
  lines.push(
    `slowest route: ${slowest.name} (${slowest.path.replace(/[0-9a-f-]{36}/g, '{id}')}), ` +
      `p99 ${millis(slowest.p99Ms)} ms; target < ${routes.targetP99Ms} ms: ` +
      (routes.overTarget.length === 0
        ? 'every route meets it'
        : `missed by ${routes.overTarget.join(', ')}`),
    '   (a closed loop at saturation: latencies are mostly queueing; p50 ≈ clients ÷ req/s)',
  );
  return lines;
}

/** The printed result of `npm run bench jobs`. */
export function formatJobs(settings: Settings, machine: Machine, summary: JobsSummary): string {
  const width = 36;
  return [
    `scenario jobs (${settings.rounds} rounds, BENCH_SECONDS ${settings.seconds}, warm-up ` +
      `${settings.warmupSeconds}) ${onMachine(machine)}`,
    '',
    ...startLines(summary, width),
    '',
    ...rateLines(
      '2. thumbnails per second (256×256 + ≤ 1280 wide WebP from the 100 KB image), concurrency 2: ' +
        'tenfold worker (S3 → sharp → S3, Postgres, BullMQ) vs the same makeVariants() on a local file',
      summary.thumbs,
      'tenfold ÷ bare',
      width,
      'ms',
    ),
    '',
    ...rateLines(
      "3. no-op jobs per second, concurrency 5: tenfold's worker (QueueConsumption, job metrics) vs " +
        'a raw BullMQ Worker, same Redis, same job options',
      summary.noop,
      'tenfold ÷ raw',
      width,
      'µs',
    ),
    '',
    ...routeLines(summary.routes),
    '',
    `noise: other processes (not the bench's servers, Postgres, Redis, S3 or the harness) used ` +
      `${pct(summary.otherCpu)} of a core during the measured runs, steal ${pct(summary.steal)} ` +
      '(median, min–max)',
    ...busyLines(summary.otherCpu),
    ...(summary.failedJobs ? [`warning: ${summary.failedJobs} job(s) failed`] : []),
  ].join('\n');
}
