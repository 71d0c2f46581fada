import { Injectable, Logger } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../infrastructure/database/unit-of-work';
import { postponeJob } from '../../../infrastructure/queue/postpone-job';
import { OutboundFailure } from '../../../infrastructure/resilience/outbound-failure';
import { OutboundHttp } from '../../../infrastructure/resilience/outbound-http';
import { SecretBox } from '../../../infrastructure/secrets/secret-box';
import type {
  SlackNotificationJobData,
  SlackNotificationJobResult,
} from '../application/slack-notification-job';
import { isDelivered, refusalReason } from '../domain/slack-answer';
import { taskCompletedMessage } from '../domain/slack-message';
import { sealedUrlContext } from '../domain/slack-webhook-url';
import { activeConnectionOf, markBroken } from '../persistence/slack-connections.store';
import { recordDelivery, wasDelivered } from '../persistence/slack-deliveries.store';
import { TaskTitleEntity } from '../persistence/task-title.entity';

/** The dependency (breaker and settings) every Slack call goes through. */
export const SLACK = 'slack';

export type SlackJob = Job<SlackNotificationJobData, SlackNotificationJobResult>;

/**
 * Run by NotificationsProcessor for slack-task-completed jobs. Posts one completion to the workspace's Slack webhook (docs/NOTIFICATIONS.md):
 * - 2xx: recorded as delivered, so the job never posts the same event twice once it knows;
 * - breaker open: back to "delayed" for about the breaker's reset time, no attempt used;
 * - timeout, network error, 408/429/5xx: thrown, so the queue retries with backoff;
 * - any other answer (Slack's 4xx: no_service, invalid_token, …): the connection is marked broken
 *   and the job fails without retries.
 * The webhook URL is a secret and appears in no log line and no job field.
 */
@Injectable()
export class SlackDelivery {
  private readonly logger = new Logger('SlackNotifications');

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly outbound: OutboundHttp,
    private readonly config: AppConfig,
    private readonly secrets: SecretBox,
  ) {}

  async deliver(job: SlackJob, signal: AbortSignal): Promise<SlackNotificationJobResult> {
    const { workspaceId, taskId, eventId } = job.data;
    const manager = this.dataSource.manager;
    if (await wasDelivered(manager, eventId)) return { outcome: 'already-delivered' };
    const connection = await activeConnectionOf(manager, workspaceId);
    if (!connection) return { outcome: 'skipped', reason: 'no-active-connection' };
    const title = (await manager.findOneBy(TaskTitleEntity, { taskId }))?.title ?? null;
    const message = taskCompletedMessage({ workspaceId, taskId, title }, this.config.publicBaseUrl);
    signal.throwIfAborted();

    let status: number;
    let body: string;
    try {
      ({ status, body } = await this.outbound.send({
        dependency: SLACK,
        method: 'POST',
        url: this.secrets.open(connection.webhookUrl, sealedUrlContext(workspaceId)),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
      }));
    } catch (error) {
      if (error instanceof OutboundFailure && error.isCircuitOpen) {
        return this.waitForBreaker(job, error.details.retryAfterMs);
      }
      throw error; // the queue's attempts and backoff take over
    }

    if (isDelivered(status)) {
      await this.unitOfWork.run(null, (tx) =>
        recordDelivery(tx, { eventId, workspaceId, taskId, connectionId: connection.connectionId }),
      );
      return { outcome: 'delivered', status };
    }
    const reason = refusalReason(status, body);
    await this.unitOfWork.run(null, (tx) => markBroken(tx, connection, reason));
    this.logger.warn(
      `Slack refused the message for event ${eventId}: ${reason}; the connection of workspace ${workspaceId} is now broken`,
    );
    throw new UnrecoverableError(`Slack refused the message: ${reason}`);
  }

  /**
   * The breaker is open: Slack is not called. The job waits about as long as the breaker stays
   * open, then comes back; moving it to delayed this way uses none of its attempts.
   */
  private waitForBreaker(job: SlackJob, retryAfterMs: number | undefined): Promise<never> {
    // Until the fleet's breaker may half-open (the failure says when), else a whole reset time.
    const waitMs = retryAfterMs ?? this.outbound.settingsOf(SLACK).resetMs;
    return postponeJob(job, waitMs, 'circuit open');
  }
}
