import { type Job, UnrecoverableError } from 'bullmq';

import { DrainableProcessor } from '../../../infrastructure/queue/drainable-processor';
import { QueueProcessor } from '../../../infrastructure/queue/queue-processor.decorator';
import {
  INBOX_MAIL_JOB,
  type InboxMailJobResult,
} from '../application/deliver-notification/inbox-mail-job';
import {
  DIGEST_FAN_OUT_JOB,
  type DigestJobResult,
  WEEKLY_DIGESTS_JOB,
  type WeeklyDigestsResult,
} from '../application/digest-job';
import {
  SLACK_TASK_COMPLETED_JOB,
  type SlackNotificationJobResult,
} from '../application/slack-notification-job';
import { DigestFanOut, type DigestJob } from './digest-fan-out';
import { InboxMailDelivery, type InboxMailJob } from './inbox-mail-delivery';
import { SlackDelivery, type SlackJob } from './slack-delivery';
import { WeeklyDigests, type WeeklyDigestsJob } from './weekly-digests';

type NotificationResult =
  SlackNotificationJobResult | DigestJobResult | InboxMailJobResult | WeeklyDigestsResult;

/**
 * The notifications queue's one processor (BullMQ runs one worker per queue and processor): it
 * hands each job to the use case its name says.
 */
@QueueProcessor('notifications')
export class NotificationsProcessor extends DrainableProcessor<unknown, NotificationResult> {
  constructor(
    private readonly slack: SlackDelivery,
    private readonly digests: DigestFanOut,
    private readonly inboxMail: InboxMailDelivery,
    private readonly weekly: WeeklyDigests,
  ) {
    super();
  }

  protected handle(job: Job<unknown, NotificationResult>, signal: AbortSignal) {
    switch (job.name) {
      case SLACK_TASK_COMPLETED_JOB:
        return this.slack.deliver(job as SlackJob, signal);
      case DIGEST_FAN_OUT_JOB:
        return this.digests.run(job as DigestJob, signal);
      case INBOX_MAIL_JOB:
        return this.inboxMail.deliver(job as InboxMailJob);
      case WEEKLY_DIGESTS_JOB:
        return this.weekly.run(job as WeeklyDigestsJob, signal);
      default:
        throw new UnrecoverableError(`unknown notifications job "${job.name}"`);
    }
  }
}
