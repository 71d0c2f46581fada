import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskCompletedV1 } from '../../projects/contracts/task-completed.event';
import { TaskReopenedV1 } from '../../projects/contracts/task-reopened.event';
import { InboxDelivery } from '../application/deliver-notification/inbox-delivery';
import { DEFAULT_DELIVERIES } from '../domain/notification-kinds';
import { taskPartiesOf } from '../persistence/inbox-tasks.store';

type StatusEvent = TaskCompletedV1 | TaskReopenedV1;

/**
 * `task-completed` / `task-reopened`: the task's assignee, when someone else did it. A completion
 * names its assignee; a reopen does not, so it is looked up in notifications.inbox_tasks.
 */
@EventConsumer({
  name: 'notifications.inbox-task-status',
  events: [TaskCompletedV1, TaskReopenedV1],
})
export class NotifyTaskStatusConsumer implements AppliesEvents<StatusEvent> {
  constructor(private readonly inbox: InboxDelivery) {}

  async apply(event: StatusEvent, manager: EntityManager): Promise<void> {
    const { taskId } = event.payload;
    const task = await taskPartiesOf(manager, taskId);
    const assigneeId =
      event instanceof TaskCompletedV1 ? event.payload.assigneeId : task.assigneeId;
    if (assigneeId === null || assigneeId === event.actorId) return;
    const kind = event instanceof TaskCompletedV1 ? 'task-completed' : 'task-reopened';
    await this.inbox.deliver(manager, {
      userId: assigneeId,
      workspaceId: event.workspaceId,
      kind,
      defaultDelivery: DEFAULT_DELIVERIES[kind],
      taskId,
      actorId: event.actorId,
      subject: { taskTitle: task.title },
    });
  }
}
