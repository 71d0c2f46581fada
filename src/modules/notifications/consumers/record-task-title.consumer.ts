import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { TaskTitleEntity } from '../persistence/task-title.entity';

/** Keeps notifications.task_titles, so that a Slack message can name the task it announces. */
@EventConsumer({ name: 'notifications.task-titles', events: [TaskCreatedV1] })
export class RecordTaskTitleConsumer implements AppliesEvents<TaskCreatedV1> {
  async apply(event: TaskCreatedV1, manager: EntityManager): Promise<void> {
    const { taskId, title } = event.payload;
    await manager
      .createQueryBuilder()
      .insert()
      .into(TaskTitleEntity)
      .values({ taskId, workspaceId: event.workspaceId, title })
      .orIgnore()
      .execute();
  }
}
