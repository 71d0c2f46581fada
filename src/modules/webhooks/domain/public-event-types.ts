import type { IntegrationEventClass } from '../../../common/contracts/integration-event';
import { MemberJoinedV1 } from '../../identity/contracts/member-joined.event';
import { MemberLeftV1 } from '../../identity/contracts/member-left.event';
import { MemberRoleChangedV1 } from '../../identity/contracts/member-role-changed.event';
import { CommentCreatedV1 } from '../../projects/contracts/comment-created.event';
import { CommentDeletedV1 } from '../../projects/contracts/comment-deleted.event';
import { CommentEditedV1 } from '../../projects/contracts/comment-edited.event';
import { LabelCreatedV1 } from '../../projects/contracts/label-created.event';
import { LabelDeletedV1 } from '../../projects/contracts/label-deleted.event';
import { LabelUpdatedV1 } from '../../projects/contracts/label-updated.event';
import { ProjectArchivedV1 } from '../../projects/contracts/project-archived.event';
import { ProjectCreatedV1 } from '../../projects/contracts/project-created.event';
import { ProjectDeletedV1 } from '../../projects/contracts/project-deleted.event';
import { ProjectUnarchivedV1 } from '../../projects/contracts/project-unarchived.event';
import { ProjectUpdatedV1 } from '../../projects/contracts/project-updated.event';
import { TaskAssignedV1 } from '../../projects/contracts/task-assigned.event';
import { TaskCompletedV1 } from '../../projects/contracts/task-completed.event';
import { TaskCreatedV1 } from '../../projects/contracts/task-created.event';
import { TaskDeletedV1 } from '../../projects/contracts/task-deleted.event';
import { TaskMovedV1 } from '../../projects/contracts/task-moved.event';
import { TaskReopenedV1 } from '../../projects/contracts/task-reopened.event';
import { TaskUpdatedV1 } from '../../projects/contracts/task-updated.event';

/**
 * The integration events customers may subscribe to; add a class here to publish it to them.
 * The list only grows: requests take these as an enum (a new value is wider input); answers show
 * them in `subscribedEventTypes`, plain strings, because a new value of a response enum breaks
 * clients (docs/API.md, "What counts as breaking").
 */
export const PUBLIC_EVENTS: IntegrationEventClass[] = [
  MemberJoinedV1,
  MemberLeftV1,
  MemberRoleChangedV1,
  ProjectCreatedV1,
  ProjectUpdatedV1,
  ProjectArchivedV1,
  ProjectUnarchivedV1,
  ProjectDeletedV1,
  TaskCreatedV1,
  TaskUpdatedV1,
  TaskAssignedV1,
  TaskCompletedV1,
  TaskReopenedV1,
  TaskMovedV1,
  TaskDeletedV1,
  CommentCreatedV1,
  CommentEditedV1,
  CommentDeletedV1,
  LabelCreatedV1,
  LabelUpdatedV1,
  LabelDeletedV1,
];

export const PUBLIC_EVENT_TYPES: readonly string[] = PUBLIC_EVENTS.map((event) => event.TYPE);

/**
 * The public types of the first v1 release, frozen: the enum of an endpoint's `eventTypes` in
 * answers, which can never grow within v1. Newer types appear only in `subscribedEventTypes`.
 */
export const FIRST_RELEASE_EVENT_TYPES: readonly string[] = [
  MemberJoinedV1.TYPE,
  MemberLeftV1.TYPE,
  MemberRoleChangedV1.TYPE,
  ProjectCreatedV1.TYPE,
  TaskCreatedV1.TYPE,
  TaskAssignedV1.TYPE,
  TaskCompletedV1.TYPE,
  TaskReopenedV1.TYPE,
];

/** Sent by `POST …/endpoints/{id}/test` to that endpoint only; nobody subscribes to it. */
export const TEST_EVENT_TYPE = 'webhooks.test.v1';
