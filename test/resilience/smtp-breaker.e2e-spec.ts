import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import Redis from 'ioredis';

import { OutgoingMail } from '../../src/infrastructure/mail/outgoing-mail';
import { RecipientOrder } from '../../src/infrastructure/mail/recipient-order';
import { SMTP } from '../../src/infrastructure/mail/smtp-transport';
import { redisConnectionOptions } from '../../src/infrastructure/redis/redis-connection-options';
import { BreakerRegistry } from '../../src/infrastructure/resilience/breaker-registry';
import { everyValueUnder } from '../identity/support/redis-values';
import { CapturedOutput } from '../notifications/support/captured-output';
import { mailsTo, type SinkMessage } from '../support/smtp-sink';
import { TcpProxy } from '../support/tcp-proxy';
import { adminAuthorization, testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

const RESET_MS = 2_000;
const TIMEOUT_MS = 1_500;
/** In the SMTP URL the workers log in with, and in every mail body: neither may leave memory. */
const PASSWORD = `smtp-pw-${randomBytes(8).toString('hex')}`;
const BODY_MARKER = `body-marker-${randomBytes(8).toString('hex')}`;

type SinkMessageWithId = SinkMessage & { id: string };

/**
 * Mail behind the fleet-shared `smtp` breaker, on the real stack: two workers in this process (a
 * fleet of two: one queue, one Redis), each reaching the shared SMTP sink through a TCP proxy of
 * its own, so the test breaks SMTP for them alone (reset or hang) without touching the sink, and
 * counts each worker's connections. The breaker opens after 2 failures, stays open 2 s, and a
 * send gives up after 1.5 s. Tests run in order and leave the breaker closed.
 */
describe('mail behind the fleet-shared smtp breaker', () => {
  const sinkUrl = testConfig().mail.smtpUrl;
  const sink = new URL(sinkUrl);
  const proxies: TcpProxy[] = [];
  const workers: WorkerAppUnderTest[] = [];
  let output: CapturedOutput;
  let queue: Queue;

  beforeAll(async () => {
    output = CapturedOutput.start();
    for (let i = 0; i < 2; i++) {
      const proxy = await TcpProxy.start(sink.hostname, Number(sink.port));
      proxies.push(proxy);
      const url = new URL(proxy.route(sinkUrl));
      url.username = 'tenfold';
      url.password = PASSWORD;
      const config = testConfig({
        SMTP_URL: url.toString(),
        WORKER_QUEUES: 'email',
        LOG_LEVEL: 'debug',
        BREAKER_SETTINGS: JSON.stringify({
          smtp: { failureThreshold: 2, resetMs: RESET_MS, timeoutMs: TIMEOUT_MS },
        }),
      });
      workers.push(await WorkerAppUnderTest.start(config));
    }
    queue = workers[0].app.get<Queue>(getQueueToken('email'), { strict: false });
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close();
    for (const proxy of proxies) await proxy.cut();
    output?.stop();
  });

  const recipient = (label: string) =>
    `smtp-breaker-${label}-${randomBytes(5).toString('hex')}@example.test`;

  /** Enqueues the mails one after the other, as a caller that awaits each send does. */
  const sendInOrder = async (to: string, count: number) => {
    const jobIds: string[] = [];
    for (let n = 1; n <= count; n++) {
      const { jobId } = await workers[0].app.get(OutgoingMail).send({
        to,
        subject: `Mail #${n}`,
        text: `Mail #${n} of ${count}. ${BODY_MARKER}`,
      });
      jobIds.push(jobId);
    }
    return jobIds;
  };

  const breakersOpenEverywhere = () =>
    waitFor(
      'both workers to hold the smtp breaker open',
      () =>
        workers.every((worker) => worker.app.get(BreakerRegistry).stateOf(SMTP) === 'open')
          ? true
          : undefined,
      30_000,
    );

  const jobsOf = (ids: string[]) =>
    Promise.all(ids.map(async (id) => (await queue.getJob(id)) as Job));

  const statesOf = (ids: string[]) => Promise.all(ids.map((id) => queue.getJobState(id)));

  const allCompleted = (ids: string[]) =>
    waitFor(
      'every email job to complete',
      async () =>
        (await statesOf(ids)).every((state) => state === 'completed') ? true : undefined,
      60_000,
    );

  /** The sink's messages to the address, in the order they arrived (its ids: time, then a sequence). */
  const arrivedAt = async (to: string) =>
    ((await mailsTo(to)) as SinkMessageWithId[]).sort((a, b) => arrival(a) - arrival(b));
  const arrival = (message: SinkMessageWithId) => {
    const [time, sequence] = message.id.split('-').map(Number);
    return time * 1_000_000 + sequence;
  };

  const readiness = async (worker: WorkerAppUnderTest) =>
    (await worker.app.inject({ method: 'GET', url: '/health/ready' })).json<{
      status: string;
      details: { breakers: Record<string, unknown> };
    }>();

  it('sends through the proxies while SMTP is up', async () => {
    const to = recipient('up');
    const [jobId] = await sendInOrder(to, 1);
    await allCompleted([jobId]);
    const [message] = await arrivedAt(to);
    expect(message.headers['message-id']).toBe(`<${jobId}@tenfold.local>`);
  });

  it('while the relay resets every connection: attempts kept, one probe per fleet, then every mail once and in order', async () => {
    for (const proxy of proxies) proxy.fail('reset');
    const recipients = ['ann', 'bob', 'cyd'].map(recipient);
    const jobIds = new Map<string, string[]>();
    for (const to of recipients) jobIds.set(to, await sendInOrder(to, 3));
    const ids = [...jobIds.values()].flat();

    await breakersOpenEverywhere();
    // Every job handed back (postponed, or waiting for its backoff): no attempt still running.
    await waitFor(
      'every job to be delayed at once',
      async () => ((await statesOf(ids)).every((state) => state === 'delayed') ? true : undefined),
      30_000,
      20,
    );
    const before = await jobsOf(ids);
    const connectionsBefore = proxies.map((proxy) => proxy.accepted);
    await sleep(3 * RESET_MS);
    const after = await jobsOf(ids);
    const probes = proxies.reduce(
      (sum, proxy, i) => sum + proxy.accepted - connectionsBefore[i],
      0,
    );

    // Three open periods passed: the fleet sent at most one probe in each (each a connection the
    // proxies counted), and no job used an attempt, the probes' included.
    expect(probes).toBeGreaterThanOrEqual(1);
    expect(probes).toBeLessThanOrEqual(4);
    expect(after.map((job) => job.attemptsMade)).toEqual(before.map((job) => job.attemptsMade));
    for (const job of after) expect(job.attemptsMade).toBeLessThan(job.opts.attempts!);
    const logs = await Promise.all(ids.map(async (id) => (await queue.getJobLogs(id)).logs));
    expect(logs.flat().some((line) => line.startsWith('smtp circuit open'))).toBe(true);

    // Both workers say so in readiness and metrics; the fleet turned sends away. Which worker's
    // jobs met the open breaker depends on who took them (a job may also wait its turn behind an
    // earlier mail without calling SMTP at all), so the rejections are counted over both.
    let rejections = 0;
    for (const worker of workers) {
      const ready = await readiness(worker);
      expect(ready.status).toBe('degraded');
      // Open, or half-open if the open period has just run out (a probe may be under way).
      expect(ready.details.breakers).toMatchObject({
        status: 'degraded',
        smtp: expect.stringMatching(/^(open|half-open)$/),
      });
      const metrics = await worker.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: adminAuthorization(testConfig()) },
      });
      const rejected = /tenfold_breaker_rejections_total\{dependency="smtp"\} (\d+)/.exec(
        metrics.body,
      );
      rejections += Number(rejected?.[1] ?? 0);
      expect(metrics.body).toMatch(/tenfold_breaker_state\{dependency="smtp"\} [12]/);
    }
    expect(rejections).toBeGreaterThan(0);

    await Promise.all(proxies.map((proxy) => proxy.heal()));
    await allCompleted(ids);
    for (const [to, sent] of jobIds) {
      const messages = await arrivedAt(to);
      expect(messages.map((message) => message.subject)).toEqual(['Mail #1', 'Mail #2', 'Mail #3']);
      expect(messages.map((message) => message.headers['message-id'])).toEqual(
        sent.map((jobId) => `<${jobId}@tenfold.local>`),
      );
    }
    for (const worker of workers) {
      expect(worker.app.get(BreakerRegistry).stateOf(SMTP)).toBe('closed');
    }
  });

  it('while the relay hangs: each send gives up at the timeout, and mail follows in order once it answers', async () => {
    for (const proxy of proxies) proxy.fail('hang');
    const to = recipient('hang');
    const ids = [...(await sendInOrder(to, 2)), ...(await sendInOrder(recipient('other'), 1))];

    await breakersOpenEverywhere();
    const failed = await waitFor('an attempt to time out', async () => {
      const reasons = (await jobsOf(ids)).map((job) => job.failedReason ?? '');
      return reasons.find((reason) => reason !== '');
    });
    expect(failed).toMatch(/^smtp: (send did not finish in time|relay failed \(ETIMEDOUT)/);
    // The second mail to the address never tried while the first was pending.
    expect((await queue.getJob(ids[1]))!.attemptsMade).toBe(0);

    await Promise.all(proxies.map((proxy) => proxy.heal()));
    await allCompleted(ids);
    const messages = await arrivedAt(to);
    expect(messages.map((message) => message.subject)).toEqual(['Mail #1', 'Mail #2']);
  });

  it('holds no mail behind an earlier one that will never be sent (its job gone or failed for good)', async () => {
    const to = recipient('ghost');
    const order = workers[0].app.get(RecipientOrder);
    // A caller that died between enlisting and adding, and a mail that failed for good.
    await order.enlist(to, 'ghost-never-added');
    const [failed] = await sendInOrder(to, 1);
    await allCompleted([failed]);
    await order.enlist(to, failed); // completed jobs stand in for failed ones: neither is pending
    const [next] = await sendInOrder(to, 1);
    await allCompleted([next]);
    expect((await arrivedAt(to)).map((message) => message.headers['message-id'])).toEqual([
      `<${failed}@tenfold.local>`,
      `<${next}@tenfold.local>`,
    ]);
    expect((await queue.getJob(next))!.attemptsMade).toBe(1);
  });

  it('keeps the SMTP password and the mail bodies out of the logs and Redis, and leaves no order behind', async () => {
    const config = testConfig();
    const redis = new Redis(redisConnectionOptions(config, 'test-smtp-secret-scan'));
    try {
      const stored = await everyValueUnder(redis, `${config.redis.keyPrefix}:`);
      expect(stored).toContain('tfs1:'); // the scan saw the email jobs
      expect(stored).not.toContain(PASSWORD);
      expect(stored).not.toContain(BODY_MARKER);
      // Every recipient's order emptied as its mails went (Redis drops an empty sorted set).
      expect(stored).not.toMatch(/mail-order:/);
    } finally {
      redis.disconnect();
    }
    expect(output.text).toMatch(/email job \S+ attempt 1 failed/);
    expect(output.text).not.toContain(PASSWORD);
    expect(output.text).not.toContain(BODY_MARKER);
  });
});
