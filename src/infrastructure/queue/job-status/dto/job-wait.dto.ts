import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class JobWaitDto {
  @ApiPropertyOptional({
    description: 'Long-poll up to this long for the job to finish (ms)',
    maximum: 30000,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30_000)
  waitMs: number = 0;
}
