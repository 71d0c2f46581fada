import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { TaskDeletedV1 } from '../../projects/contracts/task-deleted.event';
import { forgetKnownTask, recordKnownTask } from '../persistence/known-tasks.store';

/** Keeps media.known_tasks, so that uploads are accepted only for tasks of their workspace. */
@EventConsumer({ name: 'media.known-tasks', events: [TaskCreatedV1, TaskDeletedV1] })
export class RecordKnownTaskConsumer implements AppliesEvents<TaskCreatedV1 | TaskDeletedV1> {
  async apply(event: TaskCreatedV1 | TaskDeletedV1, manager: EntityManager): Promise<void> {
    if (event instanceof TaskDeletedV1) {
      await forgetKnownTask(manager, event.workspaceId, event.payload.taskId);
    } else {
      await recordKnownTask(manager, event.workspaceId, event.payload.taskId);
    }
  }
}
