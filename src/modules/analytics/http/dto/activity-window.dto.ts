import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_ACTIVITY_DAYS = 90;

export class ActivityWindowDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_ACTIVITY_DAYS,
    default: 30,
    example: 30,
    description: 'UTC days covered, today included',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_ACTIVITY_DAYS)
  days: number = 30;
}
