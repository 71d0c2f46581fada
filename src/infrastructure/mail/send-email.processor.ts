import { Inject, Logger } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import type { NodemailerError } from 'nodemailer';

import { AppConfig } from '../config/app-config';
import { DrainableProcessor } from '../queue/drainable-processor';
import { postponeJob } from '../queue/postpone-job';
import { postponeWhileDependencyDown } from '../queue/postpone-while-dependency-down';
import { QueueProcessor } from '../queue/queue-processor.decorator';
import { BreakerRegistry } from '../resilience/breaker-registry';
import { dependencySettingsOf } from '../resilience/dependency-settings';
import { OutboundFailure } from '../resilience/outbound-failure';
import { SecretBox } from '../secrets/secret-box';
import { messageIdFor } from './message-id';
import type { OutgoingMessage } from './outgoing-message';
import { RecipientOrder } from './recipient-order';
import { openMessage } from './sealed-message';
import type {
  LegacySendEmailJobData,
  SendEmailJobData,
  SendEmailJobResult,
} from './send-email-job';
import { smtpCodesOf, smtpFailureOf } from './smtp-failure';
import { SMTP, SMTP_TRANSPORT, type SmtpTransport } from './smtp-transport';

type EmailJobData = SendEmailJobData | LegacySendEmailJobData;
type EmailJob = Job<EmailJobData, SendEmailJobResult>;

/** How long a mail waits, at least, for an earlier mail to the same recipient. */
const TURN_WAIT_MS = 1_000;

/**
 * Worker only: delivers `send-email` jobs over SMTP, through the fleet-shared `smtp` breaker.
 * - An earlier mail to the same recipient still pending: back to delayed, no attempt used
 *   (RecipientOrder), so one recipient's mails arrive in the order they were enqueued.
 * - Breaker open: SMTP is not called; back to delayed until the fleet may probe, no attempt used.
 *   The same for the failure that opens it, and for a failed probe: the relay is down, the mail is
 *   fine, and an outage of any length uses none of its attempts.
 * - A failed attempt throws, so the email queue's attempts and exponential backoff apply; a
 *   failure of the relay itself also counts against the breaker (smtp-failure.ts). A permanent
 *   SMTP rejection (5xx) fails the job for good.
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
    private readonly breakers: BreakerRegistry,
    private readonly order: RecipientOrder,
  ) {
    super();
  }

  protected async handle(job: EmailJob, signal: AbortSignal): Promise<SendEmailJobResult> {
    const message = this.messageOf(job);
    const jobId = job.id ?? 'unknown';
    if (await this.order.pendingAhead(message.to, jobId)) {
      // While the breaker is open, the mail ahead cannot go before it closes either.
      const waitMs = Math.max(TURN_WAIT_MS, this.breakers.retryAfterMs(SMTP));
      return postponeJob(job, waitMs, 'an earlier mail to the recipient is pending');
    }
    const messageId = messageIdFor(jobId, this.config.mail.from);
    try {
      await this.send(message, messageId, signal);
    } catch (error) {
      // The relay down (not this mail): the job waits for the next probe, its attempts kept.
      await postponeWhileDependencyDown(job, error, SMTP, this.breakers, this.settings.resetMs);
      throw await this.attemptFailure(job, message, error, signal);
    }
    await this.order.leave(message.to, jobId);
    this.logger.debug(`email job ${jobId} delivered to ${message.to}`);
    return { messageId };
  }

  private get settings() {
    return dependencySettingsOf(this.config, SMTP);
  }

  /** One send within the `smtp` timeout, through the fleet's breaker. */
  private send(message: OutgoingMessage, messageId: string, signal: AbortSignal): Promise<void> {
    const settings = this.settings;
    return this.breakers.run(SMTP, settings, async () => {
      const deadline = AbortSignal.timeout(settings.timeoutMs);
      try {
        await this.smtp.sendMail({
          from: this.config.mail.from,
          ...message,
          messageId,
          signal: AbortSignal.any([signal, deadline]),
        });
      } catch (error) {
        // Shutdown is no failure of the relay: DrainableProcessor hands the job back.
        if (signal.aborted) throw error;
        throw smtpFailureOf(error as NodemailerError, deadline);
      }
    });
  }

  /** A job whose sealed content cannot be opened never will be: fail it for good, say why. */
  private messageOf(job: EmailJob): OutgoingMessage {
    try {
      return openMessage(this.box, job.id ?? '', job.data);
    } catch (error) {
      throw new UnrecoverableError(`email job content unreadable: ${(error as Error).message}`);
    }
  }

  private async attemptFailure(
    job: EmailJob,
    message: OutgoingMessage,
    error: unknown,
    signal: AbortSignal,
  ): Promise<unknown> {
    // Shutdown: DrainableProcessor hands the job back to the queue; nothing to log here.
    if (signal.aborted) return error;
    const codes =
      error instanceof OutboundFailure ? error.message : smtpCodesOf(error as NodemailerError);
    this.logger.warn(`email job ${job.id} attempt ${job.attemptsMade + 1} failed: ${codes}`);
    const permanent = !(error instanceof OutboundFailure) && (error as NodemailerError).permanent;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    // Failed for good: the recipient's next mail may go.
    if (permanent || lastAttempt) await this.order.leave(message.to, job.id ?? '');
    if (permanent) {
      return new UnrecoverableError(`SMTP rejected the message: ${(error as Error).message}`);
    }
    return error;
  }
}
