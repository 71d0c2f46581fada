import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { openDb } from '../../lib/db';
import { timedClient, type TimedClient } from '../../lib/http';
import { requestFigures, runOpenLoop, type OpenLoopResult } from '../../lib/load';
import { benchWeb, type BreakerSettings, Servers, withEnv } from '../../lib/processes';
import { interleave, type Comparison, type Variant } from '../../lib/rounds';
import { defineScenario, type RunContext } from '../../lib/scenario';
import type { Settings } from '../../lib/settings';
import { signUp } from '../../../test/harness/accounts';
import { TcpProxy } from '../../../test/support/tcp-proxy';
import { loadConfig } from '../../../src/infrastructure/config/load-config';
import { formatUploadOutage, summariseUploadOutage, type StartRun } from './report';

const web = benchWeb();

// The s3 breaker as configured for the run: opens after 5 failures, probes every 10 s at most.
export const s3BreakerSettings: BreakerSettings = {
  s3: { failureThreshold: 5, resetMs: 10_000, timeoutMs: 1_000 },
};

interface S3Variant extends Variant {
  s3Hangs: boolean;
}

export const starts: Comparison<S3Variant, StartRun> = {
  title: 'presigned-upload start latency: S3 healthy vs S3 hanging with its breaker open',
  variants: [
    { id: 'healthy', label: 'S3 healthy', s3Hangs: false },
    { id: 'hanging', label: 'S3 hanging, breaker open', s3Hangs: true },
  ],
  describe: (run) =>
    `${run.reqPerSec.toFixed(1).padStart(5)} req/s  p50 ${run.p50Ms?.toFixed(2)} ms  ` +
    `p99 ${run.p99Ms?.toFixed(2)} ms  201 ${run.created}  503 ${run.unavailable}  ` +
    `S3 connections ${run.s3ConnectionsDuringRun}` +
    (run.failed ? `  (${run.failed} failed: ${run.firstFailure})` : ''),
};

interface UploadBench {
  settings: Settings;
  log(line: string): void;
  api: TimedClient;
  proxy: TcpProxy;
  token: string;
  path: string;
}

/**
 * Does an S3 that hangs slow down the start of an upload (docs/RESILIENCE.md, "S3")? It must not:
 * once the `s3` breaker is open, the route answers 503 with Retry-After before doing anything.
 * The web process reaches the local S3 through a TCP proxy in this process, which hangs on
 * demand (connections held, never answered), as the FX API's death is staged in `resilience`.
 * Interleaved rounds of presigned-upload starts (open loop): S3 healthy (201) vs S3 hanging with
 * the breaker open (503). The breaker is opened by readiness checks, which ask S3 through it.
 */
export const uploadOutage = defineScenario({
  name: 'upload-outage',
  summary:
    'presigned-upload start p99 with S3 healthy vs hanging (breaker open), with the connections ' +
    'that reached S3 (open loop, BENCH_EVENTS_RATE/s)',
  targets: [web],
  run: runUploadOutage,
  format: formatUploadOutage,
});

async function runUploadOutage(settings: Settings, context: RunContext) {
  const { log } = context;
  const servers = new Servers(context);
  const s3 = new URL(loadConfig(process.env).s3.endpoint ?? 'http://127.0.0.1:54569');
  const proxy = await TcpProxy.start(s3.hostname, Number(s3.port));
  context.onCleanup(async () => {
    await proxy.heal();
    await proxy.cut();
  });
  const webServer = await servers.start(
    withEnv(web, {
      S3_ENDPOINT: proxy.route(s3.href),
      BREAKER_SETTINGS: JSON.stringify(s3BreakerSettings),
    }),
  );
  const api = timedClient(webServer.origin);
  const db = openDb();
  try {
    const user = await signUp(api, 'upload-outage', { verified: false });
    // A task media knows, as its consumer would record it (no worker runs in this scenario).
    const taskId = randomUUID();
    await db.query('INSERT INTO media.known_tasks (task_id, workspace_id) VALUES ($1, $2)', [
      taskId,
      user.workspaceId,
    ]);
    const path = `/v1/workspaces/${user.workspaceId}/tasks/${taskId}/attachments`;
    const bench: UploadBench = { settings, log, api, proxy, token: user.token, path };
    log(`bench workspace ${user.workspaceId}, S3 behind a proxy on port ${proxy.port}`);
    const rounds = await interleave(bench, starts, (variant) => startRun(bench, variant));
    // The pending attachments the starts announced: never uploaded, so removed with the rest.
    const { rowCount } = await db.query('DELETE FROM media.attachments WHERE workspace_id = $1', [
      user.workspaceId,
    ]);
    await db.query('DELETE FROM media.known_tasks WHERE workspace_id = $1', [user.workspaceId]);
    log(`removed ${rowCount} pending attachments of the bench workspace`);
    return {
      servers: servers.started,
      workspaceId: user.workspaceId,
      rounds,
      summary: summariseUploadOutage({ rounds, variants: starts.variants, s3BreakerSettings }),
    };
  } finally {
    api.close();
    await db.end();
    await proxy.heal();
  }
}

/** One run: starts at a steady rate, S3 healthy (breaker closed) or hanging (breaker open). */
async function startRun(bench: UploadBench, variant: S3Variant): Promise<StartRun> {
  const { eventsRate, seconds, warmupSeconds } = bench.settings;
  if (variant.s3Hangs) await openS3Breaker(bench);
  else await untilS3Closed(bench);
  await startUploads(bench, eventsRate * warmupSeconds);
  const before = bench.proxy.accepted;
  const load = await startUploads(bench, eventsRate * seconds);
  const statuses = load.results.map((r) => r.status);
  return {
    ...requestFigures(load),
    created: statuses.filter((s) => s === 201).length,
    unavailable: statuses.filter((s) => s === 503).length,
    s3ConnectionsDuringRun: bench.proxy.accepted - before,
  };
}

/**
 * S3 hangs; readiness checks (which ask S3 through the breaker once their remembered pass is
 * older than 10 s) time out until the breaker opens, and a start answers 503.
 */
async function openS3Breaker(bench: UploadBench): Promise<void> {
  bench.proxy.hang();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if ((await start(bench)).status === 503) return;
    await Promise.all(Array.from({ length: 5 }, () => bench.api.request('GET', '/health/ready')));
  }
  throw new Error('the s3 breaker never opened with S3 hanging');
}

/** S3 forwards again; a start is the fleet's probe once the open period ends, then 201s. */
async function untilS3Closed(bench: UploadBench): Promise<void> {
  await bench.proxy.heal();
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if ((await start(bench)).status === 201) return;
    await sleep(200);
  }
  throw new Error('presigned starts stayed refused for 60 s with S3 healthy again');
}

function start(bench: UploadBench) {
  return bench.api.request('POST', bench.path, {
    token: bench.token,
    body: { fileName: 'bench.png', contentType: 'image/png', size: 1024 },
  });
}

/** 201 (S3 healthy) and 503 (breaker open) are both the route's defined answers. */
function startUploads(bench: UploadBench, count: number): Promise<OpenLoopResult> {
  return runOpenLoop({
    rate: bench.settings.eventsRate,
    count,
    send: async () => {
      const answer = await start(bench);
      const ok = answer.status === 201 || answer.status === 503;
      return { ok, ms: answer.ms, status: answer.status };
    },
  });
}
