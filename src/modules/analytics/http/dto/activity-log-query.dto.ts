import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

import { PageQueryDto } from '../../../../common/pagination/page-query.dto';

/** An instant, not a local time: a date, a time and Z or an offset (`2026-12-03T10:00:00Z`). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = '$property must be an ISO-8601 instant with Z or an offset';

const uuidFilter = (description: string) =>
  ApiPropertyOptional({
    format: 'uuid',
    description,
    example: '8d0b5c1e-2f4a-4e6b-9c3d-7a1e5f9b2c44',
  });
const instantFilter = (description: string) =>
  ApiPropertyOptional({
    format: 'date-time',
    description: `${description} (ISO-8601 with Z or an offset)`,
    example: '2026-12-03T00:00:00Z',
  });

export class ActivityLogQueryDto extends PageQueryDto {
  @uuidFilter('Only what this user did')
  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @uuidFilter('Only entries about this project, its tasks and their comments and attachments')
  @IsOptional()
  @IsUUID('all')
  projectId?: string;

  @uuidFilter('Only entries about this task, its comments and attachments')
  @IsOptional()
  @IsUUID('all')
  taskId?: string;

  @instantFilter('Only entries that occurred before this instant')
  @IsOptional()
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  before?: string;

  @instantFilter('Only entries that occurred at or after this instant')
  @IsOptional()
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  after?: string;
}
