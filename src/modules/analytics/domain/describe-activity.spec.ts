import type {
  IntegrationEvent,
  IntegrationEventClass,
} from '../../../common/contracts/integration-event';
import { newEventMetadata } from '../../../common/correlation/new-event-metadata';
import { SlackConnectedV1 } from '../../notifications/contracts/slack-connected.event';
import { CommentCreatedV1 } from '../../projects/contracts/comment-created.event';
import { TaskMovedV1 } from '../../projects/contracts/task-moved.event';
import { TaskUpdatedV1 } from '../../projects/contracts/task-updated.event';
import { ExportReadyV1 } from '../contracts/export-ready.event';
import { activityKindOf } from './activity-log-entry';
import { ACTIVITY_LOG_EVENTS, describeActivity } from './describe-activity';

const WORKSPACE = '00000000-0000-4000-8000-000000000001';
const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function eventOf<E extends IntegrationEvent>(
  type: IntegrationEventClass<E>,
  payload: E['payload'],
): E {
  return new type(payload as never, newEventMetadata(WORKSPACE, ID(99)));
}

describe('describeActivity', () => {
  it('logs every event the brief lists, under a kind without module and version', () => {
    expect(ACTIVITY_LOG_EVENTS.map((event) => activityKindOf(event.TYPE)).sort()).toEqual(
      [
        'member.joined',
        'member.left',
        'member.role-changed',
        'invitation.accepted',
        'project.created',
        'project.updated',
        'project.archived',
        'project.unarchived',
        'project.deleted',
        'task.created',
        'task.updated',
        'task.assigned',
        'task.completed',
        'task.reopened',
        'task.moved',
        'task.deleted',
        'comment.created',
        'comment.edited',
        'comment.deleted',
        'label.created',
        'label.updated',
        'label.deleted',
        'attachment.ready',
        'slack.connected',
        'export.ready',
      ].sort(),
    );
  });

  it('quotes only the changed fields of a task, with descriptions cut to an excerpt', () => {
    const draft = describeActivity(
      eventOf(TaskUpdatedV1, {
        taskId: ID(1),
        projectId: ID(2),
        title: 'Ship it',
        changes: {
          description: { from: null, to: `Long\n\n${'x'.repeat(500)}` },
          priority: { from: 'none', to: 'high' },
        },
      }),
    );
    expect(draft).toEqual({
      subjectType: 'task',
      subjectId: ID(1),
      projectId: ID(2),
      taskId: ID(1),
      summary: {
        title: 'Ship it',
        changes: {
          description: { from: null, to: `Long ${'x'.repeat(114)}…` },
          priority: { from: 'none', to: 'high' },
        },
      },
    });
    // Unchanged fields are absent from the stored JSON, not null.
    expect(JSON.parse(JSON.stringify(draft?.summary))).toEqual({
      title: 'Ship it',
      changes: {
        description: { from: null, to: `Long ${'x'.repeat(114)}…` },
        priority: { from: 'none', to: 'high' },
      },
    });
  });

  it('keeps a comment as an excerpt, never its whole body', () => {
    const body = `Secret plan: ${'y'.repeat(5000)}`;
    const draft = describeActivity(
      eventOf(CommentCreatedV1, {
        commentId: ID(3),
        taskId: ID(1),
        projectId: ID(2),
        authorId: ID(99),
        body,
        mentionedUserIds: [],
      }),
    );
    expect(draft).toMatchObject({ subjectType: 'comment', subjectId: ID(3), taskId: ID(1) });
    expect(JSON.stringify(draft?.summary).length).toBeLessThan(300);
  });

  it('files a moved task under its new project and says where it came from', () => {
    expect(
      describeActivity(
        eventOf(TaskMovedV1, { taskId: ID(1), fromProjectId: ID(2), toProjectId: ID(4) }),
      ),
    ).toEqual({
      subjectType: 'task',
      subjectId: ID(1),
      projectId: ID(4),
      taskId: ID(1),
      summary: { project: { from: ID(2), to: ID(4) } },
    });
  });

  it('leaves out what is not for a feed: object keys, anything Slack', () => {
    const exported = describeActivity(
      eventOf(ExportReadyV1, {
        exportId: ID(5),
        format: 'csv',
        from: '2026-11-01',
        to: '2026-11-30',
        rows: 12,
        objectKey: 'exports/secret-place.csv',
      }),
    );
    expect(exported?.summary).toEqual({
      format: 'csv',
      from: '2026-11-01',
      to: '2026-11-30',
      rows: 12,
    });
    const slack = eventOf(SlackConnectedV1, { connectionId: ID(6) });
    // A payload that grew a secret would still not reach the log: fields are copied by name.
    (slack.payload as unknown as Record<string, string>).webhookUrl = 'https://hooks.slack.com/x';
    expect(describeActivity(slack)).toEqual({
      subjectType: 'slack-connection',
      subjectId: ID(6),
      projectId: null,
      taskId: null,
      summary: {},
    });
  });
});
