import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsUUID,
  ValidateIf,
} from 'class-validator';

import { TASK_LABELS_MAX } from '../../domain/label-rules';
import { TASK_PRIORITIES, type TaskPriority } from '../../domain/task-priority';
import { IsCalendarDate, IsIanaTimeZone, IsInstantWithOffset } from './task-field-validators';

/**
 * The scheduling and classification fields of a task, the same on create and on PATCH: left out,
 * a field keeps its value (on create: its default); null clears a nullable one.
 */
export class TaskFieldsDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When the task is due: an ISO-8601 date-time with its offset (`Z` or `±hh:mm`); needs ' +
      '`dueTimeZone` (sent with it, or already on the task). null clears it and its zone.',
    example: '2026-03-06T17:00:00+01:00',
  })
  @IsOptional()
  @IsInstantWithOffset()
  dueAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 64,
    description: 'The IANA time zone of the due date; only together with a due date',
    example: 'Europe/Berlin',
  })
  @IsOptional()
  @IsIanaTimeZone()
  dueTimeZone?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: "YYYY-MM-DD; not after the due date's day in `dueTimeZone`. null clears it.",
    example: '2026-03-02',
  })
  @IsOptional()
  @IsCalendarDate()
  startOn?: string | null;

  @ApiPropertyOptional({
    enum: TASK_PRIORITIES,
    enumName: 'TaskPriority',
    description: '`none` is the default; not null',
    example: 'high',
  })
  // Not @IsOptional(): that would let null through to a NOT NULL column.
  @ValidateIf((dto: TaskFieldsDto) => dto.priority !== undefined)
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: TASK_LABELS_MAX,
    uniqueItems: true,
    description:
      "The task's labels, all of them (replaces the set; `[]` removes every label): ids of " +
      "this workspace's labels, else 400 `unknown-label`. Not null.",
    example: ['0c6f4e2a-9d1b-4b7e-8a3c-5f2d1e9b7a60'],
  })
  @ValidateIf((dto: TaskFieldsDto) => dto.labelIds !== undefined)
  @IsArray()
  @ArrayMaxSize(TASK_LABELS_MAX)
  @ArrayUnique((id: unknown) => (typeof id === 'string' ? id.toLowerCase() : id))
  @IsUUID('all', { each: true })
  labelIds?: string[];
}
