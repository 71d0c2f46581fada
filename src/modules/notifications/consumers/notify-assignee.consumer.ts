import type { EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { TaskAssignedV1 } from '../../projects/contracts/task-assigned.event';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { InboxDelivery } from '../application/deliver-notification/inbox-delivery';
import { DEFAULT_DELIVERIES } from '../domain/notification-kinds';
import { taskPartiesOf } from '../persistence/inbox-tasks.store';

type AssignmentEvent = TaskCreatedV1 | TaskAssignedV1;

/** `assigned`: the new assignee of a task, unless they assigned it to themselves. */
@EventConsumer({ name: 'notifications.inbox-assigned', events: [TaskCreatedV1, TaskAssignedV1] })
export class NotifyAssigneeConsumer implements AppliesEvents<AssignmentEvent> {
  constructor(private readonly inbox: InboxDelivery) {}

  async apply(event: AssignmentEvent, manager: EntityManager): Promise<void> {
    const { taskId, assigneeId } = event.payload;
    if (assigneeId === null || assigneeId === event.actorId) return;
    const taskTitle =
      event instanceof TaskCreatedV1
        ? event.payload.title
        : (await taskPartiesOf(manager, taskId)).title;
    await this.inbox.deliver(manager, {
      userId: assigneeId,
      workspaceId: event.workspaceId,
      kind: 'assigned',
      defaultDelivery: DEFAULT_DELIVERIES.assigned,
      taskId,
      actorId: event.actorId,
      subject: { taskTitle },
    });
  }
}
