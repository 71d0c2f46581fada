import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MinLength,
  ValidateBy,
  type ValidationArguments,
} from 'class-validator';

import { PageQueryDto } from '../../../../common/pagination/page-query.dto';
import { TASK_PRIORITIES, type TaskPriority } from '../../domain/task-priority';
import { TASK_STATUSES, type TaskStatus } from '../../domain/task-status';
import { TASK_VIEW_SORTS, type TaskViewSortName } from '../../domain/task-view-sort';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

/** Longest `q`: a search is a few words; longer input only costs the parser. */
export const TASK_SEARCH_MAX = 200;

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// An instant needs its offset: a bare local time would be read in the server's zone.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const TRUE_ONLY = ['true'] as const;
const BOOLEAN = (value: unknown) => (value === 'true' ? true : value === 'false' ? false : value);

/** A rule between two parameters, reported on the one that breaks it. */
const Holds = (rule: (dto: ListWorkspaceTasksDto) => boolean, message: string) =>
  ValidateBy({
    name: 'holds',
    validator: {
      validate: (_value: unknown, args?: ValidationArguments) =>
        rule(args?.object as ListWorkspaceTasksDto),
      defaultMessage: () => message,
    },
  });

export class ListWorkspaceTasksDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Only tasks assigned to this user (a uuid), or to the caller (`me`)',
    example: 'me',
  })
  @IsOptional()
  @Matches(/^me$/.source + '|' + UUID.source, undefined, {
    message: 'assigneeId must be a uuid or "me"',
  })
  assigneeId?: string;

  @ApiPropertyOptional({
    enum: TRUE_ONLY,
    description: 'Only tasks nobody is assigned to; not together with `assigneeId`',
  })
  @IsOptional()
  @IsIn(TRUE_ONLY)
  @Holds((dto) => dto.assigneeId === undefined, 'unassigned cannot be combined with assigneeId')
  unassigned?: 'true';

  @ApiPropertyOptional({ enum: TASK_STATUSES, enumName: 'TaskStatus', example: 'open' })
  @IsOptional()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      "Only this project's tasks; another workspace's project id matches no task (an empty page)",
  })
  @IsOptional()
  @Matches(UUID, { message: 'projectId must be a uuid' })
  projectId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only tasks carrying this label' })
  @IsOptional()
  @Matches(UUID, { message: 'labelId must be a uuid' })
  labelId?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only tasks due strictly before this instant (with an offset or `Z`)',
    example: '2026-03-07T00:00:00+01:00',
  })
  @IsOptional()
  @Matches(INSTANT, { message: 'dueBefore must be an ISO 8601 instant with an offset' })
  dueBefore?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only tasks due at or after this instant (with an offset or `Z`)',
    example: '2026-03-01T00:00:00Z',
  })
  @IsOptional()
  @Matches(INSTANT, { message: 'dueAfter must be an ISO 8601 instant with an offset' })
  dueAfter?: string;

  @ApiPropertyOptional({
    enum: TRUE_ONLY,
    description: 'Only open tasks whose due instant has passed',
  })
  @IsOptional()
  @IsIn(TRUE_ONLY)
  overdue?: 'true';

  @ApiPropertyOptional({ enum: TASK_PRIORITIES, enumName: 'TaskPriority', example: 'high' })
  @IsOptional()
  @IsIn(TASK_PRIORITIES)
  priority?: TaskPriority;

  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Also tasks of archived projects: `true` or `false`',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => BOOLEAN(value))
  @IsIn([true, false], { message: 'includeArchived must be true or false' })
  includeArchived: boolean = false;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: TASK_SEARCH_MAX,
    description:
      'Full-text search in titles, descriptions and comments, web-search syntax (`"exact ' +
      'phrase"`, `or`, `-word`); words match whole, in any language (no stemming)',
    example: 'launch post',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxCodePoints(TASK_SEARCH_MAX)
  q?: string;

  @ApiPropertyOptional({
    enum: TASK_VIEW_SORTS,
    description:
      'Sort key, ascending; `-` in front: descending. Tasks without a due date come last in ' +
      'either direction; ties are broken by task id. Default: `rank` (best match first) with ' +
      '`q`, else `due`. `rank` needs `q`.',
    example: '-priority',
  })
  @IsOptional()
  @IsIn(TASK_VIEW_SORTS)
  @Holds((dto) => dto.sort !== 'rank' || dto.q !== undefined, 'sort=rank needs q')
  sort?: TaskViewSortName;
}
