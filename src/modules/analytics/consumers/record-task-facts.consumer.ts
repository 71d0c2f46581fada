import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskAssignedV1 } from '../../projects/contracts/task-assigned.event';
import { TaskCompletedV1 } from '../../projects/contracts/task-completed.event';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { TaskReopenedV1 } from '../../projects/contracts/task-reopened.event';
import {
  FILL_CREATED_AT,
  SET_ASSIGNEE,
  SET_COMPLETION,
  SET_REOPENED,
} from '../persistence/task-facts.upserts';

type TaskEvent = TaskCreatedV1 | TaskAssignedV1 | TaskCompletedV1 | TaskReopenedV1;

/**
 * Feeds `analytics.task_facts`, one row per task. Ordering is best effort, so every event upserts:
 * whichever event of a task arrives first creates the row, and a state change older than the row's
 * `state_changed_at` is ignored (see task-facts.upserts.ts for the rules).
 */
@EventConsumer({
  name: 'analytics.task-facts',
  events: [TaskCreatedV1, TaskAssignedV1, TaskCompletedV1, TaskReopenedV1],
})
export class RecordTaskFactsConsumer implements AppliesEvents<TaskEvent> {
  async apply(event: TaskEvent, manager: EntityManager): Promise<void> {
    const { workspaceId, occurredAt } = event;
    switch (event.type) {
      case TaskCreatedV1.TYPE: {
        const { taskId, projectId, assigneeId } = event.payload;
        await manager.query(FILL_CREATED_AT, [
          taskId,
          workspaceId,
          projectId,
          assigneeId,
          occurredAt,
        ]);
        return;
      }
      case TaskAssignedV1.TYPE: {
        const { taskId, projectId, assigneeId } = event.payload;
        await manager.query(SET_ASSIGNEE, [taskId, workspaceId, projectId, assigneeId, occurredAt]);
        return;
      }
      case TaskCompletedV1.TYPE: {
        const { taskId, projectId, assigneeId, completedAt } = event.payload;
        const at = [occurredAt, completedAt];
        await manager.query(SET_COMPLETION, [taskId, workspaceId, projectId, assigneeId, ...at]);
        return;
      }
      case TaskReopenedV1.TYPE: {
        const { taskId, projectId } = event.payload;
        await manager.query(SET_REOPENED, [taskId, workspaceId, projectId, occurredAt]);
        return;
      }
    }
  }
}
