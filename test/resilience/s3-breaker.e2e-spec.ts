import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { BreakerRegistry } from '../../src/infrastructure/resilience/breaker-registry';
import { bearer, type SignedInUser } from '../harness/accounts';
import { attachmentsPath, filesPath, MediaWorld, pngOf } from '../media/support/media-world';
import { TcpProxy } from '../support/tcp-proxy';
import { adminAuthorization, testConfig } from '../support/test-config';
import { StopWaiting, waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

/**
 * S3 made to fail without touching the shared S3 server: a TCP proxy in front of it, which the
 * test makes hang, is the endpoint of a fleet of two web instances and a worker (one Redis key
 * prefix: they share the `s3` breaker). While the breaker is open, the routes that need S3 answer
 * 503 with Retry-After without a connection to S3, the reads answer from what is known and say so,
 * and jobs wait without spending attempts; the fleet sends one probe per period; after recovery
 * every job completes once, and no attachment is left pending.
 */
describe('S3 behind the fleet-shared breaker', () => {
  const TIMEOUT_MS = 1_500;
  const RESET_MS = 20_000;
  let proxy: TcpProxy;
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let world: MediaWorld;
  let user: SignedInUser;
  let taskId: string;
  let png: Buffer;

  beforeAll(async () => {
    const base = testConfig({
      WORKER_QUEUES: 'media,reports',
      BREAKER_SETTINGS: JSON.stringify({
        s3: { failureThreshold: 2, resetMs: RESET_MS, timeoutMs: TIMEOUT_MS },
      }),
    });
    const s3 = new URL(base.s3.endpoint!);
    proxy = await TcpProxy.start(s3.hostname, Number(s3.port));
    const config = base.with({ s3: { ...base.s3, endpoint: proxy.route(s3.href) } });
    [first, second, worker] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
      WorkerAppUnderTest.start(config),
    ]);
    world = new MediaWorld(first);
    user = await world.owner('s3-breaker');
    taskId = await world.knownTask(user);
    png = await pngOf(64, 48);
  });
  afterAll(async () => {
    await proxy?.heal();
    await Promise.all([worker?.close(), first?.close(), second?.close()]);
    await proxy?.cut();
  });

  const db = () => first.app.get(DataSource);
  const reports = () => first.app.get<Queue>(getQueueToken('reports'));
  const stateIn = (web: WebAppUnderTest | WorkerAppUnderTest) =>
    web.app.get(BreakerRegistry).stateOf('s3');

  const streamedUpload = (web: WebAppUnderTest) =>
    web.http
      .post(`${attachmentsPath(user.workspaceId, taskId)}/upload`)
      .query({ fileName: 'outage.png' })
      .set(bearer(user.token))
      .set('content-type', 'image/png')
      .send(png);
  const presignedStart = (web: WebAppUnderTest) =>
    web.http
      .post(attachmentsPath(user.workspaceId, taskId))
      .set(bearer(user.token))
      .send({ fileName: 'outage.png', contentType: 'image/png', size: png.length });

  async function attachmentRows(): Promise<{ id: string; status: string }[]> {
    return db().query(
      'SELECT id, status FROM media.attachments WHERE workspace_id = $1 ORDER BY created_at',
      [user.workspaceId],
    );
  }

  async function completed(queue: Queue, jobId: string): Promise<Job> {
    return waitFor(
      `job ${jobId} to complete`,
      async () => {
        const state = await queue.getJobState(jobId);
        if (state === 'failed') throw new StopWaiting(`job ${jobId} failed`);
        return state === 'completed' ? queue.getJob(jobId) : undefined;
      },
      3 * RESET_MS,
      250,
    );
  }

  function expectUnavailable(answer: { status: number; headers: Record<string, string> }) {
    expect(answer.status).toBe(503);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  }

  let healthy: { attachmentId: string; jobId: string };
  let exportJob: { jobId: string; exportId: string };

  it('works through the proxy while S3 is healthy', async () => {
    // The media queue is paused, so that this upload's job is still to run when S3 is out.
    await world.queue.pause();
    const upload = await world.uploadStreamed(user, png, 'image/png', taskId);
    expect(upload.status).toBe(202);
    healthy = { attachmentId: upload.attachmentId, jobId: upload.jobId };
    expect(stateIn(first)).toBe('closed');
  });

  it('answers 503 with Retry-After when S3 hangs, writes no row, and opens for the fleet', async () => {
    proxy.hang();
    // Two failures (the threshold), each waiting for the per-call timeout, never for the SDK's.
    for (let i = 0; i < 2; i++) expectUnavailable(await streamedUpload(first));
    await waitFor('the second instance and the worker to follow', () =>
      stateIn(second) === 'open' && stateIn(worker) === 'open' ? true : undefined,
    );
    expect(await attachmentRows()).toEqual([{ id: healthy.attachmentId, status: 'processing' }]);
  });

  it('while open: the upload routes answer 503 at once, without a connection to S3', async () => {
    const tried = proxy.accepted;
    for (const web of [first, second]) {
      expectUnavailable(await streamedUpload(web));
      const start = await presignedStart(web);
      expectUnavailable(start);
      expect(start.body).toMatchObject({
        type: 'urn:tenfold:problem:dependency-unavailable',
      });
    }
    expect(proxy.accepted).toBe(tried);
    // Nothing half-written: no pending attachment, no new row at all.
    expect(await attachmentRows()).toEqual([{ id: healthy.attachmentId, status: 'processing' }]);
  });

  it('while open: reads answer from what is known and say so; readiness degrades', async () => {
    const tried = proxy.accepted;
    const file = await second.http
      .get(`${filesPath(user.workspaceId, taskId)}/${healthy.attachmentId}`)
      .set(bearer(user.token));
    expect(file.status).toBe(200);
    expect(file.headers['dependency-unavailable']).toBe('s3');
    expect(file.body.id).toBe(healthy.attachmentId);
    const list = await first.http.get(filesPath(user.workspaceId, taskId)).set(bearer(user.token));
    expect(list.status).toBe(200);
    expect(list.headers['dependency-unavailable']).toBe('s3');

    const ready = await second.http
      .get('/health/ready')
      .set('Authorization', adminAuthorization(second.config));
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'degraded',
      details: { s3: { status: 'degraded' }, breakers: { s3: 'open' } },
    });
    // The same metrics as every breaker: open (2) in the instance that only follows the fleet.
    const metrics = await second.http
      .get('/metrics')
      .set('Authorization', adminAuthorization(second.config));
    expect(metrics.text).toMatch(/^tenfold_breaker_state\{dependency="s3"\} 2$/m);
    expect(metrics.text).toMatch(/^tenfold_breaker_rejections_total\{dependency="s3"\} [1-9]/m);
    expect(proxy.accepted).toBe(tried);
  });

  it('while open: media and export jobs wait without spending an attempt', async () => {
    const requested = await first.http
      .post(`/v1/workspaces/${user.workspaceId}/analytics/exports`)
      .set(bearer(user.token))
      .send({ format: 'csv', from: '2026-01-01', to: '2026-01-31' });
    expect(requested.status).toBe(202);
    exportJob = requested.body as { jobId: string; exportId: string };
    await world.queue.resume();

    for (const [queue, jobId] of [
      [world.queue, healthy.jobId],
      [reports(), exportJob.jobId],
    ] as const) {
      const delayed = await waitFor(`job ${jobId} to be delayed by the open breaker`, async () => {
        const job = await queue.getJob(jobId);
        const { logs } = await queue.getJobLogs(jobId);
        const waited = logs.some((line) => line.startsWith('s3 circuit open'));
        return job && waited && (await job.isDelayed()) ? job : undefined;
      });
      expect(delayed.attemptsMade).toBe(0);
    }
  });

  it('sends one probe for the whole fleet when the open period ends', async () => {
    await waitFor(
      'the open period to end',
      () => (stateIn(first) === 'half-open' ? true : undefined),
      2 * RESET_MS,
      100,
    );
    const tried = proxy.accepted;
    // Both instances at once (and the waiting jobs, which may wake now): S3 still hangs. The
    // presigned start, which signs locally, asks S3 while half-open instead of answering 201.
    const answers = await Promise.all([
      streamedUpload(first),
      streamedUpload(second),
      presignedStart(first),
      presignedStart(second),
    ]);
    for (const answer of answers) expectUnavailable(answer);
    await waitFor('the failed probe to re-open the breaker', () =>
      stateIn(first) === 'open' && stateIn(second) === 'open' ? true : undefined,
    );
    expect(proxy.accepted - tried).toBe(1);
    expect(await attachmentRows()).toEqual([{ id: healthy.attachmentId, status: 'processing' }]);
  });

  it('after recovery, every job completes once, on its first attempt, and nothing is pending', async () => {
    await proxy.heal();
    const media = await completed(world.queue, healthy.jobId);
    expect(media.attemptsMade).toBe(1);
    expect(media.returnvalue).toMatchObject({ outcome: 'ready' });
    const report = await completed(reports(), exportJob.jobId);
    expect(report.attemptsMade).toBe(1);
    expect(await world.readyEvents(healthy.attachmentId)).toHaveLength(1);
    const exportEvents: unknown[] = await db().query(
      `SELECT 1 FROM messaging.outbox
         WHERE type = 'analytics.export.ready.v1' AND event->'payload'->>'exportId' = $1`,
      [exportJob.exportId],
    );
    expect(exportEvents).toHaveLength(1);

    for (const web of [first, second]) {
      await waitFor('the instance to see S3 closed', () =>
        stateIn(web) === 'closed' ? true : undefined,
      );
    }
    const again = await streamedUpload(second);
    expect(again.status).toBe(202);
    const file = await first.http
      .get(`${filesPath(user.workspaceId, taskId)}/${healthy.attachmentId}`)
      .set(bearer(user.token));
    expect(file.headers['dependency-unavailable']).toBeUndefined();
    await completed(world.queue, again.body.jobId as string);
    const rows = await attachmentRows();
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.status === 'ready')).toBe(true);
  });
});
