import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskCompletedV1 } from '../../projects/contracts/task-completed.event';
import {
  SLACK_TASK_COMPLETED_JOB,
  type SlackNotificationJobData,
  type SlackNotificationJobResult,
  slackJobIdOf,
} from '../application/slack-notification-job';
import { activeConnectionOf } from '../persistence/slack-connections.store';

/**
 * A completed task in a workspace with an active Slack connection becomes a job on the
 * notifications queue; Slack itself is only ever called by the job. A broken or missing
 * connection enqueues nothing. The job id comes from the event id, so a redelivered event (or a
 * retry after this transaction failed to commit) adds no second job.
 */
@EventConsumer({ name: 'notifications.slack', events: [TaskCompletedV1] })
export class NotifySlackConsumer implements AppliesEvents<TaskCompletedV1> {
  constructor(
    @InjectQueue('notifications')
    private readonly queue: Queue<SlackNotificationJobData, SlackNotificationJobResult>,
  ) {}

  async apply(event: TaskCompletedV1, manager: EntityManager): Promise<void> {
    if (!(await activeConnectionOf(manager, event.workspaceId))) return;
    const { taskId, projectId } = event.payload;
    await this.queue.add(
      SLACK_TASK_COMPLETED_JOB,
      { workspaceId: event.workspaceId, taskId, projectId, eventId: event.id },
      { jobId: slackJobIdOf(event.id) },
    );
  }
}
