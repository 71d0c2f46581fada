import type { Queue } from 'bullmq';

import { startUsage } from '../../lib/cpu';
import { benchServer, type Target } from '../../lib/processes';
import { interleave, type Comparison, type Variant } from '../../lib/rounds';
import { sortedSamples } from '../../lib/stats';
import { NodeProcess } from '../../../test/harness/node-process';
import { waitFor } from '../../lib/wait';
import type { JobsBench } from './run';
import { uploadOne, type Upload } from './uploads';

const STOP_GRACE_MS = 15_000;
const DONE_TIMEOUT_MS = 180_000;

/** A run of comparison 2 or 3: jobs a second (from their finish times), CPU per job. */
export interface RateRun {
  jobs: number;
  failed?: number;
  msPerJob: number;
  jobsPerSec: number;
  cpuMsPerJob: number;
  redisAndOthersCpuMsPerJob?: number;
  otherCpuPct: number | null;
  stealPct: number | null;
}

export interface ThumbVariant extends Variant {
  /** The media worker; none for the bare sharp loop. */
  worker?: Target;
  concurrency: number;
}

export interface NoopVariant extends Variant {
  /** Read when the comparison starts (the raw worker's settings come from dist/). */
  worker: () => Target;
  queue: string;
  concurrency: number;
}

export const thumbsPerRun = (seconds: number) => 10 * seconds;
export const noopPerRun = (seconds: number) => 1000 * seconds;

/**
 * Comparison 2, one run. tenfold: uploads N + 2 small images with no worker running (not timed),
 * starts one media worker, waits until every attachment is ready, stops the worker; the rate is
 * taken from the jobs' own finish times in BullMQ, after the first 2 (= concurrency) finished, so
 * start-up and the first, cold jobs are not in it. bare: a child process runs the same sharp
 * pipeline on the same file, N times at concurrency 2, after one unmeasured pass.
 */
export async function thumbRun(bench: JobsBench, variant: ThumbVariant): Promise<RateRun> {
  const count = thumbsPerRun(bench.settings.seconds);
  return variant.worker
    ? tenfoldThumbs(bench, variant.worker, variant.concurrency, count)
    : bareThumbs(bench, variant.concurrency, count);
}

async function bareThumbs(bench: JobsBench, concurrency: number, count: number): Promise<RateRun> {
  const child = await NodeProcess.start({
    name: 'bare sharp loop',
    script: benchServer('jobs-bare-sharp'),
    env: {
      BENCH_SHARP_FILE: bench.images.small.file,
      BENCH_SHARP_COUNT: String(count),
      BENCH_SHARP_CONCURRENCY: String(concurrency),
    },
    stdout: 'capture',
  });
  bench.servers.note('bare-sharp', child.pid);
  const usage = startUsage({
    pids: { bare: child.pid },
    postgresPid: bench.postgresPid,
    stack: bench.stack,
  });
  const exit = await child.exited;
  const cpu = usage.stop();
  if (exit.code !== 0) {
    throw new Error(`bare sharp loop failed (${exit.code ?? exit.signal}): ${child.stderr.trim()}`);
  }
  const result = JSON.parse(child.stdoutLines.filter(Boolean).at(-1) ?? '{}') as {
    count: number;
    ms: number;
    cpuMs: number;
  };
  return {
    jobs: result.count,
    msPerJob: result.ms / result.count,
    jobsPerSec: (result.count * 1000) / result.ms,
    cpuMsPerJob: result.cpuMs / result.count,
    otherCpuPct: cpu.otherCpuPct,
    stealPct: cpu.stealPct,
  };
}

async function tenfoldThumbs(
  bench: JobsBench,
  target: Target,
  concurrency: number,
  count: number,
): Promise<RateRun> {
  const uploads: Upload[] = [];
  for (let i = 0; i < count + concurrency; i++) {
    const upload = await uploadOne(bench, bench.images.small, i);
    uploads.push(upload);
    bench.leftovers.push(upload);
  }
  const worker = await bench.servers.start(target);
  const usage = startUsage({
    pids: { worker: worker.pid },
    postgresPid: bench.postgresPid,
    stack: bench.stack,
  });
  try {
    const ids = uploads.map((u) => u.attachmentId);
    const done = await waitFor(
      async () => {
        const { rows } = await bench.pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM media.attachments
            WHERE id = ANY($1::uuid[]) AND status IN ('ready', 'failed')`,
          [ids],
        );
        return rows[0].n === ids.length;
      },
      { timeoutMs: DONE_TIMEOUT_MS, everyMs: 50 },
    );
    const cpu = usage.stop();
    bench.leftovers = bench.leftovers.filter((u) => !uploads.includes(u));
    bench.sample = uploads[uploads.length - 1]; // read by the route load (comparison 4)
    if (!done) throw new Error('the media worker did not finish the bench images in time');
    const { rows } = await bench.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM media.attachments WHERE id = ANY($1::uuid[]) AND status = 'failed'`,
      [ids],
    );
    const rate = await rateOf(
      bench.queue('media'),
      uploads.map((u) => u.jobId),
      concurrency,
    );
    return {
      jobs: rate.counted,
      failed: rows[0].n,
      msPerJob: rate.msPerJob,
      jobsPerSec: 1000 / rate.msPerJob,
      cpuMsPerJob: (cpu.cpuMs.worker ?? 0) / uploads.length,
      otherCpuPct: cpu.otherCpuPct,
      stealPct: cpu.stealPct,
    };
  } finally {
    await worker.stop(STOP_GRACE_MS);
  }
}

/**
 * Throughput from BullMQ's own stamps (finishedOn, ms): jobs finished after the first `skip`
 * finishes, over the time from that finish to the last.
 */
async function rateOf(
  queue: Queue,
  jobIds: readonly string[],
  skip: number,
): Promise<{ counted: number; msPerJob: number }> {
  const finished: number[] = [];
  for (const id of jobIds) {
    const job = await queue.getJob(id);
    if (job?.finishedOn) finished.push(job.finishedOn);
  }
  return rateOfStamps(finished, skip);
}

function rateOfStamps(finished: number[], skip: number): { counted: number; msPerJob: number } {
  const sorted = sortedSamples(finished);
  const counted = sorted.length - skip;
  const spanMs = sorted[sorted.length - 1] - sorted[skip - 1];
  return { counted, msPerJob: counted > 0 && spanMs > 0 ? spanMs / counted : NaN };
}

/** Comparison 3: both no-op workers stay up for all its rounds; each idles while the other runs. */
export async function noopComparison(
  bench: JobsBench,
  comparison: Comparison<NoopVariant, RateRun>,
  rounds: { pauseMs: number; labelWidth: number },
) {
  const workers: Record<string, NodeProcess> = {};
  for (const variant of comparison.variants) {
    workers[variant.id] = await bench.servers.start(variant.worker());
  }
  try {
    const warm = async () => {
      for (const variant of comparison.variants) await noopRun(bench, variant, workers[variant.id]);
    };
    return await interleave(
      bench,
      comparison,
      (variant) => noopRun(bench, variant, workers[variant.id]),
      { ...rounds, warm },
    );
  } finally {
    for (const worker of Object.values(workers)) await worker.stop(STOP_GRACE_MS);
  }
}

/**
 * Comparison 3, one run: with the variant's queue paused, adds M jobs in bulk (tenfold's default
 * job options: attempts 3, kept on completion), resumes it, waits until all completed; the rate is
 * taken from the jobs' finish times after the first `concurrency` finished. Then empties the queue.
 */
async function noopRun(
  bench: JobsBench,
  variant: NoopVariant,
  worker: NodeProcess,
): Promise<RateRun> {
  const count = noopPerRun(bench.settings.seconds);
  const queue = bench.queue(variant.queue);
  await queue.obliterate({ force: true });
  await queue.pause();
  const jobs = Array.from({ length: count }, (_, i) => ({
    name: 'noop',
    data: { i },
    opts: { jobId: `noop-${i}` },
  }));
  for (let i = 0; i < jobs.length; i += 1000) await queue.addBulk(jobs.slice(i, i + 1000));
  const usage = startUsage({
    pids: { worker: worker.pid },
    postgresPid: bench.postgresPid,
    stack: bench.stack,
  });
  await queue.resume();
  const done = await waitFor(async () => (await queue.getCompletedCount()) >= count, {
    timeoutMs: DONE_TIMEOUT_MS,
    everyMs: 20,
  });
  const cpu = usage.stop();
  if (!done) throw new Error(`${variant.label}: the no-op jobs did not complete in time`);
  const finished: number[] = [];
  for (let start = 0; start < count; start += 1000) {
    const page = await queue.getJobs(['completed'], start, start + 999);
    finished.push(...page.map((job) => job.finishedOn ?? NaN));
  }
  const failed = await queue.getFailedCount();
  await queue.obliterate({ force: true });
  const rate = rateOfStamps(finished, variant.concurrency);
  return {
    jobs: rate.counted,
    failed,
    msPerJob: rate.msPerJob,
    jobsPerSec: 1000 / rate.msPerJob,
    cpuMsPerJob: (cpu.cpuMs.worker ?? 0) / count,
    redisAndOthersCpuMsPerJob: cpu.stackMs / count,
    otherCpuPct: cpu.otherCpuPct,
    stealPct: cpu.stealPct,
  };
}
