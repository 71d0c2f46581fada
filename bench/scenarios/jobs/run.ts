import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';

import type { Queue } from 'bullmq';
import type { Pool } from 'pg';

import { stackPids } from '../../lib/cpu';
import { openDb, postgresPid, refuseOtherRelays } from '../../lib/db';
import { timedClient, type TimedClient } from '../../lib/http';
import {
  benchServer,
  benchWeb,
  externalStub,
  Servers,
  tenfoldWorker,
  withEnv,
  type Target,
} from '../../lib/processes';
import { openQueues, queueCatalogue } from '../../lib/queues';
import { interleave, type Comparison } from '../../lib/rounds';
import { defineScenario, type RunContext } from '../../lib/scenario';
import type { Settings } from '../../lib/settings';
import { signUpWithProject } from '../../../test/harness/accounts';
import type { NodeProcess } from '../../../test/harness/node-process';
import { noiseJpeg } from './images';
import { formatJobs, summariseJobs } from './report';
import { compactRuns, runRouteLoad } from './routes';
import {
  noopComparison,
  thumbRun,
  type NoopVariant,
  type RateRun,
  type ThumbVariant,
} from './throughput';
import {
  removeJobs,
  startRun,
  warmStarts,
  type ImageWithData,
  type SizeVariant,
  type StartRun,
  type Upload,
} from './uploads';

const TASKS = 10; // attachments are spread over these tasks (a task has few attachments)
const SMALL_BYTES = 100 * 1024;
const LARGE_BYTES = 20 * 1000 * 1000; // 20 MB, under the 20 MiB limit
// Rounds with half a second between runs.
const ROUNDS = { pauseMs: 500, labelWidth: 40 };

// Stand-in for the FX API (and Slack), so that billing quotes work offline.
const stub = externalStub();
const web = benchWeb();
const mediaWorker = tenfoldWorker({
  id: 'media-worker',
  label: 'tenfold worker, WORKER_QUEUES=media',
  env: { WORKER_QUEUES: 'media' },
});
const noopWorker = tenfoldWorker({
  id: 'noop-worker',
  label: 'tenfold worker, no-op processor',
  server: 'jobs-noop-worker',
  env: { BENCH_NOOP_QUEUE: 'bench-noop' },
});

const MEDIA_CONCURRENCY = 2; // queue-catalogue.ts, media; checked against dist/ at run time
const NOOP_CONCURRENCY = 5; // queue-catalogue.ts, system (the default)

function rawWorker(): Target {
  const { system } = queueCatalogue();
  return {
    id: 'raw-worker',
    label: 'raw BullMQ Worker',
    program: { script: benchServer('jobs-raw-bullmq-worker') },
    env: {
      BENCH_NOOP_QUEUE: 'bench-noop-raw',
      BENCH_NOOP_CONCURRENCY: String(system.concurrency),
      BENCH_NOOP_LOCK_MS: String(system.lockDurationMs),
    },
    needs: ['stack'],
  };
}

export const starts: Comparison<SizeVariant, StartRun> = {
  title: 'API latency to start an image job (presigned path), 100 KB vs 20 MB',
  variants: [
    { id: 'small', label: '100 KB image' },
    { id: 'large', label: '20 MB image' },
  ],
  describe: (run) =>
    `${String(run.uploads).padStart(3)} uploads  API p50 ${run.apiP50Ms.toFixed(2)} ms  ` +
    `p99 ${run.apiP99Ms.toFixed(2)} ms  (POST p99 ${run.requestP99Ms.toFixed(2)}, complete p99 ` +
    `${run.completeP99Ms.toFixed(2)})  PUT p50 ${run.putP50Ms.toFixed(0)} ms (not counted)`,
};

export const thumbs: Comparison<ThumbVariant, RateRun> = {
  title: `thumbnails per second: one tenfold media worker vs a bare sharp loop (concurrency ${MEDIA_CONCURRENCY})`,
  variants: [
    {
      id: 'tenfold',
      label: 'tenfold media worker',
      worker: mediaWorker,
      concurrency: MEDIA_CONCURRENCY,
    },
    { id: 'bare', label: 'bare sharp loop (local file)', concurrency: MEDIA_CONCURRENCY },
  ],
  describe: (run) =>
    `${String(run.jobs).padStart(4)} jobs  ${run.jobsPerSec.toFixed(1)} jobs/s  ` +
    `CPU ${run.cpuMsPerJob.toFixed(1)} ms/job` +
    (run.failed ? `  (${run.failed} failed)` : ''),
};

export const noop: Comparison<NoopVariant, RateRun> = {
  title: `no-op jobs per second: tenfold's queue layer vs raw BullMQ (concurrency ${NOOP_CONCURRENCY})`,
  variants: [
    {
      id: 'tenfold',
      label: 'tenfold worker (QueueConsumption)',
      worker: () => noopWorker,
      queue: 'bench-noop',
      concurrency: NOOP_CONCURRENCY,
    },
    {
      id: 'raw',
      label: 'raw BullMQ Worker',
      worker: rawWorker,
      queue: 'bench-noop-raw',
      concurrency: NOOP_CONCURRENCY,
    },
  ],
  describe: (run) =>
    `${String(run.jobs).padStart(5)} jobs  ${run.jobsPerSec.toFixed(0)} jobs/s  ` +
    `worker CPU ${(run.cpuMsPerJob * 1000).toFixed(0)} µs/job` +
    (run.failed ? `  (${run.failed} failed)` : ''),
};

export const routes = {
  title: 'every GET route under 50 closed-loop clients',
  clients: 50,
  targetP99Ms: 200,
};

/** One run of the scenario: its processes, its workspace, its queues. */
export interface JobsBench {
  settings: Settings;
  log(line: string): void;
  pool: Pool;
  servers: Servers;
  queue(name: string): Queue;
  postgresPid: number | null;
  stack: number[];
  images: { small: ImageWithData; large: ImageWithData };
  web: NodeProcess;
  api: TimedClient;
  /** Keep-alive agent of the PUTs to S3. */
  s3: Agent;
  token: string;
  workspaceId: string;
  projectId: string;
  taskIds: string[];
  /** Uploads whose jobs still wait in the queue (removed at the end, whatever happens). */
  leftovers: Upload[];
  /** An upload the media worker has processed: read by the route load (comparison 4). */
  sample?: Upload;
}

/**
 * Background jobs (docs/MEDIA.md, src/infrastructure/queue): one web process (FX pointed at the
 * stub) for the whole run, a fresh workspace, then 1. the API's latency to start an image job,
 * 100 KB vs 20 MB (presigned path; no worker running); 2. thumbnails per second, one tenfold media
 * worker vs a bare sharp loop, interleaved rounds; 3. no-op jobs per second, tenfold's queue layer
 * vs a raw BullMQ Worker, interleaved rounds; 4. every GET route's p50/p99 under 50 closed-loop
 * clients.
 */
export const jobs = defineScenario({
  name: 'jobs',
  summary:
    'image job start API p99 (100 KB vs 20 MB), thumbnails/s (tenfold worker vs bare sharp), ' +
    'no-op jobs/s (tenfold queue layer vs raw BullMQ), every GET route p99 at 50 clients',
  targets: [stub, web, mediaWorker, noopWorker],
  run(settings, context) {
    const { media, system } = queueCatalogue();
    if (media.concurrency !== MEDIA_CONCURRENCY || system.concurrency !== NOOP_CONCURRENCY) {
      throw new Error('queue-catalogue concurrencies changed: update bench/scenarios/jobs/run.ts');
    }
    return runJobs(settings, context);
  },
  format: formatJobs,
});

async function runJobs(settings: Settings, context: RunContext) {
  const { log } = context;
  const pool = openDb();
  const queues = openQueues();
  const { queue } = queues;
  const servers = new Servers(context);
  let bench: JobsBench | null = null;
  context.onCleanup(async () => {
    for (const name of ['bench-noop', 'bench-noop-raw']) {
      await queue(name)
        .obliterate({ force: true })
        .catch(() => {});
    }
    if (bench) await removeJobs(bench, bench.leftovers.splice(0));
    await queues.close();
    await pool.end();
  });

  const { rows } = await pool.query<{ ok: boolean }>(
    "SELECT to_regclass('media.attachments') IS NOT NULL AS ok",
  );
  if (!rows[0].ok) {
    throw new Error(
      'the database has no media.attachments: run its migrations first (`npm run migration:run`)',
    );
  }
  await refuseOtherRelays(pool, "it would take the bench's media jobs");
  const pgPid = await postgresPid(pool);
  if (!pgPid) log('note: Postgres is not a local process: no noise figure');

  log('making the images (random noise JPEGs, quality 100) …');
  const withData = async (bytes: number) => {
    const image = await noiseJpeg(bytes);
    return { ...image, data: readFileSync(image.file) };
  };
  const images = { small: await withData(SMALL_BYTES), large: await withData(LARGE_BYTES) };

  const stubServer = await servers.start(stub, { readyPath: '/health' });
  const webServer = await servers.start(withEnv(web, { FX_API_URL: `${stubServer.origin}/fx` }));
  const api = timedClient(webServer.origin, { timeoutMs: 60_000 });
  const s3 = new Agent({ keepAlive: true });
  try {
    const user = await signUpWithProject(api, 'jobs', TASKS, { verified: false });
    // No worker runs while uploads are timed, so media never consumes the tasks' created events:
    // the bench makes its tasks known to media itself (docs/MEDIA.md, "Which tasks").
    await pool.query(
      `INSERT INTO media.known_tasks (task_id, workspace_id)
       SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`,
      [user.taskIds, user.workspaceId],
    );
    const jobsBench: JobsBench = {
      settings,
      log,
      pool,
      servers,
      queue,
      postgresPid: pgPid,
      stack: stackPids(),
      images,
      web: webServer,
      api,
      s3,
      token: user.token,
      workspaceId: user.workspaceId,
      projectId: user.projectId,
      taskIds: user.taskIds,
      leftovers: [],
    };
    bench = jobsBench;
    log(`bench workspace ${user.workspaceId}, ${TASKS} tasks`);
    const startRounds = await interleave(jobsBench, starts, (v) => startRun(jobsBench, v), {
      ...ROUNDS,
      warm: () => warmStarts(jobsBench, starts),
    });
    const thumbRounds = await interleave(jobsBench, thumbs, (v) => thumbRun(jobsBench, v), ROUNDS);
    const noopRounds = await noopComparison(jobsBench, noop, ROUNDS);
    log(`— ${routes.title}`);
    const routeLoad = await runRouteLoad(jobsBench, routes);
    const summary = summariseJobs({
      starts: startRounds,
      thumbs: thumbRounds,
      noop: noopRounds,
      routes: routeLoad,
      images,
      variants: { starts: starts.variants, thumbs: thumbs.variants, noop: noop.variants },
    });
    compactRuns(routeLoad);
    return {
      servers: servers.started,
      workspaceId: user.workspaceId,
      images: Object.fromEntries(
        Object.entries(images).map(([k, { file, bytes, width, height }]) => [
          k,
          { file, bytes, width, height },
        ]),
      ),
      starts: startRounds,
      thumbs: thumbRounds,
      noop: noopRounds,
      routes: routeLoad,
      summary,
    };
  } finally {
    api.close();
    s3.destroy();
  }
}
