import { ApiProperty } from '@nestjs/swagger';

import { PageOf } from '../../../../common/pagination/page';
import {
  ACTIVITY_SUBJECT_TYPES,
  type ActivitySubjectType,
  type ActivitySummary,
} from '../../domain/activity-log-entry';

export class ActivitySubject {
  @ApiProperty({ enum: ACTIVITY_SUBJECT_TYPES, enumName: 'ActivitySubjectType', example: 'task' })
  type!: ActivitySubjectType;

  @ApiProperty({ format: 'uuid', example: '3f0c1a52-7c1e-4a53-9d0e-1b2c3d4e5f60' })
  id!: string;
}

/** One line of the activity log: who did what to which thing, when. */
export class ActivityLogEntryView {
  @ApiProperty({ format: 'uuid', description: 'The id of the event it tells (unique)' })
  id!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-03T10:15:30.123Z' })
  occurredAt!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Who did it; null for the system',
  })
  actorId!: string | null;

  @ApiProperty({
    description:
      'What happened: the event type without module and version (`task.completed`, ' +
      '`member.role-changed`, `comment.created` …; docs/ANALYTICS.md lists them)',
    example: 'task.completed',
  })
  kind!: string;

  @ApiProperty({ type: ActivitySubject })
  subject!: ActivitySubject;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  projectId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  taskId!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Safe to show to any member: names and titles, `{from, to}` of changed fields, excerpts ' +
      'of at most 120 characters of free text; never secrets. Its fields depend on `kind`.',
    example: { title: 'Ship the release', assigneeId: null },
  })
  summary!: ActivitySummary;
}

export class ActivityLogPage extends PageOf(ActivityLogEntryView, 'ActivityLogPage') {}
