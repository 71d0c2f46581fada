import { randomUUID } from 'node:crypto';

import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

import { SecretBox } from '../secrets/secret-box';
import { assertSendable, type OutgoingMessage } from './outgoing-message';
import { RecipientOrder } from './recipient-order';
import { sealMessage } from './sealed-message';
import {
  assertJobId,
  SEND_EMAIL_JOB,
  type SendEmailJobData,
  type SendEmailJobResult,
} from './send-email-job';

/**
 * Sends email by enqueueing it: the caller (a request, a handler) never waits for SMTP. The worker's
 * SendEmailProcessor delivers it, with the email queue's retries and backoff. Subject and bodies are
 * sealed in the job (mails carry tokens; job data is readable wherever Redis is): only a process
 * holding SECRETS_KEYS reads them. See docs/adr/0009-mail-through-the-email-queue.md.
 */
@Injectable()
export class OutgoingMail {
  constructor(
    @InjectQueue('email') private readonly queue: Queue<SendEmailJobData, SendEmailJobResult>,
    private readonly box: SecretBox,
    private readonly order: RecipientOrder,
  ) {}

  /**
   * Enqueues one message. Pass a `jobId` derived from what the mail is about (e.g.
   * `welcome-<userId>`) to make the call idempotent: while a job with that id exists (completed jobs
   * are kept for a day), enqueueing it again does nothing and returns the same id. Mails to one
   * address sent one after the other (each awaited) are delivered in that order.
   */
  async send(
    message: OutgoingMessage,
    options: { jobId?: string } = {},
  ): Promise<{ jobId: string }> {
    assertSendable(message);
    const jobId = options.jobId ?? randomUUID();
    assertJobId(jobId);
    // Enlisted first: a worker may run the job the moment it is added, and must find its place.
    await this.order.enlist(message.to, jobId);
    await this.queue.add(SEND_EMAIL_JOB, sealMessage(this.box, jobId, message), { jobId });
    return { jobId };
  }
}
