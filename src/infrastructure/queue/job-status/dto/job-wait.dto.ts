import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class JobWaitDto {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'Long-poll up to this long for the job to finish (ms); 0 answers at once',
    minimum: 0,
    maximum: 30000,
    default: 0,
    example: 10000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30_000)
  waitMs: number = 0;
}
