import type { IntegrationEventClass } from '../../../common/contracts/integration-event';
import { MemberJoinedV1 } from '../../identity/contracts/member-joined.event';
import { MemberLeftV1 } from '../../identity/contracts/member-left.event';
import { MemberRoleChangedV1 } from '../../identity/contracts/member-role-changed.event';
import { ProjectCreatedV1 } from '../../projects/contracts/project-created.event';
import { TaskAssignedV1 } from '../../projects/contracts/task-assigned.event';
import { TaskCompletedV1 } from '../../projects/contracts/task-completed.event';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { TaskReopenedV1 } from '../../projects/contracts/task-reopened.event';

/** The integration events customers may subscribe to; add a class here to publish it to them. */
export const PUBLIC_EVENTS: IntegrationEventClass[] = [
  MemberJoinedV1,
  MemberLeftV1,
  MemberRoleChangedV1,
  ProjectCreatedV1,
  TaskCreatedV1,
  TaskAssignedV1,
  TaskCompletedV1,
  TaskReopenedV1,
];

export const PUBLIC_EVENT_TYPES: readonly string[] = PUBLIC_EVENTS.map((event) => event.TYPE);

/** Sent by `POST …/endpoints/{id}/test` to that endpoint only; nobody subscribes to it. */
export const TEST_EVENT_TYPE = 'webhooks.test.v1';
