import { randomUUID } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { assertSendable, type OutgoingMessage } from './outgoing-message';
import {
  assertJobId,
  SEND_EMAIL_JOB,
  type SendEmailJobData,
  type SendEmailJobResult,
} from './send-email-job';

/**
 * Sends email by enqueueing it: the caller (a request, a handler) never waits for SMTP. The worker's
 * SendEmailProcessor delivers it, with the email queue's retries and backoff.
 * See docs/adr/0009-mail-through-the-email-queue.md.
 */
@Injectable()
export class OutgoingMail {
  constructor(
    @InjectQueue('email') private readonly queue: Queue<SendEmailJobData, SendEmailJobResult>,
  ) {}

  /**
   * Enqueues one message. Pass a `jobId` derived from what the mail is about (e.g.
   * `welcome-<userId>`) to make the call idempotent: while a job with that id exists (completed jobs
   * are kept for a day), enqueueing it again does nothing and returns the same id.
   */
  async send(
    message: OutgoingMessage,
    options: { jobId?: string } = {},
  ): Promise<{ jobId: string }> {
    assertSendable(message);
    const jobId = options.jobId ?? randomUUID();
    assertJobId(jobId);
    const { to, subject, text, html } = message;
    const copy: OutgoingMessage =
      html === undefined ? { to, subject, text } : { to, subject, text, html };
    await this.queue.add(SEND_EMAIL_JOB, { message: copy }, { jobId });
    return { jobId };
  }
}
