import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { QUEUE_NAMES, type QueueName } from '../../queue-names';

export class DeadLettersQueryDto {
  @ApiPropertyOptional({ enum: QUEUE_NAMES, description: 'One queue; all queues when left out' })
  @IsOptional()
  @IsIn(QUEUE_NAMES)
  queue?: QueueName;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
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
    description: 'The queue, for jobs whose id does not name it (ids not made by newJobId)',
  })
  @IsOptional()
  @IsIn(QUEUE_NAMES)
  queue?: QueueName;
}
