import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';

import {
  digestFanOutJobIdOf,
  digestMailJobIdOf,
  WEEKLY_DIGEST_SCHEDULER,
  WEEKLY_DIGESTS_JOB,
  type WeeklyDigestsResult,
} from '../../src/modules/notifications/application/digest-job';
import type { NodeProcess } from '../harness/node-process';
import { startTenfold } from '../harness/tenfold-process';
import { mailsTo } from '../support/smtp-sink';
import { handBackJobsOfDeadWorker, workerNameOf } from '../support/stalled-jobs';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';

/** Every 2 s (cron with seconds): a short week, so that a test sees several periods. */
const EVERY_2_S = '*/2 * * * * *';
/** Long enough for a second (duplicate) mail to reach the sink if one were on its way. */
const SETTLE_MS = 1_500;

interface Member {
  userId: string;
  email: string;
}

/**
 * The weekly digest started by the notifications queue's Job Scheduler, in real worker processes
 * built from dist/ (npm run build): two workers make one run per period and one mail per member;
 * a worker killed with SIGKILL after a digest's mails went out, before they were recorded, still
 * leaves one mail per member. Mail goes through the email queue to the stack's SMTP sink.
 *
 * Members are written straight into notifications' own read model (digest_members): how they get
 * there from identity's events is digest.e2e-spec.ts's subject; here it is who gets mailed when.
 */
describe('the weekly digest on its schedule', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let db: DataSource;
  let queue: Queue;
  let emailQueue: Queue;
  let redis: Redis;
  const workers: NodeProcess[] = [];

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    db = web.app.get(DataSource);
    queue = web.app.get<Queue>(getQueueToken('notifications'), { strict: false });
    emailQueue = web.app.get<Queue>(getQueueToken('email'), { strict: false });
    redis = new Redis(config.redis.url);
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await queue?.removeJobScheduler(WEEKLY_DIGEST_SCHEDULER);
    redis?.disconnect();
    await web?.close();
  });

  /** A worker process serving the notifications and email queues, with this schedule. */
  const startWorker = async (name: string, schedule: string) => {
    const worker = await startTenfold('worker', {
      name,
      env: { DIGEST_SCHEDULE: schedule, WORKER_QUEUES: 'notifications,email' },
    });
    workers.push(worker);
    // Generous: a worker loads the whole build, and the machine may be busy.
    await worker.waitUntilReady({ timeoutMs: 90_000 });
    return worker;
  };

  /** A workspace with `count` subscribed members who have addresses, and one unsubscribed. */
  const workspaceWith = async (label: string, count: number) => {
    const workspaceId = randomUUID();
    const member = (i: number | 'off'): Member => ({
      userId: randomUUID(),
      email: `${label}-${i}-${randomBytes(4).toString('hex')}@digest.test`,
    });
    const members = Array.from({ length: count }, (_, i) => member(i));
    const unsubscribed = member('off');
    for (const [{ userId, email }, subscribed] of [
      ...members.map((m) => [m, true] as const),
      [unsubscribed, false] as const,
    ]) {
      await db.query(
        `INSERT INTO notifications.digest_members (workspace_id, user_id, role, email, subscribed)
         VALUES ($1, $2, 'member', $3, $4)`,
        [workspaceId, userId, email, subscribed],
      );
    }
    return { workspaceId, members, unsubscribed };
  };

  const unsubscribeAll = (workspaceId: string) =>
    db.query(`UPDATE notifications.digest_members SET subscribed = false WHERE workspace_id = $1`, [
      workspaceId,
    ]);

  /** The workspace's scheduled digests with how many members each has recorded, oldest first. */
  const scheduledDigests = async (workspaceId: string) =>
    (await db.query(
      `SELECT d.digest_id AS "digestId", d.scheduled_for AS "scheduledFor",
              (SELECT count(*)::int FROM notifications.digest_recipients r
                WHERE r.digest_id = d.digest_id) AS recorded
         FROM notifications.digests d
        WHERE d.workspace_id = $1 AND d.scheduled_for IS NOT NULL
        ORDER BY d.scheduled_for`,
      [workspaceId],
    )) as { digestId: string; scheduledFor: Date; recorded: number }[];

  /** Every email job of these digests for these members has completed: the sink has the mail. */
  const allSent = async (digestIds: string[], members: Member[]) => {
    for (const digestId of digestIds) {
      for (const { userId } of members) {
        const state = await emailQueue.getJobState(digestMailJobIdOf(digestId, userId));
        if (state !== 'completed') return false;
      }
    }
    return true;
  };

  /** Digest mails to the address, as the Message-ID's job ids (`digest-<digest>-<user>`). */
  const digestMailIdsTo = async (address: string) =>
    (await mailsTo(address))
      .filter((mail) => mail.subject.startsWith('Your weekly digest'))
      .map((mail) => /^<(digest-[0-9a-f-]+)@/.exec(String(mail.headers['message-id']))?.[1]);

  /** Each member got exactly one mail per digest, and nothing else; the unsubscribed none. */
  const expectOneMailPerMemberPerDigest = async (
    digestIds: string[],
    members: Member[],
    unsubscribed: Member,
  ) => {
    await sleep(SETTLE_MS);
    for (const { userId, email } of members) {
      const received = (await digestMailIdsTo(email)).sort();
      const expected = digestIds.map((digestId) => digestMailJobIdOf(digestId, userId)).sort();
      expect([email, received]).toEqual([email, expected]);
    }
    expect(await digestMailIdsTo(unsubscribed.email)).toEqual([]);
  };

  it('two workers keep one scheduler: one run per period, one mail per member per period', async () => {
    const { workspaceId, members, unsubscribed } = await workspaceWith('two-workers', 3);
    const [first, second] = await Promise.all([
      startWorker('worker-a', EVERY_2_S),
      startWorker('worker-b', EVERY_2_S),
    ]);
    expect(await queue.getJobScheduler(WEEKLY_DIGEST_SCHEDULER)).toMatchObject({
      key: WEEKLY_DIGEST_SCHEDULER,
      name: WEEKLY_DIGESTS_JOB,
      pattern: EVERY_2_S,
      tz: 'UTC',
    });

    await waitFor(
      'two scheduled digests, each recorded for every member',
      async () => {
        const digests = await scheduledDigests(workspaceId);
        const done = digests.filter((digest) => digest.recorded === members.length);
        return done.length >= 2 ? true : undefined;
      },
      40_000,
      200,
    );
    // The schedule stops here; what is in flight finishes.
    await queue.removeJobScheduler(WEEKLY_DIGEST_SCHEDULER);
    await waitFor('the queue to drain', async () => {
      const counts = await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0) ? true : undefined;
    });

    const runs = (await queue.getJobs(['completed'])).filter(
      (job) => job.name === WEEKLY_DIGESTS_JOB,
    ) as Job<unknown, WeeklyDigestsResult>[];
    const periods = runs.map((run) => run.returnvalue.scheduledFor);
    expect(new Set(periods).size).toBe(runs.length); // one run per period
    const digests = await scheduledDigests(workspaceId);
    expect(digests.length).toBeGreaterThanOrEqual(2);
    for (const digest of digests) {
      expect(digest.recorded).toBe(members.length);
      expect(periods).toContain(digest.scheduledFor.toISOString());
    }

    // The same period run again, as a retry or a redriven job would: nothing new is sent.
    const [firstDigest] = digests;
    const again = await queue.add(
      WEEKLY_DIGESTS_JOB,
      {},
      { jobId: `weekly-again-${randomUUID()}`, prevMillis: firstDigest.scheduledFor.getTime() },
    );
    const rerun = await waitFor('the repeated run to complete', async () =>
      (await queue.getJobState(again.id!)) === 'completed' ? queue.getJob(again.id!) : undefined,
    );
    expect(rerun!.returnvalue).toMatchObject({
      scheduledFor: firstDigest.scheduledFor.toISOString(),
    });
    expect(await scheduledDigests(workspaceId)).toEqual(digests);

    const digestIds = digests.map((digest) => digest.digestId);
    await waitFor('every digest mail to be sent', async () =>
      (await allSent(digestIds, members)) ? true : undefined,
    );
    await expectOneMailPerMemberPerDigest(digestIds, members, unsubscribed);
    await unsubscribeAll(workspaceId);
    await Promise.all([first.stop(), second.stop()]);
  }, 240_000);

  it('a worker killed after the mails went out, before they were recorded: one mail each', async () => {
    const { workspaceId, members, unsubscribed } = await workspaceWith('sigkill', 3);
    // Earlier files in this Jest worker's database left subscribed workspaces: with the ledger
    // locked, each of their fan-outs would hold one of the worker's slots, waiting, and ten of
    // them starve this one. Only this workspace is subscribed while it runs.
    await db.query(
      `UPDATE notifications.digest_members SET subscribed = false WHERE workspace_id <> $1`,
      [workspaceId],
    );
    // Hold the recipients ledger: the fan-out enqueues (and the email queue sends) the mails, then
    // waits on its insert, which is the worst moment to die.
    const ledger = db.createQueryRunner('master');
    await ledger.connect();
    await ledger.startTransaction();
    await ledger.query('LOCK TABLE notifications.digest_recipients IN SHARE MODE');
    let doomed: NodeProcess;
    let killedDigest: string;
    try {
      doomed = await startWorker('worker-doomed', EVERY_2_S);
      killedDigest = await waitFor(
        'a scheduled digest whose mails were all sent',
        async () => {
          const [digest] = await scheduledDigests(workspaceId);
          return digest && (await allSent([digest.digestId], members))
            ? digest.digestId
            : undefined;
        },
        30_000,
        200,
      );
      doomed.signal('SIGKILL');
      expect((await doomed.exited).signal).toBe('SIGKILL');
    } finally {
      await ledger.rollbackTransaction();
      await ledger.release();
    }
    const [killed] = (await scheduledDigests(workspaceId)).filter(
      (digest) => digest.digestId === killedDigest,
    );
    expect(killed.recorded).toBe(0); // sent, never recorded

    // What lock expiry and the stalled check would do, now; then a worker with the schedule off.
    for (const stalled of [queue, emailQueue]) {
      await handBackJobsOfDeadWorker(config, redis, stalled, workerNameOf(doomed.pid));
    }
    await startWorker('worker-after', 'off');
    await waitFor('the schedule to be removed', async () =>
      (await queue.getJobScheduler(WEEKLY_DIGEST_SCHEDULER)) ? undefined : true,
    );
    await waitFor(
      'every scheduled digest recorded for every member',
      async () => {
        const digests = await scheduledDigests(workspaceId);
        return digests.every((digest) => digest.recorded === members.length) ? digests : undefined;
      },
      30_000,
      200,
    );
    const fanOut = await queue.getJob(digestFanOutJobIdOf(killedDigest));
    expect(fanOut?.attemptsStarted).toBeGreaterThanOrEqual(2); // the retry did run

    const digestIds = (await scheduledDigests(workspaceId)).map((digest) => digest.digestId);
    await waitFor('every digest mail to be sent', async () =>
      (await allSent(digestIds, members)) ? true : undefined,
    );
    await expectOneMailPerMemberPerDigest(digestIds, members, unsubscribed);
  }, 240_000);
});
