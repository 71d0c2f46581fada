import { request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

import { startUsage } from '../../lib/cpu';
import type { TimedAnswer } from '../../lib/http';
import type { Comparison, Variant } from '../../lib/rounds';
import { percentileOfSorted, sortedSamples } from '../../lib/stats';
import type { NoiseImage } from './images';
import type { JobsBench } from './run';

/** One presigned upload: its API calls' and its PUT's times, and what it made. */
export interface Upload {
  requestMs: number;
  completeMs: number;
  putMs: number;
  taskId: string;
  attachmentId: string;
  jobId: string;
}

export type ImageWithData = NoiseImage & { data: Buffer };

export interface StartRun {
  uploads: number;
  samples: { requestMs: number; completeMs: number; putMs: number }[];
  apiP50Ms: number;
  apiP99Ms: number;
  requestP99Ms: number;
  completeP99Ms: number;
  putP50Ms: number;
  otherCpuPct: number | null;
  stealPct: number | null;
}

export interface SizeVariant extends Variant {
  id: 'small' | 'large';
}

export const startsPerRun = (seconds: number) => 5 * seconds;

/**
 * One presigned upload: POST …/attachments (timed), PUT to S3 (timed apart, not counted as the
 * API's), POST …/complete (timed, 202).
 */
export async function uploadOne(
  bench: JobsBench,
  image: ImageWithData,
  i: number,
): Promise<Upload> {
  const taskId = bench.taskIds[i % bench.taskIds.length];
  const base = `/v1/workspaces/${bench.workspaceId}/tasks/${taskId}/attachments`;
  const requested = await bench.api.request<{
    id: string;
    uploadUrl: string;
    uploadHeaders: Record<string, string>;
  }>('POST', base, {
    token: bench.token,
    body: { fileName: `bench-${i}.jpg`, contentType: 'image/jpeg', size: image.bytes },
  });
  if (requested.status !== 201) throw failure('POST attachments', requested);
  const putMs = await put(
    bench,
    requested.body.uploadUrl,
    requested.body.uploadHeaders,
    image.data,
  );
  const completed = await bench.api.request<{ jobId: string }>(
    'POST',
    `${base}/${requested.body.id}/complete`,
    { token: bench.token },
  );
  if (completed.status !== 202) throw failure('POST complete', completed);
  return {
    requestMs: requested.ms,
    completeMs: completed.ms,
    putMs,
    taskId,
    attachmentId: requested.body.id,
    jobId: completed.body.jobId,
  };
}

function failure(what: string, answer: TimedAnswer): Error {
  return new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}

/** The PUT the upload URL was signed for: exactly the headers the API answered with; its ms. */
function put(
  bench: JobsBench,
  url: string,
  headers: Record<string, string>,
  data: Buffer,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(url, { method: 'PUT', agent: bench.s3, headers, timeout: 60_000 });
    req.on('response', (response) => {
      response.resume();
      response.on('end', () =>
        response.statusCode === 200
          ? resolve(performance.now() - started)
          : reject(new Error(`PUT to S3 answered ${response.statusCode}`)),
      );
    });
    req.on('timeout', () => req.destroy(new Error('PUT to S3: no answer within 60 s')));
    req.on('error', reject);
    req.end(data);
  });
}

/** Takes the bench's queued (never processed) media jobs out of the queue, and their attachments. */
export async function removeJobs(bench: JobsBench, uploads: readonly Upload[]): Promise<void> {
  for (const upload of uploads) {
    await bench
      .queue('media')
      .remove(upload.jobId)
      .catch(() => {});
    await bench.api
      .request(
        'DELETE',
        `/v1/workspaces/${bench.workspaceId}/tasks/${upload.taskId}/attachments/${upload.attachmentId}`,
        { token: bench.token },
      )
      .catch(() => {});
  }
}

/** Before comparison 1: BENCH_WARMUP_SECONDS uploads of each size, removed again. */
export async function warmStarts(
  bench: JobsBench,
  comparison: Comparison<SizeVariant, StartRun>,
): Promise<void> {
  const uploads: Upload[] = [];
  for (const variant of comparison.variants) {
    for (let i = 0; i < bench.settings.warmupSeconds; i++) {
      uploads.push(await uploadOne(bench, bench.images[variant.id], i));
    }
  }
  await removeJobs(bench, uploads);
}

/**
 * Comparison 1, one run: `5 × BENCH_SECONDS` presigned uploads of one size, one after the other
 * (no worker runs: the jobs wait, and are removed with their attachments after the run).
 */
export async function startRun(bench: JobsBench, variant: SizeVariant): Promise<StartRun> {
  const image = bench.images[variant.id];
  const usage = startUsage({
    pids: { web: bench.web.pid },
    postgresPid: bench.postgresPid,
    stack: bench.stack,
  });
  const uploads: Upload[] = [];
  let cpu;
  try {
    for (let i = 0; i < startsPerRun(bench.settings.seconds); i++) {
      const upload = await uploadOne(bench, image, i);
      uploads.push(upload);
      bench.leftovers.push(upload);
    }
  } finally {
    cpu = usage.stop();
    await removeJobs(bench, uploads);
    bench.leftovers = bench.leftovers.filter((u) => !uploads.includes(u));
  }
  const sorted = (key: 'requestMs' | 'completeMs' | 'putMs') =>
    sortedSamples(uploads.map((u) => u[key]));
  const api = sortedSamples(uploads.flatMap((u) => [u.requestMs, u.completeMs]));
  return {
    uploads: uploads.length,
    samples: uploads.map(({ requestMs, completeMs, putMs }) => ({ requestMs, completeMs, putMs })),
    apiP50Ms: percentileOfSorted(api, 50),
    apiP99Ms: percentileOfSorted(api, 99),
    requestP99Ms: percentileOfSorted(sorted('requestMs'), 99),
    completeP99Ms: percentileOfSorted(sorted('completeMs'), 99),
    putP50Ms: percentileOfSorted(sorted('putMs'), 50),
    otherCpuPct: cpu.otherCpuPct,
    stealPct: cpu.stealPct,
  };
}
