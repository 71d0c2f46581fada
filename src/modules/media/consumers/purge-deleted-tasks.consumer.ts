import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { ProjectDeletedV1 } from '../../projects/contracts/project-deleted.event';
import { TaskDeletedV1 } from '../../projects/contracts/task-deleted.event';
import {
  PURGE_DELAY_MS,
  PURGE_DELETED_TASKS_JOB,
  type PurgeDeletedTasksJobData,
  purgeJobIdOf,
} from '../application/purge-deleted-tasks-job';
import { recordDeletedTasks } from '../persistence/deleted-tasks.store';
import { forgetKnownTasks } from '../persistence/known-tasks.store';

/**
 * A deleted task (or every task of a deleted project) takes no more uploads, and its attachments
 * are to be purged: this records both in media's schema, with the inbox row, and enqueues the
 * purge. S3 is never called here (slow, and it can fail): jobs/purge-deleted-tasks.ts does it.
 * Forgetting a task waits for an upload that holds it (known-tasks.store.ts, keepKnownTask), so
 * the purge sees every attachment written before.
 */
@EventConsumer({ name: 'media.deleted-tasks', events: [TaskDeletedV1, ProjectDeletedV1] })
export class PurgeDeletedTasksConsumer implements AppliesEvents<TaskDeletedV1 | ProjectDeletedV1> {
  constructor(@InjectQueue('media') private readonly queue: Queue<PurgeDeletedTasksJobData>) {}

  async apply(event: TaskDeletedV1 | ProjectDeletedV1, manager: EntityManager): Promise<void> {
    const taskIds =
      event instanceof ProjectDeletedV1 ? event.payload.taskIds : [event.payload.taskId];
    if (taskIds.length === 0) return;
    await forgetKnownTasks(manager, event.workspaceId, taskIds);
    await recordDeletedTasks(manager, event.workspaceId, taskIds, event.id);
    await this.queue.add(
      PURGE_DELETED_TASKS_JOB,
      { eventId: event.id },
      { jobId: purgeJobIdOf(event.id), delay: PURGE_DELAY_MS },
    );
  }
}
