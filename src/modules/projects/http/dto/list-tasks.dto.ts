import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

import { TASK_STATUSES, type TaskStatus } from '../../domain/task-status';
import { IsTaskCursor } from './is-task-cursor';

export const MAX_TASK_PAGE = 100;

export class ListTasksDto {
  @ApiPropertyOptional({
    enum: TASK_STATUSES,
    enumName: 'TaskStatus',
    description: 'Only tasks in this status',
    example: 'open',
  })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only tasks assigned to this user',
    example: '8d0b5c1e-2f4a-4e6b-9c3d-7a1e5f9b2c44',
  })
  @IsOptional()
  @IsUUID('all')
  assigneeId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_TASK_PAGE,
    default: 50,
    description: 'Tasks per page',
    example: 50,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TASK_PAGE)
  limit: number = 50;

  @ApiPropertyOptional({
    description:
      'The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. ' +
      'Any other value is 400.',
    example: 'WyJ0YXNrcyIsIjEwMjQiXQ',
  })
  @IsOptional()
  @IsTaskCursor()
  cursor?: string;
}
