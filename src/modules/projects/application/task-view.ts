import { ApiProperty } from '@nestjs/swagger';

import { TASK_LABELS_MAX } from '../domain/label-rules';
import { priorityOfRank, TASK_PRIORITIES, type TaskPriority } from '../domain/task-priority';
import { TASK_STATUSES, type TaskStatus } from '../domain/task-status';
import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from '../domain/text-limits';
import type { StoredTask } from '../persistence/stored-task';
import type { TaskRow } from '../persistence/task-page.read';

/** A task as clients see it; its position stays internal (cursors carry it, opaquely). */
export class TaskView {
  @ApiProperty({ format: 'uuid', example: '5b2e8f14-7c3a-4d9e-8f61-0a4b2c6d8e10' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '3f1c2a9e-6b7d-4c1e-9a8f-2d5e7b4c6a10' })
  projectId!: string;

  @ApiProperty({ maxLength: TASK_TITLE_MAX, example: 'Draft the launch post' })
  title!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: TASK_DESCRIPTION_MAX,
    example: 'Two paragraphs and a screenshot of the new checkout',
  })
  description!: string | null;

  @ApiProperty({ enum: TASK_STATUSES, enumName: 'TaskStatus', example: 'open' })
  status!: TaskStatus;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A member of the workspace; null when nobody is assigned',
    example: '8d0b5c1e-2f4a-4e6b-9c3d-7a1e5f9b2c44',
  })
  assigneeId!: string | null;

  @ApiProperty({
    format: 'uuid',
    description: 'The user who created the task',
    example: '8d0b5c1e-2f4a-4e6b-9c3d-7a1e5f9b2c44',
  })
  createdBy!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T09:20:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T11:05:31.000Z' })
  updatedAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the task was completed; null while it is open',
    example: null,
  })
  completedAt!: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the task is due, as a UTC instant; null: no due date',
    example: '2026-03-06T16:00:00.000Z',
  })
  dueAt!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The IANA time zone the due date was set in (for display and "due today"); present ' +
      'exactly when `dueAt` is',
    example: 'Europe/Berlin',
  })
  dueTimeZone!: string | null;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: "The day work starts; never after the due date's day in `dueTimeZone`",
    example: '2026-03-02',
  })
  startOn!: string | null;

  @ApiProperty({ enum: TASK_PRIORITIES, enumName: 'TaskPriority', example: 'high' })
  priority!: TaskPriority;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    maxItems: TASK_LABELS_MAX,
    description:
      "Ids of the workspace's labels the task carries, sorted (names and colours: " +
      '`GET /v1/workspaces/{workspaceId}/labels`)',
    example: ['0c6f4e2a-9d1b-4b7e-8a3c-5f2d1e9b7a60'],
  })
  labelIds!: string[];

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description:
      'Raised by every change of the task; the `ETag` of `GET` and `PATCH` is this number in ' +
      'quotes, for `If-Match`',
    example: 3,
  })
  version!: number;
}

/** A task loaded for a write or a row read for a list: both carry the fields a view shows. */
export function taskViewOf(task: StoredTask | TaskRow): TaskView {
  return {
    id: task.id,
    projectId: task.projectId,
    title: task.title,
    description: task.description,
    status: task.status,
    assigneeId: task.assigneeId,
    createdBy: task.createdBy,
    createdAt: task.createdAt.toISOString(),
    updatedAt: task.updatedAt.toISOString(),
    completedAt: task.completedAt?.toISOString() ?? null,
    dueAt: task.dueAt?.toISOString() ?? null,
    dueTimeZone: task.dueTimeZone,
    startOn: task.startOn,
    priority: priorityOfRank(task.priority),
    labelIds: task.labelIds,
    version: task.version,
  };
}
