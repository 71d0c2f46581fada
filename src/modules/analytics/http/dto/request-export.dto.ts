import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Validate, ValidatorConstraint } from 'class-validator';
import type { ValidatorConstraintInterface } from 'class-validator';

import {
  EXPORT_FORMATS,
  type ExportFormat,
  MAX_EXPORT_DAYS,
  parseDay,
} from '../../domain/export-range';

@ValidatorConstraint({ name: 'isCalendarDay' })
class IsCalendarDay implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseDay(value) !== null;
  }
  defaultMessage(): string {
    return '$property must be a calendar day written as YYYY-MM-DD';
  }
}

/** The range's order and length are checked once both ends are valid days (rangeProblems). */
export class RequestExportDto {
  @ApiProperty({ enum: EXPORT_FORMATS, example: 'csv' })
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;

  @ApiProperty({ example: '2026-01-01', description: 'First UTC day, included' })
  @IsString()
  @Validate(IsCalendarDay)
  from!: string;

  @ApiProperty({
    example: '2026-01-31',
    description: `Last UTC day, included; at most ${MAX_EXPORT_DAYS} days after from, counting both`,
  })
  @IsString()
  @Validate(IsCalendarDay)
  to!: string;
}
