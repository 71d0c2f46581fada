import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

import { MAX_CURSOR_LENGTH } from '../../../../common/pagination/keyset-cursor';

import { QUEUE_NAMES, type QueueName } from '../../queue-names';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class DeadLettersQueryDto {
  @ApiPropertyOptional({
    enum: QUEUE_NAMES,
    enumName: 'QueueName',
    example: 'email',
    description: 'One queue; all queues when left out',
  })
  @IsOptional()
  @IsIn(QUEUE_NAMES)
  queue?: QueueName;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 500,
    default: 50,
    example: 50,
    description: 'How many, newest first, across the queues asked for',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit: number = 50;

  // PageQueryDto's cursor; not extended from it, because this list's released `limit` goes to 500.
  @ApiPropertyOptional({
    description:
      'The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. ' +
      'Any other value is 400 `invalid-cursor`.',
    maxLength: MAX_CURSOR_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxCodePoints(MAX_CURSOR_LENGTH)
  cursor?: string;
}

export class RedriveQueryDto {
  @ApiPropertyOptional({
    enum: QUEUE_NAMES,
    enumName: 'QueueName',
    example: 'system',
    description: 'The queue, for jobs whose id does not name it (ids not made by newJobId)',
  })
  @IsOptional()
  @IsIn(QUEUE_NAMES)
  queue?: QueueName;
}
