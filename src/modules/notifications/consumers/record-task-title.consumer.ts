import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { ProjectDeletedV1 } from '../../projects/contracts/project-deleted.event';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { TaskDeletedV1 } from '../../projects/contracts/task-deleted.event';
import { TaskUpdatedV1 } from '../../projects/contracts/task-updated.event';
import { forgetTaskTitles, recordTaskTitle } from '../persistence/task-titles.store';

type TitleEvent = TaskCreatedV1 | TaskUpdatedV1 | TaskDeletedV1 | ProjectDeletedV1;

/**
 * Keeps notifications.task_titles, so that a Slack message names the task it announces by its
 * current title, and forgets deleted tasks. task.moved is not followed: a title does not depend
 * on the project, and nothing here stores one.
 */
@EventConsumer({
  name: 'notifications.task-titles',
  events: [TaskCreatedV1, TaskUpdatedV1, TaskDeletedV1, ProjectDeletedV1],
})
export class RecordTaskTitleConsumer implements AppliesEvents<TitleEvent> {
  async apply(event: TitleEvent, manager: EntityManager): Promise<void> {
    const { workspaceId, occurredAt: at } = event;
    switch (event.type) {
      case TaskCreatedV1.TYPE:
      case TaskUpdatedV1.TYPE: {
        // task.updated carries the title after the update, changed or not.
        const { taskId, title } = event.payload;
        await recordTaskTitle(manager, { taskId, workspaceId, title, at });
        return;
      }
      case TaskDeletedV1.TYPE:
        await forgetTaskTitles(manager, workspaceId, [event.payload.taskId]);
        return;
      case ProjectDeletedV1.TYPE:
        await forgetTaskTitles(manager, workspaceId, event.payload.taskIds);
        return;
    }
  }
}
