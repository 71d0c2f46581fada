import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MinLength, ValidateIf } from 'class-validator';

import { PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX } from '../../domain/text-limits';
import { Trimmed } from './trimmed.transform';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

/** Only the fields sent change; `description: null` clears the description. */
export class UpdateProjectDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: PROJECT_NAME_MAX,
    description: 'Surrounding blanks are removed; what is left must not be empty. Not null.',
    example: 'Website relaunch 2027',
  })
  // Not @IsOptional(): that would let `name: null` through to a NOT NULL column.
  @ValidateIf((dto: UpdateProjectDto) => dto.name !== undefined)
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxCodePoints(PROJECT_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: PROJECT_DESCRIPTION_MAX,
    nullable: true,
    description: 'null clears the description',
    example: 'Landing pages first, checkout in the second phase',
  })
  @IsOptional()
  @IsString()
  @MaxCodePoints(PROJECT_DESCRIPTION_MAX)
  description?: string | null;
}
