import { setTimeout as sleep } from 'node:timers/promises';

import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';

import {
  DIGEST_FAN_OUT_JOB,
  type DigestJobResult,
} from '../../src/modules/notifications/application/digest-job';
import { joinAs } from '../projects/support/projects-world';
import { bearer, type SignedInUser, signUp } from '../harness/accounts';
import { mailsTo as allMailsTo } from '../support/smtp-sink';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { DigestCrashes, digestHooksModule } from './support/digest-hooks';
import { SlackWorld } from './support/slack-world';

/** Long enough for a second (duplicate) mail to reach the sink if one were on its way. */
const SETTLE_MS = 1_500;

/** Digest mails only: every signed-up user also gets a verification mail (sign-up). */
const mailsTo = async (address: string) =>
  (await allMailsTo(address)).filter((mail) => mail.subject.startsWith('Your weekly digest'));

/**
 * The weekly digest end to end: web and worker (all queues) in this process, mail through the
 * email queue to the stack's SMTP sink. The worker's fan-out runs batches of 2.
 */
describe('weekly digest', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  const crashes = new DigestCrashes();
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let world: SlackWorld;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config, [digestHooksModule(crashes)]);
    world = new SlackWorld(web, worker);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const digestsPath = (workspaceId: string) => `/v1/workspaces/${workspaceId}/digests`;

  const subscribe = async (user: SignedInUser, subscribed: boolean) => {
    const response = await web.http
      .put(`${digestsPath(user.workspaceId)}/subscription`)
      .set(bearer(user.token))
      .send({ subscribed });
    expect([user.email, response.status, response.body]).toEqual([user.email, 200, { subscribed }]);
  };

  const requestDigest = async (user: SignedInUser): Promise<string> => {
    const response = await web.http.post(digestsPath(user.workspaceId)).set(bearer(user.token));
    expect(response.status).toBe(202);
    expect(response.headers.location).toMatch(/^\/v1\/jobs\/notifications\.[0-9a-f-]{36}$/);
    expect(response.body.statusUrl).toBe(response.headers.location);
    return response.body.jobId;
  };

  const finished = (jobId: string): Promise<Job> =>
    waitFor(
      `digest job ${jobId} to complete`,
      async () => {
        // State first, then the job, so the job read has the result its state promises.
        const state = await world.queue.getJobState(jobId);
        if (state !== 'failed' && state !== 'completed') return undefined;
        const job = await world.queue.getJob(jobId);
        if (state === 'failed') throw new Error(`digest job failed: ${job?.failedReason}`);
        return job;
      },
      20_000,
    );

  /** Waits for one mail per address, lets duplicates arrive, then answers the counts. */
  const mailCounts = async (addresses: string[]) => {
    for (const address of addresses) {
      await waitFor(`a digest mail to ${address}`, async () =>
        (await mailsTo(address)).length ? true : undefined,
      );
    }
    await sleep(SETTLE_MS);
    return Promise.all(addresses.map(async (a) => (await mailsTo(a)).length));
  };

  const completeTasks = async (owner: SignedInUser & { projectId: string }, count: number) => {
    for (let i = 0; i < count; i++) {
      const task = await world.createTask(owner, `digest task ${i}`);
      await world.complete(owner, task);
      await world.consumed('notifications.daily-completions', (await world.completionOf(task)).id);
    }
  };

  /** Waits until notifications has each user as a member of the workspace, with an address. */
  const knownWithAddresses = (workspaceId: string, users: SignedInUser[]) =>
    waitFor('every member and address to reach notifications', async () => {
      const [row] = await web.app.get(DataSource).query(
        `SELECT count(*)::int AS n FROM notifications.digest_members m
           JOIN notifications.member_addresses a ON a.user_id = m.user_id
          WHERE m.workspace_id = $1 AND m.user_id = ANY($2::uuid[])`,
        [workspaceId, users.map((user) => user.id)],
      );
      return row.n === users.length ? true : undefined;
    });

  it('mails every subscribed member exactly once, naming the completed count', async () => {
    const owner = await world.newWorkspace('digest-all');
    await completeTasks(owner, 3);
    const admin = await joinAs(web, owner, 'admin', 'digest-admin');
    const member = await joinAs(web, owner, 'member', 'digest-member');
    const viewer = await joinAs(web, owner, 'viewer', 'digest-viewer');
    const leaver = await joinAs(web, owner, 'member', 'digest-unsub');
    for (const user of [admin, member, viewer]) await subscribe(user, true);
    await subscribe(leaver, true);
    await subscribe(leaver, false);
    // The owner never set a subscription: notifications knows them from member.joined, and their
    // address from identity.user.registered.v1 (sign-up), so they get the digest too.
    await knownWithAddresses(owner.workspaceId, [owner, admin, member, viewer, leaver]);

    const job = await finished(await requestDigest(admin));
    expect(job.name).toBe(DIGEST_FAN_OUT_JOB);
    expect(job.data).toMatchObject({ workspaceId: owner.workspaceId, requestedBy: admin.id });
    expect(job.returnvalue as DigestJobResult).toMatchObject({
      completedTasks: 3,
      mailed: 4,
      withoutAddress: 0,
    });
    expect(job.progress).toBe(100);

    const subscribed = [owner, admin, member, viewer].map((user) => user.email);
    expect(await mailCounts(subscribed)).toEqual([1, 1, 1, 1]);
    const [mail] = await mailsTo(member.email);
    expect(mail.subject).toBe('Your weekly digest: 3 tasks completed');
    expect(mail.text).toContain('3 tasks completed in your workspace');
    expect(mail.text).toContain(`/v1/workspaces/${owner.workspaceId}/digests/subscription`);
    expect(await mailsTo(leaver.email)).toHaveLength(0);
  });

  it('after an attempt dies between enqueueing and recording a batch, still one mail each', async () => {
    const owner = await world.newWorkspace('digest-crash');
    await completeTasks(owner, 1);
    const members: SignedInUser[] = [];
    for (let i = 0; i < 5; i++) members.push(await joinAs(web, owner, 'member', `digest-c${i}`));
    for (const user of members) await subscribe(user, true);
    await knownWithAddresses(owner.workspaceId, [owner, ...members]);

    crashes.crashOnceAfter('enqueued', 2); // batch 1 recorded, batch 2 on the email queue only
    const before = crashes.crashes;
    const job = await finished(await requestDigest(owner));
    expect(crashes.crashes).toBe(before + 1);
    expect(job.attemptsMade).toBeGreaterThanOrEqual(2);
    expect(job.returnvalue as DigestJobResult).toMatchObject({ completedTasks: 1, mailed: 6 });

    const addresses = [owner, ...members].map((user) => user.email);
    expect(await mailCounts(addresses)).toEqual([1, 1, 1, 1, 1, 1]);

    // The same digest fanned out again (a job enqueued twice) finds everyone recorded.
    const again = await world.queue.add(DIGEST_FAN_OUT_JOB, job.data, {
      jobId: `notifications.again-${job.data.digestId}`,
    });
    const rerun = await finished(again.id!);
    expect(rerun.returnvalue as DigestJobResult).toMatchObject({ mailed: 6 });
    expect(await mailCounts(addresses)).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('is for admins and owners; others get 403, other workspaces 404, bad input 400', async () => {
    const owner = await world.newWorkspace('digest-roles');
    const stranger = await signUp(web.http, 'digest-stranger');
    const db = web.app.get(DataSource);
    const digestsOf = async (workspaceId: string) =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM notifications.digests WHERE workspace_id = $1`,
          [workspaceId],
        )
      )[0].n;

    for (const role of ['member', 'viewer'] as const) {
      const user = await joinAs(web, owner, role, `digest-${role}`);
      const post = await web.http.post(digestsPath(owner.workspaceId)).set(bearer(user.token));
      expect([role, post.status]).toEqual([role, 403]);
      expect(post.headers['content-type']).toContain('application/problem+json');
    }
    const foreign = await web.http.post(digestsPath(owner.workspaceId)).set(bearer(stranger.token));
    expect(foreign.status).toBe(404);
    const foreignPut = await web.http
      .put(`${digestsPath(owner.workspaceId)}/subscription`)
      .set(bearer(stranger.token))
      .send({ subscribed: false });
    expect(foreignPut.status).toBe(404);
    expect((await web.http.post(digestsPath(owner.workspaceId))).status).toBe(401);
    expect(await digestsOf(owner.workspaceId)).toBe(0);

    // The auth guard runs first: a workspace id that is no workspace of the caller is a 404.
    const notAnId = await web.http
      .post('/v1/workspaces/not-a-uuid/digests')
      .set(bearer(owner.token));
    expect(notAnId.status).toBe(404);
    const withOptions = await web.http
      .post(digestsPath(owner.workspaceId))
      .set(bearer(owner.token))
      .send({ days: 30 });
    expect(withOptions.status).toBe(400);
    expect(withOptions.headers['content-type']).toContain('application/problem+json');
    expect(withOptions.body.errors).toEqual([expect.objectContaining({ field: 'days' })]);
    expect(await digestsOf(owner.workspaceId)).toBe(0);

    const subscription = `${digestsPath(owner.workspaceId)}/subscription`;
    for (const body of [{}, { subscribed: 'no' }, { subscribed: false, userId: stranger.id }]) {
      const response = await web.http.put(subscription).set(bearer(owner.token)).send(body);
      expect([body, response.status]).toEqual([body, 400]);
    }
    const [row] = await db.query(
      `SELECT email FROM notifications.digest_members WHERE workspace_id = $1 AND user_id = $2`,
      [owner.workspaceId, owner.id],
    );
    expect(row?.email ?? null).toBeNull(); // nothing written by the refused requests
  });
});
