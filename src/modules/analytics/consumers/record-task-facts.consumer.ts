import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskAssignedV1 } from '../../projects/contracts/task-assigned.event';
import { TaskCompletedV1 } from '../../projects/contracts/task-completed.event';
import { ProjectDeletedV1 } from '../../projects/contracts/project-deleted.event';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { TaskDeletedV1 } from '../../projects/contracts/task-deleted.event';
import { TaskMovedV1 } from '../../projects/contracts/task-moved.event';
import { TaskReopenedV1 } from '../../projects/contracts/task-reopened.event';
import {
  FILL_CREATED_AT,
  SET_ASSIGNEE,
  SET_COMPLETION,
  SET_DELETED,
  SET_PROJECT,
  SET_REOPENED,
} from '../persistence/task-facts.upserts';

type TaskEvent =
  | TaskCreatedV1
  | TaskAssignedV1
  | TaskCompletedV1
  | TaskReopenedV1
  | TaskMovedV1
  | TaskDeletedV1
  | ProjectDeletedV1;

/**
 * Feeds `analytics.task_facts`, one row per task. Ordering is best effort, so every event upserts:
 * whichever event of a task arrives first creates the row, and a state change older than the row's
 * `state_changed_at` is ignored (see task-facts.upserts.ts for the rules). A moved task's
 * completions count for its new project; a deleted task (alone or with its project) leaves the
 * reports.
 */
@EventConsumer({
  name: 'analytics.task-facts',
  events: [
    TaskCreatedV1,
    TaskAssignedV1,
    TaskCompletedV1,
    TaskReopenedV1,
    TaskMovedV1,
    TaskDeletedV1,
    ProjectDeletedV1,
  ],
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
      case TaskMovedV1.TYPE: {
        const { taskId, toProjectId } = event.payload;
        await manager.query(SET_PROJECT, [taskId, workspaceId, toProjectId, occurredAt]);
        return;
      }
      case TaskDeletedV1.TYPE: {
        const { taskId, projectId } = event.payload;
        await manager.query(SET_DELETED, [[taskId], workspaceId, projectId, occurredAt]);
        return;
      }
      case ProjectDeletedV1.TYPE: {
        const { taskIds, projectId } = event.payload;
        if (taskIds.length === 0) return;
        await manager.query(SET_DELETED, [taskIds, workspaceId, projectId, occurredAt]);
        return;
      }
    }
  }
}
