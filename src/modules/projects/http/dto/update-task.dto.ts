import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';

import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from '../../domain/text-limits';
import { Trimmed } from './trimmed.transform';

/** Only the fields sent change; `description: null` clears the description. */
export class UpdateTaskDto {
  @ApiPropertyOptional({ maxLength: TASK_TITLE_MAX })
  // Not @IsOptional(): that would let `title: null` through to a NOT NULL column.
  @ValidateIf((dto: UpdateTaskDto) => dto.title !== undefined)
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TASK_TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({ type: String, maxLength: TASK_DESCRIPTION_MAX, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TASK_DESCRIPTION_MAX)
  description?: string | null;
}
