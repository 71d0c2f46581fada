import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';

import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Job, Queue } from 'bullmq';

import { OutgoingMail } from '../src/infrastructure/mail/outgoing-mail';
import { SendEmailProcessor } from '../src/infrastructure/mail/send-email.processor';
import { QueueConsumption } from '../src/infrastructure/queue/queue-consumption.service';
import { freePort } from './harness/free-port';
import { mailsTo as messagesFor, waitForMailsTo } from './support/smtp-sink';
import { testConfig } from './support/test-config';
import { waitFor } from './support/wait-for';
import { WebAppUnderTest } from './support/web-app-under-test';
import { WorkerAppUnderTest } from './support/worker-app-under-test';

function uniqueRecipient(): string {
  return `mail-test-${randomBytes(6).toString('hex')}@example.test`;
}

/** A worker in this process consuming only the email queue. */
async function startWorker(env: Record<string, string> = {}): Promise<NestFastifyApplication> {
  return (await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'email', ...env }))).app;
}

async function stopWorker(app: NestFastifyApplication | undefined): Promise<void> {
  if (!app) return;
  await app.get(QueueConsumption).drain(5_000);
  await app.close();
}

/** Waits until the job's first attempt has failed; it is then retried later (delayed) or failed. */
async function firstFailure(queue: Queue, jobId: string, timeoutMs: number): Promise<Job> {
  return waitFor(
    `email job ${jobId} to fail an attempt`,
    async () => {
      // State first, then the job: a job read before the failed attempt was recorded would lack
      // its failedReason even if its state, read a moment later, says delayed.
      const state = await queue.getJobState(jobId);
      return state === 'delayed' || state === 'failed' ? queue.getJob(jobId) : undefined;
    },
    timeoutMs,
  );
}

describe('mail enqueued by web is delivered by the worker to the SMTP server', () => {
  let web: WebAppUnderTest;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    worker = await startWorker();
  });
  afterAll(async () => {
    await stopWorker(worker);
    await web?.close();
  });

  it('arrives with its subject, text, html and the configured sender', async () => {
    const to = uniqueRecipient();
    const { jobId } = await web.app.get(OutgoingMail).send({
      to,
      subject: 'Your report is ready',
      text: 'Hello, the report is ready.',
      html: '<p>Hello, the <b>report</b> is ready.</p>',
    });

    const [message] = await waitForMailsTo(to);
    expect(message.subject).toBe('Your report is ready');
    expect(message.text.trim()).toBe('Hello, the report is ready.');
    expect(message.html?.trim()).toBe('<p>Hello, the <b>report</b> is ready.</p>');
    expect(message.to).toEqual([to]);
    // The sink shows the display name quoted, as nodemailer writes it.
    expect(message.from.replaceAll('"', '')).toBe(web.config.mail.from);
    expect(message.envelope.from).toBe('no-reply@tenfold.local');
    expect(message.headers['message-id']).toBe(`<${jobId}@tenfold.local>`);

    const queue = worker.get<Queue>(getQueueToken('email'), { strict: false });
    const job = await waitFor('the job to complete', async () => {
      // State first: a job read before it completed would lack its return value.
      const state = await queue.getJobState(jobId);
      return state === 'completed' ? queue.getJob(jobId) : undefined;
    });
    expect(job?.returnvalue).toEqual({ messageId: `<${jobId}@tenfold.local>` });
    // What Redis (and every view of the job) holds: the recipient, and the content sealed.
    expect(Object.keys(job!.data).sort()).toEqual(['sealed', 'to']);
    expect(job!.data).toMatchObject({ to, sealed: expect.stringMatching(/^tfs1:/) });
    expect(JSON.stringify(job!.data)).not.toMatch(/report|Hello/);
  });

  it('sends a text-only mail without html', async () => {
    const to = uniqueRecipient();
    await web.app.get(OutgoingMail).send({ to, subject: 'Plain', text: 'Just text.' });
    const [message] = await waitForMailsTo(to);
    expect(message.text.trim()).toBe('Just text.');
    expect(message.html).toBeNull();
  });

  it('enqueues a given job id once, however often it is sent', async () => {
    const to = uniqueRecipient();
    const jobId = `welcome-${randomBytes(4).toString('hex')}`;
    const mail = web.app.get(OutgoingMail);
    await mail.send({ to, subject: 'Welcome', text: 'Welcome aboard.' }, { jobId });
    await waitFor(`a mail for ${to}`, async () =>
      (await messagesFor(to)).length ? true : undefined,
    );
    await mail.send({ to, subject: 'Welcome', text: 'Welcome aboard.' }, { jobId });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await messagesFor(to)).toHaveLength(1);
  });

  it('rejects a malformed address before anything is enqueued', async () => {
    await expect(
      web.app.get(OutgoingMail).send({ to: 'not-an-address', subject: 'x', text: 'x' }),
    ).rejects.toThrow(/"to" must be one bare email address/);
  });

  it('runs no SMTP code in the web process', () => {
    expect(() => web.app.get(SendEmailProcessor, { strict: false })).toThrow();
  });
});

describe('a worker whose SMTP server is unavailable', () => {
  let worker: NestFastifyApplication | undefined;
  let silentServer: Server | undefined;
  const sockets = new Set<Socket>();

  afterEach(async () => {
    await stopWorker(worker);
    worker = undefined;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      silentServer ? silentServer.close(() => resolve()) : resolve(),
    );
  });

  // Each worker gets its own queue keys, so no other worker in this file takes its jobs.
  const ownKeys = (suffix: string) => ({
    REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}-${suffix}`,
  });

  it('fails the attempt at once when nothing listens, and the queue retries it later', async () => {
    const port = await freePort();
    worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${port}`, ...ownKeys('refused') });
    const started = Date.now();
    const { jobId } = await worker
      .get(OutgoingMail)
      .send({ to: uniqueRecipient(), subject: 'Never arrives', text: 'x' });

    const job = await firstFailure(
      worker.get(getQueueToken('email'), { strict: false }),
      jobId,
      10_000,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(job.failedReason).toMatch(/ECONNREFUSED/);
    expect(job.attemptsMade).toBe(1);
    expect(await job.getState()).toBe('delayed'); // 5 attempts with exponential backoff
  });

  it('fails the attempt after the greeting timeout when the server accepts but never speaks', async () => {
    silentServer = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silentServer!.listen(0, '127.0.0.1', resolve));
    const address = silentServer.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${port}`, ...ownKeys('silent') });
    const started = Date.now();
    const { jobId } = await worker
      .get(OutgoingMail)
      .send({ to: uniqueRecipient(), subject: 'Never arrives', text: 'x' });

    const job = await firstFailure(
      worker.get(getQueueToken('email'), { strict: false }),
      jobId,
      15_000,
    );
    expect(Date.now() - started).toBeLessThan(9_000);
    expect(job.failedReason).toMatch(/greeting/i);
    expect(job.attemptsMade).toBe(1);
  });
});
