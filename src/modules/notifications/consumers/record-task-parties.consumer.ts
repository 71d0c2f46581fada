import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskAssignedV1 } from '../../projects/contracts/task-assigned.event';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { TaskDeletedV1 } from '../../projects/contracts/task-deleted.event';
import { forgetTask, recordTaskParties } from '../persistence/inbox-tasks.store';

type TaskEvent = TaskCreatedV1 | TaskAssignedV1 | TaskDeletedV1;

/**
 * Keeps notifications.inbox_tasks: each task's creator and current assignee, whom a reopen or a
 * comment concerns (the reopen and comment events do not name them).
 */
@EventConsumer({
  name: 'notifications.inbox-tasks',
  events: [TaskCreatedV1, TaskAssignedV1, TaskDeletedV1],
})
export class RecordTaskPartiesConsumer implements AppliesEvents<TaskEvent> {
  async apply(event: TaskEvent, manager: EntityManager): Promise<void> {
    const { taskId } = event.payload;
    if (event instanceof TaskDeletedV1) return forgetTask(manager, taskId);
    await recordTaskParties(manager, {
      taskId,
      workspaceId: event.workspaceId,
      creatorId: event instanceof TaskCreatedV1 ? event.actorId : null,
      assigneeId: event.payload.assigneeId,
      occurredAt: event.occurredAt,
    });
  }
}
