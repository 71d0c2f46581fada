import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_REPORT_DAYS = 90;

export class ReportWindowDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_REPORT_DAYS,
    default: 30,
    example: 30,
    description: 'UTC days covered, today included',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_REPORT_DAYS)
  days: number = 30;
}
