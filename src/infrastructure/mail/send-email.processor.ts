import { Inject, Logger } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import type { NodemailerError } from 'nodemailer';

import { AppConfig } from '../config/app-config';
import { DrainableProcessor } from '../queue/drainable-processor';
import { QueueProcessor } from '../queue/queue-processor.decorator';
import { SecretBox } from '../secrets/secret-box';
import { messageIdFor } from './message-id';
import type { OutgoingMessage } from './outgoing-message';
import { openMessage } from './sealed-message';
import type {
  LegacySendEmailJobData,
  SendEmailJobData,
  SendEmailJobResult,
} from './send-email-job';
import { SMTP_TIMEOUTS_MS, SMTP_TRANSPORT, type SmtpTransport } from './smtp-transport';

type EmailJobData = SendEmailJobData | LegacySendEmailJobData;

/**
 * Worker only: delivers `send-email` jobs over SMTP. A failed attempt throws, so the email queue's
 * attempts and exponential backoff apply; a permanent SMTP rejection (5xx) fails the job for good.
 * Logs carry the job id and error codes; the recipient only at debug; bodies never. Subject and
 * bodies arrive sealed (sealed-message.ts) and are opened only here, in memory.
 */
@QueueProcessor('email')
export class SendEmailProcessor extends DrainableProcessor<EmailJobData, SendEmailJobResult> {
  private readonly logger = new Logger('SendEmailProcessor');

  constructor(
    @Inject(SMTP_TRANSPORT) private readonly smtp: SmtpTransport,
    private readonly config: AppConfig,
    private readonly box: SecretBox,
  ) {
    super();
  }

  protected async handle(
    job: Job<EmailJobData, SendEmailJobResult>,
    signal: AbortSignal,
  ): Promise<SendEmailJobResult> {
    const { to, subject, text, html } = this.messageOf(job);
    const messageId = messageIdFor(job.id ?? 'unknown', this.config.mail.from);
    const deadline = AbortSignal.timeout(SMTP_TIMEOUTS_MS.send);
    try {
      await this.smtp.sendMail({
        from: this.config.mail.from,
        to,
        subject,
        text,
        html,
        messageId,
        signal: AbortSignal.any([signal, deadline]),
      });
    } catch (error) {
      throw this.attemptFailure(job, error as NodemailerError, signal, deadline);
    }
    this.logger.debug(`email job ${job.id} delivered to ${to}`);
    return { messageId };
  }

  /** A job whose sealed content cannot be opened never will be: fail it for good, say why. */
  private messageOf(job: Job<EmailJobData>): OutgoingMessage {
    try {
      return openMessage(this.box, job.id ?? '', job.data);
    } catch (error) {
      throw new UnrecoverableError(`email job content unreadable: ${(error as Error).message}`);
    }
  }

  private attemptFailure(
    job: Job<EmailJobData>,
    error: NodemailerError,
    signal: AbortSignal,
    deadline: AbortSignal,
  ): Error {
    // Shutdown: DrainableProcessor hands the job back to the queue; nothing to log here.
    if (signal.aborted) return error;
    const codes = [error.code, error.responseCode, error.timeoutType].filter(Boolean).join(' ');
    this.logger.warn(`email job ${job.id} attempt ${job.attemptsMade + 1} failed: ${codes}`);
    if (deadline.aborted) {
      return new Error(`SMTP send did not finish within ${SMTP_TIMEOUTS_MS.send} ms`);
    }
    if (error.permanent)
      return new UnrecoverableError(`SMTP rejected the message: ${error.message}`);
    return error;
  }
}
