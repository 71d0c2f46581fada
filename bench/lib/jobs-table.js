'use strict';

const { pct, ratioLines, verdictLine, x } = require('./events-table');
const { BUSY_PCT } = require('./table');

const ms = (n) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(2)) : '–');
const num = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

function startLines(summary, images, width) {
  const { starts, pooled } = summary;
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
        ms(v.apiP50Ms).padStart(9) +
        ms(v.apiP99Ms).padStart(9) +
        ms(v.requestP99Ms).padStart(10) +
        ms(v.completeP99Ms).padStart(12) +
        ms(v.putP50Ms).padStart(9),
    );
  }
  const names = { apiP99Ms: 'API p99', apiP50Ms: 'API p50' };
  lines.push(
    ...ratioLines('20 MB ÷ 100 KB', starts.ratio, names, width),
    `  all rounds pooled`.padEnd(width) +
      `API p99 ${x(pooled.ratio)}   (${ms(pooled.large.p99Ms)} ms over ${pooled.large.calls} ` +
      `calls ÷ ${ms(pooled.small.p99Ms)} ms over ${pooled.small.calls})`,
    verdictLine(starts, names),
    '   target: no growth (≈ 1.0); one run has few calls, so its p99 is near its maximum',
  );
  return lines;
}

/** Lines of a throughput comparison summarised on ms per job (ratio: baseline ÷ tenfold). */
function rateLines(title, comparison, label, width, cpuUnit) {
  const cpu = (v) => (cpuUnit === 'µs' ? num(v.cpuMsPerJob * 1000, 0) : num(v.cpuMsPerJob, 1));
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
        num(1000 / v.msPerJob, 1).padStart(9) +
        num(1000 / v.best.msPerJob, 1).padStart(9) +
        cpu(v).padStart(14),
    );
  }
  const [tenfold, baseline] = comparison.variants;
  lines.push(
    ...ratioLines(label, comparison.ratio, { msPerJob: 'jobs/s' }, width),
    `  CPU per job tenfold ÷ baseline`.padEnd(width) +
      `${x(tenfold.cpuMsPerJob / baseline.cpuMsPerJob)}   (of medians)`,
    verdictLine(comparison, { msPerJob: 'jobs/s' }),
  );
  return lines;
}

function routeLines(routes) {
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
        ms(r.p50Ms).padStart(9) +
        ms(r.p99Ms).padStart(9) +
        `   ${ms(r.runP99Ms.median)} (${ms(r.runP99Ms.min)}–${ms(r.runP99Ms.max)})` +
        (r.failed ? `   ${r.failed} failed` : ''),
    );
  }
  const slowest = routes.routes.find((r) => r.name === routes.slowest);
  lines.push(
    `slowest route: ${slowest.name} (${slowest.path.replace(/[0-9a-f-]{36}/g, '{id}')}), ` +
      `p99 ${ms(slowest.p99Ms)} ms; target < ${routes.targetP99Ms} ms: ` +
      (routes.overTarget.length === 0
        ? 'every route meets it'
        : `missed by ${routes.overTarget.join(', ')}`),
    '   (a closed loop at saturation: latencies are mostly queueing; p50 ≈ clients ÷ req/s)',
  );
  return lines;
}

/** The printed result of `npm run bench jobs`. */
function formatJobs(scenario, settings, machine, summary) {
  const width = 36;
  return [
    `scenario jobs (${settings.rounds} rounds, BENCH_SECONDS ${settings.seconds}, warm-up ` +
      `${settings.warmupSeconds}) on ${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}`,
    '',
    ...startLines(summary, summary.images, width),
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
    ...(summary.otherCpu?.median > BUSY_PCT
      ? [
          `BUSY: other processes used ${Math.round(summary.otherCpu.median)}% of a core (median) ` +
            'during the runs; whatever the verdict, repeat the run when the machine is idle',
        ]
      : []),
    ...(summary.failedJobs ? [`warning: ${summary.failedJobs} job(s) failed`] : []),
  ].join('\n');
}

module.exports = { formatJobs };
