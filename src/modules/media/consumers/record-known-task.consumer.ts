import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { recordKnownTask } from '../persistence/known-tasks.store';

/**
 * Keeps media.known_tasks, so that uploads are accepted only for tasks of their workspace.
 * Deletions are consumers/purge-deleted-tasks.consumer.ts's.
 */
@EventConsumer({ name: 'media.known-tasks', events: [TaskCreatedV1] })
export class RecordKnownTaskConsumer implements AppliesEvents<TaskCreatedV1> {
  async apply(event: TaskCreatedV1, manager: EntityManager): Promise<void> {
    await recordKnownTask(manager, event.workspaceId, event.payload.taskId);
  }
}
