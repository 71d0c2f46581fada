import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MinLength, ValidateIf } from 'class-validator';

import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from '../../domain/text-limits';
import { TaskFieldsDto } from './task-fields.dto';
import { Trimmed } from './trimmed.transform';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

/** Only the fields sent change; `description: null` clears the description. */
export class UpdateTaskDto extends TaskFieldsDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: TASK_TITLE_MAX,
    description: 'Surrounding blanks are removed; what is left must not be empty. Not null.',
    example: 'Draft and publish the launch post',
  })
  // Not @IsOptional(): that would let `title: null` through to a NOT NULL column.
  @ValidateIf((dto: UpdateTaskDto) => dto.title !== undefined)
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxCodePoints(TASK_TITLE_MAX)
  title?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: TASK_DESCRIPTION_MAX,
    nullable: true,
    description: 'null clears the description',
    example: 'Two paragraphs, a screenshot and a link to the changelog',
  })
  @IsOptional()
  @IsString()
  @MaxCodePoints(TASK_DESCRIPTION_MAX)
  description?: string | null;
}
