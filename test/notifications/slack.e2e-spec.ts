import { setTimeout as sleep } from 'node:timers/promises';

import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';

import {
  SLACK_TASK_COMPLETED_JOB,
  slackJobIdOf,
} from '../../src/modules/notifications/application/slack-notification-job';
import { NotifySlackConsumer } from '../../src/modules/notifications/consumers/notify-slack.consumer';
import type { TaskCompletedV1 } from '../../src/modules/projects/contracts/task-completed.event';
import { joinAs } from '../projects/support/projects-world';
import { bearer, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { CapturedOutput } from './support/captured-output';
import { SlackStub } from './support/slack-stub';
import { type CreatedTask, SlackWorld } from './support/slack-world';

const RESET_MS = 1_500;
const FAST_ANSWER_MS = 500;

/**
 * Slack notifications end to end: web and worker in this process, a stand-in Slack on loopback.
 * The breaker opens after 2 failures, stays open 1.5 s, and a call times out after 0.5 s.
 * Tests run in order and share the worker (and so its breaker); each leaves the breaker closed.
 */
describe('Slack notifications', () => {
  const config = testConfig({
    BREAKER_SETTINGS: JSON.stringify({
      slack: { failureThreshold: 2, resetMs: RESET_MS, timeoutMs: 500 },
    }),
    LOG_LEVEL: 'debug',
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  let output: CapturedOutput;
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let world: SlackWorld;
  const stubs: SlackStub[] = [];
  /** Every webhook URL handed to the API: none may show up in an answer or a log line. */
  const secrets: string[] = [];

  const newStub = async (mode: SlackStub['mode']) => {
    const stub = await SlackStub.start(mode);
    stubs.push(stub);
    return stub;
  };
  const secretUrl = (stub: SlackStub, label: string) => {
    const url = stub.webhookUrl(`${label}-s3cr3t-${Math.random().toString(36).slice(2, 10)}`);
    secrets.push(url, new URL(url).pathname);
    return url;
  };
  const expectNoSecretIn = (text: string) => {
    for (const secret of secrets) expect(text).not.toContain(secret);
  };

  beforeAll(async () => {
    output = CapturedOutput.start();
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config);
    world = new SlackWorld(web, worker);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
    await Promise.all(stubs.map((stub) => stub.close()));
    output?.stop();
  });

  describe('connecting', () => {
    it('stores the URL for admins and shows only a hint of it afterwards', async () => {
      const stub = await newStub('ok');
      const owner = await world.newWorkspace('slack-connect');
      expect(await world.connection(owner)).toMatchObject({ connected: false, state: null });

      const url = secretUrl(stub, 'connect');
      const connected = await world.connect(owner, url);
      expect(connected).toEqual({
        connected: true,
        webhookUrlHint: `${stub.server.url}/…/${url.slice(-4)}`,
        state: 'active',
        brokenReason: null,
        brokenAt: null,
        connectedAt: expect.any(String),
        lastDeliveredAt: null,
      });
      const shown = await world.connection(owner);
      expect(shown).toEqual(connected);
      expectNoSecretIn(JSON.stringify([connected, shown]));

      const gone = await web.http
        .delete(world.slackPath(owner.workspaceId))
        .set(bearer(owner.token));
      expect(gone.status).toBe(204);
      expect(await world.connection(owner)).toMatchObject({ connected: false });
    });

    it('refuses URLs that are not Slack incoming webhooks, without quoting them', async () => {
      const owner = await world.newWorkspace('slack-bad-urls');
      const bad = [
        { webhookUrl: 'not a url at all s3cr3t' },
        { webhookUrl: 'http://hooks.slack.com/services/T0/B0/s3cr3t-plain-http' },
        { webhookUrl: 'https://hooks.slack.com.evil.test/services/T0/B0/s3cr3t-lookalike' },
        { webhookUrl: 'https://hooks.slack.com/api/s3cr3t-not-services' },
        { webhookUrl: 'http://localhost:9/services/T0/B0/s3cr3t-localhost' },
        { webhookUrl: `https://hooks.slack.com/services/${'x'.repeat(500)}` },
        { webhookUrl: 42 },
        {},
        { webhookUrl: 'https://hooks.slack.com/services/T0/B0/x', channel: '#general' },
      ];
      for (const body of bad) {
        const response = await web.http
          .put(world.slackPath(owner.workspaceId))
          .set(bearer(owner.token))
          .send(body);
        expect([body, response.status]).toEqual([body, 400]);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.text).not.toContain('s3cr3t');
      }
      expect(await world.connection(owner)).toMatchObject({ connected: false });
    });

    it('is for admins: members and viewers get 403, other workspaces 404', async () => {
      const stub = await newStub('ok');
      const owner = await world.newWorkspace('slack-roles');
      const url = secretUrl(stub, 'roles');
      for (const role of ['member', 'viewer'] as const) {
        const user = await joinAs(web, owner, role);
        const put = await web.http
          .put(world.slackPath(owner.workspaceId))
          .set(bearer(user.token))
          .send({ webhookUrl: url });
        expect([role, put.status]).toEqual([role, 403]);
        const get = await web.http.get(world.slackPath(owner.workspaceId)).set(bearer(user.token));
        expect([role, get.status]).toEqual([role, 403]);
      }
      const admin = await joinAs(web, owner, 'admin');
      expect((await world.connect(admin, url)).state).toBe('active');

      const outsider = await signUp(web.http, 'slack-outsider');
      for (const call of [
        web.http.put(world.slackPath(owner.workspaceId)).send({ webhookUrl: url }),
        web.http.get(world.slackPath(owner.workspaceId)),
        web.http.delete(world.slackPath(owner.workspaceId)),
      ]) {
        const response = await call.set(bearer(outsider.token));
        expect(response.status).toBe(404);
        expectNoSecretIn(response.text);
      }
      expect((await world.connection(owner)).connected).toBe(true);
    });
  });

  it('sends one message per completion, naming the task, and no second one for a redelivery', async () => {
    const stub = await newStub('ok');
    const owner = await world.newWorkspace('slack-happy');
    await world.connect(owner, secretUrl(stub, 'happy'));
    const stamp = Date.now();
    const task = await world.createTask(owner, `Ship the <beta> & party ${stamp}`);
    await world.complete(owner, task);

    await waitFor('the Slack message', () =>
      stub.deliveredAbout(task.id).length ? true : undefined,
    );
    const [message] = stub.deliveredAbout(task.id);
    expect(message.method).toBe('POST');
    expect(message.headers['content-type']).toBe('application/json');
    const { text } = JSON.parse(message.body) as { text: string };
    expect(text).toContain(`Task completed: Ship the &lt;beta&gt; &amp; party ${stamp}`);
    expect(text).toContain(`/v1/workspaces/${owner.workspaceId}/tasks/${task.id}`);
    const job = (await world.jobFor(task))!;
    await waitFor('the job to complete', async () =>
      (await job.getState()) === 'completed' ? true : undefined,
    );
    expect(Object.keys(job.data).sort()).toEqual(['eventId', 'projectId', 'taskId', 'workspaceId']);
    expect((await world.connection(owner)).lastDeliveredAt).not.toBeNull();

    // The same event applied again (as if its delivery were repeated past the inbox): same job id,
    // so no second job.
    const event = await world.completionOf(task);
    const manager = web.app.get(DataSource).manager;
    await worker.app.get(NotifySlackConsumer).apply(event as unknown as TaskCompletedV1, manager);
    // A second job for a delivered event (a retry after Slack's answer was lost): the delivery
    // record stops it.
    const replay = await world.queue.add(SLACK_TASK_COMPLETED_JOB, job.data, {
      jobId: `replay-${event.id}`,
    });
    const result = await waitFor('the replayed job to finish', async () => {
      const state = await replay.getState();
      return state === 'completed'
        ? (await world.queue.getJob(replay.id!))!.returnvalue
        : undefined;
    });
    expect(result).toEqual({ outcome: 'already-delivered' });
    expect((await world.queue.getJob(slackJobIdOf(event.id)))!.timestamp).toBe(job.timestamp);
    expect(stub.about(task.id)).toHaveLength(1);
  });

  it('keeps completing fast while Slack fails or hangs, and delivers once Slack is back', async () => {
    const stub = await newStub('error-500');
    const owner = await world.newWorkspace('slack-down');
    await world.connect(owner, secretUrl(stub, 'down'));
    const first = await world.createTask(owner, `First while down ${Date.now()}`);
    const second = await world.createTask(owner, `Second while hanging ${Date.now()}`);

    expect(await world.complete(owner, first)).toBeLessThan(FAST_ANSWER_MS);
    await waitFor('two failed attempts (500)', () =>
      stub.failedAbout(first.id).length >= 2 ? true : undefined,
    );
    stub.mode = 'hang';
    await waitFor('an attempt that hangs', () =>
      stub.failedAbout(first.id).length >= 3 ? true : undefined,
    );
    expect(await world.complete(owner, second)).toBeLessThan(FAST_ANSWER_MS);
    const job = (await world.jobFor(first))!;
    expect(await job.getState()).not.toBe('failed');

    stub.mode = 'ok';
    await waitFor(
      'both messages once Slack is back',
      () =>
        stub.deliveredAbout(first.id).length && stub.deliveredAbout(second.id).length
          ? true
          : undefined,
      30_000,
    );
    await sleep(RESET_MS + 500); // a duplicate would arrive by now
    expect(stub.deliveredAbout(first.id)).toHaveLength(1);
    expect(stub.deliveredAbout(second.id)).toHaveLength(1);
    expect(stub.failedAbout(first.id).length).toBeGreaterThanOrEqual(3);
    for (const task of [first, second]) {
      const done = (await world.jobFor(task))!;
      expect(await done.getState()).toBe('completed');
      expect(done.returnvalue).toEqual({ outcome: 'delivered', status: 200 });
    }
  });

  it('delays jobs while the breaker is open, without using attempts or calling Slack, then delivers', async () => {
    const stub = await newStub('error-500');
    const owner = await world.newWorkspace('slack-breaker');
    await world.connect(owner, secretUrl(stub, 'breaker'));
    const tasks: CreatedTask[] = [];
    for (const n of [1, 2, 3])
      tasks.push(await world.createTask(owner, `Breaker ${n} ${Date.now()}`));
    for (const task of tasks) await world.complete(owner, task);
    const jobs = await waitFor('three jobs', async () => {
      const found = await Promise.all(tasks.map((task) => world.jobFor(task)));
      return found.every(Boolean) ? (found as Job[]) : undefined;
    });
    await waitFor('a job to meet the open breaker', async () => {
      const logs = await Promise.all(jobs.map((job) => world.jobLogs(job)));
      return logs.flat().some((line) => line.startsWith('circuit open')) ? true : undefined;
    });

    const fresh = () => Promise.all(jobs.map(async (job) => (await world.queue.getJob(job.id!))!));
    const before = await fresh();
    const requestsBefore = stub.requestCount;
    await sleep(3 * RESET_MS);
    const after = await fresh();
    const requestsDuring = stub.requestCount - requestsBefore;
    const attemptsUsed = sum(after.map((job, i) => job.attemptsMade - before[i].attemptsMade));
    const starts = sum(after.map((job, i) => job.attemptsStarted - before[i].attemptsStarted));

    // At most one probe per reset period reaches Slack; only real calls use attempts; jobs come
    // back about once per reset period, not in a loop.
    expect(requestsDuring).toBeLessThanOrEqual(4);
    expect(attemptsUsed).toBeLessThanOrEqual(requestsDuring);
    expect(starts).toBeLessThanOrEqual(3 * 4 + 3);
    for (const job of after) {
      expect(await job.getState()).not.toBe('failed');
      expect(job.attemptsMade).toBeLessThan(job.opts.attempts!);
    }

    stub.mode = 'ok';
    await waitFor(
      'every message once the breaker lets calls through',
      () => (tasks.every((task) => stub.deliveredAbout(task.id).length) ? true : undefined),
      30_000,
    );
    await sleep(RESET_MS);
    for (const task of tasks) expect(stub.deliveredAbout(task.id)).toHaveLength(1);
    for (const job of await fresh()) expect(await job.getState()).toBe('completed');
  });

  it('marks the connection broken on a permanent refusal, retries nothing and sends nothing more', async () => {
    const stub = await newStub('no-service');
    const owner = await world.newWorkspace('slack-gone');
    await world.connect(owner, secretUrl(stub, 'gone'));
    const task = await world.createTask(owner, `Refused ${Date.now()}`);
    await world.complete(owner, task);

    const broken = await waitFor('the connection to break', async () => {
      const answer = await world.connection(owner);
      return answer.state === 'broken' ? answer : undefined;
    });
    expect(broken).toMatchObject({ connected: true, brokenReason: '404 no_service' });
    expect(broken.brokenAt).not.toBeNull();
    const job = (await world.jobFor(task))!;
    await waitFor('the job to fail', async () =>
      (await job.getState()) === 'failed' ? true : undefined,
    );
    await sleep(2_500); // past the first retry's backoff (1 s)
    expect(stub.about(task.id)).toHaveLength(1);
    expect((await world.queue.getJob(job.id!))!.attemptsMade).toBe(1);

    const later = await world.createTask(owner, `After the refusal ${Date.now()}`);
    await world.complete(owner, later);
    const event = await world.completionOf(later);
    await world.consumed('notifications.slack', event.id);
    expect(await world.queue.getJob(slackJobIdOf(event.id))).toBeUndefined();
    expect(stub.requestCount).toBe(1);

    // Connecting again clears it.
    stub.mode = 'ok';
    const again = await world.connect(owner, secretUrl(stub, 'gone-again'));
    expect(again).toMatchObject({ state: 'active', brokenReason: null, brokenAt: null });
  });

  it('never writes a webhook URL to the logs of either process', async () => {
    await sleep(300);
    const lines = output.lines();
    const requestLines = lines.filter((line) =>
      JSON.stringify(line.req ?? '').includes('/integrations/slack'),
    );
    // The capture works: the PUTs were logged, and so was the worker's note about the refusal.
    expect(requestLines.length).toBeGreaterThanOrEqual(5);
    expect(output.text).toContain('404 no_service');
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    expectNoSecretIn(output.text);
  });
});

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
