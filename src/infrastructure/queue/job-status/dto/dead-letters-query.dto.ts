import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { QUEUE_NAMES, type QueueName } from '../../queue-names';

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
