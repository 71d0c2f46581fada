import { setTimeout as sleep } from 'node:timers/promises';

import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';

import { redisConnectionOptions } from '../../src/infrastructure/redis/redis-connection-options';
import { signUp } from '../harness/accounts';
import { apiOverUrl } from '../harness/api-client';
import { startCluster, type Cluster } from '../harness/cluster';
import { pngOf } from '../media/support/media-world';
import { activeJobsOf, handBackJobsOfDeadWorker, workerNameOf } from '../support/stalled-jobs';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { type Answer, type SendOptions, sendThrough } from './support/send-through';

/**
 * Instances die under load: a web instance is SIGTERMed (a deploy) and a worker is SIGKILLed (a
 * crash), each in the middle of work, behind the round-robin balancer.
 */
describe('instances stopping in the middle of work', () => {
  const config = testConfig();
  let cluster: Cluster;
  let db: Client;
  let redis: Redis;
  let token: string;
  let workspaceId: string;

  const send = (path: string, options: SendOptions = {}): Promise<Answer> =>
    sendThrough(cluster.url, path, { token, ...options });

  beforeAll(async () => {
    cluster = await startCluster({
      web: 2,
      workers: 2,
      env: { RATE_LIMIT_PER_MINUTE: '100000' },
      // The burst below is images only; the other queues stay on their own workers in production.
      workerEnv: { WORKER_QUEUES: 'media' },
    });
    db = new Client({ connectionString: process.env.DB_PRIMARY_URL });
    await db.connect();
    redis = new Redis(config.redis.url);
    ({ token, workspaceId } = await signUp(apiOverUrl(cluster.url), 'failures', {
      verified: false,
      workspaceName: 'Failures',
    }));
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
    await db?.end();
    redis?.disconnect();
  });

  it('SIGTERM to a web instance under load: in-flight requests finish, the balancer moves off it, no request fails', async () => {
    const project = await send(`/v1/workspaces/${workspaceId}/projects`, {
      method: 'POST',
      json: { name: 'Under load' },
    });
    expect(project.status).toBe(201);
    const tasks = `/v1/workspaces/${workspaceId}/projects/${project.body.id}/tasks`;

    const outcomes: { startedAt: number; endedAt: number; answer?: Answer; error?: string }[] = [];
    let running = true;
    const client = async (index: number) => {
      for (let round = 0; running; round += 1) {
        const startedAt = Date.now();
        try {
          const answer =
            round % 2 === 0
              ? await send(tasks, { method: 'POST', json: { title: `task ${index}.${round}` } })
              : await send(tasks);
          outcomes.push({ startedAt, endedAt: Date.now(), answer });
        } catch (error) {
          outcomes.push({ startedAt, endedAt: Date.now(), error: (error as Error).message });
        }
      }
    };
    const clients = Array.from({ length: 6 }, (_, index) => client(index));

    const web2 = cluster.instance('web-2');
    await sleep(1_000);
    // Signal while the balancer has requests at web-2, so that some are in flight for certain.
    const inFlightAtSignal = await waitFor(
      'requests in flight at web-2',
      async () => {
        const now = cluster.balancer.stats.inFlight['web-2'];
        return now > 0 ? now : undefined;
      },
      10_000,
      1,
    );
    const answeredBeforeSignal = cluster.balancer.stats.answered['web-2'];
    const signalledAt = Date.now();
    web2.signal('SIGTERM');
    const exit = await web2.exited;
    const exitedAt = Date.now();
    await sleep(1_000);
    running = false;
    await Promise.all(clients);

    expect(exit).toEqual({ code: 0, signal: null });
    const failed = outcomes.filter(({ answer }) => !answer || answer.status >= 400);
    expect(failed).toEqual([]);

    // Readiness may have flapped under load before; what counts is the drop after the signal.
    const down = cluster.balancer.transitions.find(
      ({ upstream, healthy, at }) => upstream === 'web-2' && !healthy && at >= signalledAt,
    );
    expect(down?.at).toBeLessThanOrEqual(exitedAt);
    // Only while web-1 was healthy: with no healthy instance the balancer tries every one.
    const healthyAt = (name: string, at: number) =>
      cluster.balancer.transitions
        .filter((change) => change.upstream === name && change.at <= at)
        .reduce((_, change) => change.healthy, true);
    const sentAfterDown = outcomes.filter(
      ({ startedAt, answer }) =>
        startedAt > down!.at && answer?.upstream === 'web-2' && healthyAt('web-1', startedAt),
    );
    expect(sentAfterDown).toEqual([]);
    const byBoth = outcomes.filter(({ startedAt }) => startedAt < signalledAt);
    expect(new Set(byBoth.map(({ answer }) => answer?.upstream))).toEqual(
      new Set(['web-1', 'web-2']),
    );
    expect(outcomes.filter(({ startedAt }) => startedAt > exitedAt).length).toBeGreaterThan(0);
    // The requests in flight at the signal were answered by web-2 itself (none failed, above).
    expect(inFlightAtSignal).toBeGreaterThan(0);
    expect(cluster.balancer.stats.answered['web-2']).toBeGreaterThanOrEqual(
      answeredBeforeSignal + inFlightAtSignal,
    );

    // Nothing lost, nothing doubled: every 201 is one row, and there is no other.
    const created = outcomes.filter(({ answer }) => answer?.status === 201).length;
    const { rows } = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM projects.tasks WHERE project_id = $1',
      [project.body.id],
    );
    expect(rows[0].n).toBe(created);
  }, 60_000);

  it('SIGKILL to a worker in a burst of image jobs: each job takes effect exactly once', async () => {
    const queue = new Queue('media', {
      connection: redisConnectionOptions(config, 'bullmq'),
      prefix: `${config.redis.keyPrefix}:bull`,
    });
    try {
      const victim = cluster.instance('worker-1');
      const victimName = workerNameOf(victim.pid);
      // Big enough that decoding and resizing take a while, so jobs are mid-way when it dies.
      const image = await pngOf(3500, 3500);
      const taskId = '00000000-0000-4000-8000-000000000001';
      // Media accepts uploads for tasks it has learnt of from projects' events; this test is about
      // the worker's death, not that projection, so the task is made known to media directly.
      await db.query(
        'INSERT INTO media.known_tasks (task_id, workspace_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [taskId, workspaceId],
      );
      const uploads: Answer[] = [];
      for (let index = 0; index < 10; index += 1) {
        uploads.push(
          await send(
            `/v1/workspaces/${workspaceId}/tasks/${taskId}/attachments/upload?fileName=burst-${index}.png`,
            { method: 'POST', raw: image },
          ),
        );
      }
      expect(uploads.map(({ status }) => status)).toEqual(Array(10).fill(202));

      await waitFor(
        'the worker about to die to be in the middle of a resize',
        async () => {
          const held = await activeJobsOf(queue, victimName);
          const jobs = await Promise.all(held.map((id) => queue.getJob(id)));
          return jobs.some((job) => job?.progress === 10) ? true : undefined;
        },
        30_000,
        5,
      );
      victim.signal('SIGKILL');
      expect(await victim.exited).toEqual({ code: null, signal: 'SIGKILL' });

      // Its locks would expire after 60 s; hand its jobs back now, as the expiry would.
      const handedBack = await handBackJobsOfDeadWorker(config, redis, queue, victimName);
      expect(handedBack.length).toBeGreaterThan(0);

      const attachments = `/v1/workspaces/${workspaceId}/tasks/${taskId}/attachments`;
      for (const { body } of uploads) {
        const done = await waitFor(
          `attachment ${body.attachmentId} to be ready`,
          async () => {
            const answer = await send(`${attachments}/${body.attachmentId}`);
            return answer.body.status === 'ready' || answer.body.status === 'failed'
              ? answer
              : undefined;
          },
          90_000,
          250,
        );
        expect([body.attachmentId, done.body.status]).toEqual([body.attachmentId, 'ready']);
        // The attachment turns ready in the job's transaction; the job completes just after.
        const state = await waitFor(
          `job ${body.jobId} to complete`,
          async () => {
            const now = await queue.getJobState(body.jobId!);
            return now === 'active' || now === 'waiting' ? undefined : now;
          },
          30_000,
          100,
        );
        expect([body.jobId, state]).toEqual([body.jobId, 'completed']);
      }

      const { rows } = await db.query<{ attachment: string; n: number }>(
        `SELECT event->'payload'->>'attachmentId' AS attachment, count(*)::int AS n
           FROM messaging.outbox WHERE type = 'media.attachment.ready.v1'
             AND event->'payload'->>'attachmentId' = ANY($1) GROUP BY 1`,
        [uploads.map(({ body }) => body.attachmentId)],
      );
      expect(rows).toHaveLength(10);
      expect(rows.every(({ n }) => n === 1)).toBe(true);
      const survivor = workerNameOf(cluster.instance('worker-2').pid);
      const finishers = await Promise.all(
        handedBack.map(async (id) => (await queue.getJob(id))?.processedBy),
      );
      expect(finishers.every((name) => name === survivor)).toBe(true);
    } finally {
      await queue.close();
    }
  }, 180_000);
});
