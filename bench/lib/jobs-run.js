'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const { Queue } = require('bullmq');
const IORedis = require('ioredis');

const { spawnTracked } = require('./children');
const db = require('./events-db');
const { createClient } = require('./http-json');
const { interleave } = require('./interleave');
const { noiseJpeg } = require('./jobs-images');
const { compactRuns, runRouteLoad } = require('./jobs-routes');
const { stackPids, startUsage } = require('./jobs-usage');
const { startTarget } = require('./start-target');
const { signUpWithProject } = require('./sign-up');
const { percentileOfSorted } = require('./stats');
const { ROOT } = require('./targets');

const STOP_GRACE_MS = 15_000;
const DONE_TIMEOUT_MS = 180_000;
const TASKS = 10; // attachments are spread over these tasks (a task has few attachments)
const SMALL_BYTES = 100 * 1024;
const LARGE_BYTES = 20 * 1000 * 1000; // 20 MB, under the 20 MiB limit
const BARE_SCRIPT = path.join(ROOT, 'bench', 'servers', 'jobs-bare-sharp.js');
const PREFIX = `${process.env.REDIS_KEY_PREFIX || 'tenfold'}:bull`;
// Rounds as interleave.js runs them, with half a second between runs.
const jobsRounds = (warm) => ({ warm, pauseMs: 500, labelWidth: 40 });

/**
 * The `jobs` scenario's method (docs/BENCHMARKS.md): one web process (FX pointed at the stub) for
 * the whole run, a fresh workspace, then
 * 1. the API's latency to start an image job, 100 KB vs 20 MB (presigned path; no worker running);
 * 2. thumbnails per second, one tenfold media worker vs a bare sharp loop, interleaved rounds;
 * 3. no-op jobs per second, tenfold's queue layer vs a raw BullMQ Worker, interleaved rounds;
 * 4. every GET route's p50/p99 under 50 closed-loop clients.
 */
async function runJobs(scenario, settings, { log, onServer, onCleanup }) {
  const pool = db.openDb();
  const redis = new IORedis(process.env.REDIS_URL || 'redis://127.0.0.1:56379', {
    maxRetriesPerRequest: null,
  });
  const queues = {};
  const queue = (name) => (queues[name] ??= new Queue(name, { connection: redis, prefix: PREFIX }));
  const bench = { settings, log, pool, queue, servers: [], leftovers: [] };
  bench.onServer = (server, id) => {
    bench.servers.push({ id, pid: server.pid });
    onServer(server);
  };
  onCleanup(async () => {
    for (const name of ['bench-noop', 'bench-noop-raw']) {
      await queue(name)
        .obliterate({ force: true })
        .catch(() => {});
    }
    await removeJobs(bench, bench.leftovers.splice(0));
    await Promise.all(Object.values(queues).map((q) => q.close()));
    redis.disconnect();
    await pool.end();
  });

  const { rows } = await pool.query("SELECT to_regclass('media.attachments') IS NOT NULL AS ok");
  if (!rows[0].ok) {
    throw new Error(
      'the database has no media.attachments: run its migrations first (`npm run migration:run`)',
    );
  }
  const others = await db.otherRelays(pool);
  if (others.length > 0) {
    const seen = others.map((o) => `${o.application_name} (${o.connections})`).join(', ');
    throw new Error(
      `another tenfold worker is connected to this database (${seen}); it would take the ` +
        "bench's media jobs: stop it first",
    );
  }
  bench.postgresPid = await db.postgresPid(pool);
  bench.stack = stackPids();
  if (!bench.postgresPid) log('note: Postgres is not a local process: no noise figure');

  log('making the images (random noise JPEGs, quality 100) …');
  bench.images = { small: await noiseJpeg(SMALL_BYTES), large: await noiseJpeg(LARGE_BYTES) };
  for (const image of Object.values(bench.images)) image.data = fs.readFileSync(image.file);

  const { stub: stubTarget, web: webTarget } = scenario.processes;
  bench.stub = await startTarget(bench, stubTarget, '/health');
  bench.web = await startTarget(bench, {
    ...webTarget,
    env: { ...webTarget.env, FX_API_URL: `${bench.stub.origin}/fx` },
  });
  bench.api = createClient(bench.web.origin, { timeoutMs: 60_000 });
  bench.s3 = new http.Agent({ keepAlive: true });
  try {
    await prepareWorkspace(bench);
    log(`bench workspace ${bench.workspaceId}, ${TASKS} tasks`);
    const starts = await interleave(bench, scenario.starts, startRun, jobsRounds(warmStarts));
    const thumbs = await interleave(bench, scenario.thumbs, thumbRun, jobsRounds());
    const noop = await noopComparison(bench, scenario);
    log(`— ${scenario.routes.title}`);
    const routes = await runRouteLoad(bench, scenario.routes);
    const summary = scenario.summarise({ starts, thumbs, noop, routes, images: bench.images });
    compactRuns(routes);
    return {
      servers: bench.servers,
      workspaceId: bench.workspaceId,
      images: Object.fromEntries(
        Object.entries(bench.images).map(([k, { file, bytes, width, height }]) => [
          k,
          { file, bytes, width, height },
        ]),
      ),
      starts,
      thumbs,
      noop,
      routes,
      summary,
    };
  } finally {
    bench.api.close();
    bench.s3.destroy();
  }
}

async function prepareWorkspace(bench) {
  const { token, workspaceId, projectId, taskIds } = await signUpWithProject(
    bench.api,
    'jobs',
    TASKS,
  );
  Object.assign(bench, { token, workspaceId, projectId, taskIds });
  // No worker runs while uploads are timed, so media never consumes the tasks' created events:
  // the bench makes its tasks known to media itself (docs/MEDIA.md, "Which tasks").
  await bench.pool.query(
    `INSERT INTO media.known_tasks (task_id, workspace_id)
     SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
    [taskIds, workspaceId],
  );
}

/**
 * One presigned upload: POST …/attachments (timed), PUT to S3 (timed apart, not counted as the
 * API's), POST …/complete (timed, 202). Resolves the timings and the ids.
 */
async function uploadOne(bench, image, i) {
  const taskId = bench.taskIds[i % bench.taskIds.length];
  const base = `/v1/workspaces/${bench.workspaceId}/tasks/${taskId}/attachments`;
  const requested = await bench.api.request('POST', base, {
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
  const completed = await bench.api.request('POST', `${base}/${requested.body.id}/complete`, {
    token: bench.token,
  });
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

function failure(what, answer) {
  return new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}

/** PUT of the bytes to the presigned URL (the S3 stand-in); resolves its duration in ms. */
/** The PUT the upload URL was signed for: exactly the headers the API answered with. */
function put(bench, url, headers, data) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(url, {
      method: 'PUT',
      agent: bench.s3,
      headers,
      timeout: 60_000,
    });
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
async function removeJobs(bench, uploads) {
  for (const upload of uploads) {
    await bench
      .queue('media')
      .remove(upload.jobId)
      .catch(() => {});
    if (bench.api) {
      await bench.api
        .request(
          'DELETE',
          `/v1/workspaces/${bench.workspaceId}/tasks/${upload.taskId}/attachments/${upload.attachmentId}`,
          { token: bench.token },
        )
        .catch(() => {});
    }
  }
}

const startsPerRun = (settings) => 5 * settings.seconds;

async function warmStarts(bench, comparison) {
  const uploads = [];
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
async function startRun(bench, variant) {
  const image = bench.images[variant.id];
  const usage = startUsage({
    pids: { web: bench.web.pid },
    postgresPid: bench.postgresPid,
    stack: bench.stack,
  });
  const uploads = [];
  let cpu;
  try {
    for (let i = 0; i < startsPerRun(bench.settings); i++) {
      const upload = await uploadOne(bench, image, i);
      uploads.push(upload);
      bench.leftovers.push(upload);
    }
  } finally {
    cpu = usage.stop();
    await removeJobs(bench, uploads);
    bench.leftovers = bench.leftovers.filter((u) => !uploads.includes(u));
  }
  const sorted = (key) => Float64Array.from(uploads.map((u) => u[key])).sort();
  const api = Float64Array.from(uploads.flatMap((u) => [u.requestMs, u.completeMs])).sort();
  const request = sorted('requestMs');
  const complete = sorted('completeMs');
  const puts = sorted('putMs');
  return {
    uploads: uploads.length,
    samples: uploads.map(({ requestMs, completeMs, putMs }) => ({ requestMs, completeMs, putMs })),
    apiP50Ms: percentileOfSorted(api, 50),
    apiP99Ms: percentileOfSorted(api, 99),
    requestP99Ms: percentileOfSorted(request, 99),
    completeP99Ms: percentileOfSorted(complete, 99),
    putP50Ms: percentileOfSorted(puts, 50),
    otherCpuPct: cpu.otherCpuPct,
    stealPct: cpu.stealPct,
  };
}

const thumbsPerRun = (settings) => 10 * settings.seconds;

/**
 * Comparison 2, one run. tenfold: uploads N + 2 small images with no worker running (not timed),
 * starts one media worker, waits until every attachment is ready, stops the worker; the rate is
 * taken from the jobs' own finish times in BullMQ, after the first 2 (= concurrency) finished, so
 * start-up and the first, cold jobs are not in it. bare: a child process runs the same sharp
 * pipeline on the same file, N times at concurrency 2, after one unmeasured pass.
 */
async function thumbRun(bench, variant) {
  const count = thumbsPerRun(bench.settings);
  const image = bench.images.small;
  if (variant.id === 'bare') {
    const child = spawnTracked(process.execPath, [BARE_SCRIPT], {
      cwd: ROOT,
      env: {
        ...process.env,
        BENCH_SHARP_FILE: image.file,
        BENCH_SHARP_COUNT: String(count),
        BENCH_SHARP_CONCURRENCY: String(variant.concurrency),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    bench.onServer(child, 'bare-sharp');
    const usage = startUsage({
      pids: { bare: child.pid },
      postgresPid: bench.postgresPid,
      stack: bench.stack,
    });
    const { stdout, stderr, code } = await collect(child);
    const cpu = usage.stop();
    if (code !== 0) throw new Error(`bare sharp loop failed (${code}): ${stderr.trim()}`);
    const result = JSON.parse(stdout.trim().split('\n').pop());
    return {
      jobs: result.count,
      msPerJob: result.ms / result.count,
      jobsPerSec: (result.count * 1000) / result.ms,
      cpuMsPerJob: result.cpuMs / result.count,
      otherCpuPct: cpu.otherCpuPct,
      stealPct: cpu.stealPct,
    };
  }
  const uploads = [];
  for (let i = 0; i < count + variant.concurrency; i++) {
    const upload = await uploadOne(bench, image, i);
    uploads.push(upload);
    bench.leftovers.push(upload);
  }
  const worker = await startTarget(bench, variant.worker);
  const usage = startUsage({
    pids: { worker: worker.pid },
    postgresPid: bench.postgresPid,
    stack: bench.stack,
  });
  try {
    const ids = uploads.map((u) => u.attachmentId);
    const done = await db.waitFor(
      async () => {
        const { rows } = await bench.pool.query(
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
    const { rows } = await bench.pool.query(
      `SELECT count(*)::int AS n FROM media.attachments WHERE id = ANY($1::uuid[]) AND status = 'failed'`,
      [ids],
    );
    const rate = await rateOf(
      bench.queue('media'),
      uploads.map((u) => u.jobId),
      variant.concurrency,
    );
    return {
      jobs: rate.counted,
      failed: rows[0].n,
      msPerJob: rate.msPerJob,
      jobsPerSec: 1000 / rate.msPerJob,
      cpuMsPerJob: cpu.cpuMs.worker / uploads.length,
      otherCpuPct: cpu.otherCpuPct,
      stealPct: cpu.stealPct,
    };
  } finally {
    await worker.stop(STOP_GRACE_MS);
  }
}

/**
 * Throughput from BullMQ's own stamps (finishedOn, ms): jobs finished after the first `skip`
 * finishes, over the time from that finish to the last. Resolves { counted, msPerJob }.
 */
async function rateOf(queue, jobIds, skip) {
  const finished = [];
  for (const id of jobIds) {
    const job = await queue.getJob(id);
    if (job?.finishedOn) finished.push(job.finishedOn);
  }
  return rateOfStamps(finished, skip);
}

function rateOfStamps(finished, skip) {
  const sorted = Float64Array.from(finished).sort();
  const counted = sorted.length - skip;
  const spanMs = sorted[sorted.length - 1] - sorted[skip - 1];
  return { counted, msPerJob: counted > 0 && spanMs > 0 ? spanMs / counted : NaN };
}

function collect(child) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr
      .setEncoding('utf8')
      .on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.once('exit', (code, signal) => resolve({ stdout, stderr, code: code ?? signal }));
  });
}

/** Comparison 3: both no-op workers stay up for all its rounds; each idles while the other runs. */
async function noopComparison(bench, scenario) {
  const workers = {};
  for (const variant of scenario.noop.variants) {
    workers[variant.id] = await startTarget(bench, variant.worker, '/health/ready');
  }
  bench.noopWorkers = workers;
  try {
    const warm = async () => {
      for (const variant of scenario.noop.variants) await noopRun(bench, variant);
    };
    return await interleave(bench, scenario.noop, noopRun, jobsRounds(warm));
  } finally {
    for (const worker of Object.values(workers)) await worker.stop(STOP_GRACE_MS);
  }
}

const noopPerRun = (settings) => 1000 * settings.seconds;

/**
 * Comparison 3, one run: with the variant's queue paused, adds M jobs in bulk (tenfold's default
 * job options: attempts 3, kept on completion), resumes it, waits until all completed; the rate is
 * taken from the jobs' finish times after the first `concurrency` finished. Then empties the queue.
 */
async function noopRun(bench, variant) {
  const count = noopPerRun(bench.settings);
  const queue = bench.queue(variant.queue);
  await queue.obliterate({ force: true });
  await queue.pause();
  const jobs = Array.from({ length: count }, (_, i) => ({
    name: 'noop',
    data: { i },
    opts: { ...variant.jobOptions, jobId: `noop-${i}` },
  }));
  for (let i = 0; i < jobs.length; i += 1000) await queue.addBulk(jobs.slice(i, i + 1000));
  const usage = startUsage({
    pids: { worker: bench.noopWorkers[variant.id].pid },
    postgresPid: bench.postgresPid,
    stack: bench.stack,
  });
  await queue.resume();
  const done = await db.waitFor(async () => (await queue.getCompletedCount()) >= count, {
    timeoutMs: DONE_TIMEOUT_MS,
    everyMs: 20,
  });
  const cpu = usage.stop();
  if (!done) throw new Error(`${variant.label}: the no-op jobs did not complete in time`);
  const finished = [];
  for (let start = 0; start < count; start += 1000) {
    const page = await queue.getJobs(['completed'], start, start + 999);
    finished.push(...page.map((job) => job.finishedOn));
  }
  const failed = await queue.getFailedCount();
  await queue.obliterate({ force: true });
  const rate = rateOfStamps(finished, variant.concurrency);
  return {
    jobs: rate.counted,
    failed,
    msPerJob: rate.msPerJob,
    jobsPerSec: 1000 / rate.msPerJob,
    cpuMsPerJob: cpu.cpuMs.worker / count,
    redisAndOthersCpuMsPerJob: cpu.stackMs / count,
    otherCpuPct: cpu.otherCpuPct,
    stealPct: cpu.stealPct,
  };
}

module.exports = { runJobs, startsPerRun, thumbsPerRun, noopPerRun };
