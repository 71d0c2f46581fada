import type { EntityManager } from 'typeorm';

import type { IntegrationEvent } from '../../../common/contracts/integration-event';
import {
  type AppliesEvents,
  EventConsumer,
} from '../../../infrastructure/events/event-consumer.decorator';
import { MemberJoinedV1 } from '../../identity/contracts/member-joined.event';
import { ProjectCreatedV1 } from '../../projects/contracts/project-created.event';
import { TaskAssignedV1 } from '../../projects/contracts/task-assigned.event';
import { TaskCompletedV1 } from '../../projects/contracts/task-completed.event';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { TaskReopenedV1 } from '../../projects/contracts/task-reopened.event';
import { type ActivityKind, NO_PROJECT } from '../domain/activity-kind';

type ActivityEvent =
  | ProjectCreatedV1
  | TaskCreatedV1
  | TaskAssignedV1
  | TaskCompletedV1
  | TaskReopenedV1
  | MemberJoinedV1;

const KIND_OF: Record<string, ActivityKind> = {
  [ProjectCreatedV1.TYPE]: 'projectsCreated',
  [TaskCreatedV1.TYPE]: 'tasksCreated',
  [TaskAssignedV1.TYPE]: 'tasksAssigned',
  [TaskCompletedV1.TYPE]: 'tasksCompleted',
  [TaskReopenedV1.TYPE]: 'tasksReopened',
  [MemberJoinedV1.TYPE]: 'membersJoined',
};

/**
 * Feeds the activity read model: a fact per event and a +1 on its day's counter. The inbox makes
 * each event count once; the fact's primary key (the event id) would refuse a second one anyway.
 */
@EventConsumer({
  name: 'analytics.activity',
  events: [
    ProjectCreatedV1,
    TaskCreatedV1,
    TaskAssignedV1,
    TaskCompletedV1,
    TaskReopenedV1,
    MemberJoinedV1,
  ],
})
export class RecordActivityConsumer implements AppliesEvents<ActivityEvent> {
  async apply(event: ActivityEvent, manager: EntityManager): Promise<void> {
    const kind = KIND_OF[event.type];
    const projectId = projectOf(event);
    const recorded: unknown[] = await manager.query(
      `INSERT INTO analytics.activity_facts (event_id, workspace_id, project_id, actor_id, kind, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
      [event.id, event.workspaceId, projectId, event.actorId, kind, event.occurredAt],
    );
    if (recorded.length === 0) return;
    await manager.query(
      `INSERT INTO analytics.daily_counters (workspace_id, project_id, day, kind, count)
       VALUES ($1, $2, ($3::timestamptz AT TIME ZONE 'UTC')::date, $4, 1)
       ON CONFLICT (workspace_id, project_id, day, kind)
       DO UPDATE SET count = analytics.daily_counters.count + 1`,
      [event.workspaceId, projectId ?? NO_PROJECT, event.occurredAt, kind],
    );
  }
}

function projectOf(event: IntegrationEvent): string | null {
  const payload = event.payload as { projectId?: string };
  return payload.projectId ?? null;
}
