import type {
  IntegrationEvent,
  IntegrationEventClass,
} from '../../../common/contracts/integration-event';
import { InvitationAcceptedV1 } from '../../identity/contracts/invitation-accepted.event';
import { MemberJoinedV1 } from '../../identity/contracts/member-joined.event';
import { MemberLeftV1 } from '../../identity/contracts/member-left.event';
import { MemberRoleChangedV1 } from '../../identity/contracts/member-role-changed.event';
import { AttachmentReadyV1 } from '../../media/contracts/attachment-ready.event';
import { SlackConnectedV1 } from '../../notifications/contracts/slack-connected.event';
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
import { ExportReadyV1 } from '../contracts/export-ready.event';
import type { ActivityLogDraft } from './activity-log-entry';
import { excerptOf, excerptOrNull } from './excerpt';

type Describe<E extends IntegrationEvent> = (payload: E['payload']) => ActivityLogDraft;
type Description = readonly [IntegrationEventClass, Describe<never>];

/** One event the log shows, with how it is told. Fields are copied by name, never spread. */
function describe<E extends IntegrationEvent>(
  event: IntegrationEventClass<E>,
  how: Describe<E>,
): Description {
  return [event, how as Describe<never>];
}

const workspaceLevel = { projectId: null, taskId: null } as const;

const DESCRIBED: readonly Description[] = [
  describe(MemberJoinedV1, ({ userId, role, via }) => ({
    subjectType: 'member',
    subjectId: userId,
    ...workspaceLevel,
    summary: { role, via },
  })),
  describe(MemberLeftV1, ({ userId, reason }) => ({
    subjectType: 'member',
    subjectId: userId,
    ...workspaceLevel,
    summary: { reason },
  })),
  describe(MemberRoleChangedV1, ({ userId, from, to }) => ({
    subjectType: 'member',
    subjectId: userId,
    ...workspaceLevel,
    summary: { role: { from, to } },
  })),
  describe(InvitationAcceptedV1, ({ invitationId, userId, invitedBy, role }) => ({
    subjectType: 'invitation',
    subjectId: invitationId,
    ...workspaceLevel,
    summary: { userId, invitedBy, role },
  })),

  describe(ProjectCreatedV1, ({ projectId, name }) => project(projectId, { name })),
  describe(ProjectUpdatedV1, ({ projectId, name, changes }) =>
    project(projectId, {
      name,
      changes: {
        name: changes.name,
        description: changes.description && {
          from: excerptOrNull(changes.description.from),
          to: excerptOrNull(changes.description.to),
        },
      },
    }),
  ),
  describe(ProjectArchivedV1, ({ projectId, name }) => project(projectId, { name })),
  describe(ProjectUnarchivedV1, ({ projectId, name }) => project(projectId, { name })),
  describe(ProjectDeletedV1, ({ projectId, name, taskIds }) =>
    project(projectId, { name, taskCount: taskIds.length }),
  ),

  describe(TaskCreatedV1, ({ taskId, projectId, title, assigneeId }) =>
    task(taskId, projectId, { title, assigneeId }),
  ),
  describe(TaskUpdatedV1, ({ taskId, projectId, title, changes }) =>
    task(taskId, projectId, {
      title,
      changes: {
        title: changes.title,
        description: changes.description && {
          from: excerptOrNull(changes.description.from),
          to: excerptOrNull(changes.description.to),
        },
        dueAt: changes.dueAt,
        dueTimeZone: changes.dueTimeZone,
        startOn: changes.startOn,
        priority: changes.priority,
        labelIds: changes.labelIds,
      },
    }),
  ),
  describe(TaskAssignedV1, ({ taskId, projectId, assigneeId, previousAssigneeId }) =>
    task(taskId, projectId, { assignee: { from: previousAssigneeId, to: assigneeId } }),
  ),
  describe(TaskCompletedV1, ({ taskId, projectId, assigneeId }) =>
    task(taskId, projectId, { assigneeId }),
  ),
  describe(TaskReopenedV1, ({ taskId, projectId }) => task(taskId, projectId, {})),
  describe(TaskMovedV1, ({ taskId, fromProjectId, toProjectId }) =>
    task(taskId, toProjectId, { project: { from: fromProjectId, to: toProjectId } }),
  ),
  describe(TaskDeletedV1, ({ taskId, projectId }) => task(taskId, projectId, {})),

  describe(CommentCreatedV1, ({ commentId, taskId, projectId, authorId, body }) =>
    comment(commentId, taskId, projectId, { authorId, excerpt: excerptOf(body) }),
  ),
  describe(CommentEditedV1, ({ commentId, taskId, projectId, authorId, body }) =>
    comment(commentId, taskId, projectId, { authorId, excerpt: excerptOf(body) }),
  ),
  describe(CommentDeletedV1, ({ commentId, taskId, projectId, authorId }) =>
    comment(commentId, taskId, projectId, { authorId }),
  ),

  describe(LabelCreatedV1, ({ labelId, name, color }) => label(labelId, { name, color })),
  describe(LabelUpdatedV1, ({ labelId, name, color, changes }) =>
    label(labelId, { name, color, changes: { name: changes.name, color: changes.color } }),
  ),
  describe(LabelDeletedV1, ({ labelId, name, taskCount }) => label(labelId, { name, taskCount })),

  // The task's project is not in the payload: the consumer fills it in from the task's earlier entries.
  describe(AttachmentReadyV1, ({ attachmentId, taskId, fileName, contentType, size }) => ({
    subjectType: 'attachment',
    subjectId: attachmentId,
    projectId: null,
    taskId,
    summary: { fileName, contentType, size },
  })),
  // Only that Slack was connected: the webhook URL is a secret and is not in the event anyway.
  describe(SlackConnectedV1, ({ connectionId }) => ({
    subjectType: 'slack-connection',
    subjectId: connectionId,
    ...workspaceLevel,
    summary: {},
  })),
  // No object key: where the file lies in the bucket is the export's business, not the feed's.
  describe(ExportReadyV1, ({ exportId, format, from, to, rows }) => ({
    subjectType: 'export',
    subjectId: exportId,
    ...workspaceLevel,
    summary: { format, from, to, rows },
  })),
];

/** The event classes the consumer subscribes to: exactly those described here. */
export const ACTIVITY_LOG_EVENTS: IntegrationEventClass[] = DESCRIBED.map(([event]) => event);
const HOW_TO_TELL = new Map(DESCRIBED.map(([event, how]) => [event.TYPE, how]));

/** The log entry an event makes, or undefined for an event the log does not show. */
export function describeActivity(event: IntegrationEvent): ActivityLogDraft | undefined {
  return HOW_TO_TELL.get(event.type)?.(event.payload as never);
}

function project(projectId: string, summary: ActivityLogDraft['summary']): ActivityLogDraft {
  return { subjectType: 'project', subjectId: projectId, projectId, taskId: null, summary };
}

function task(
  taskId: string,
  projectId: string,
  summary: ActivityLogDraft['summary'],
): ActivityLogDraft {
  return { subjectType: 'task', subjectId: taskId, projectId, taskId, summary };
}

function comment(
  commentId: string,
  taskId: string,
  projectId: string,
  summary: ActivityLogDraft['summary'],
): ActivityLogDraft {
  return { subjectType: 'comment', subjectId: commentId, projectId, taskId, summary };
}

function label(labelId: string, summary: ActivityLogDraft['summary']): ActivityLogDraft {
  return { subjectType: 'label', subjectId: labelId, ...workspaceLevel, summary };
}
