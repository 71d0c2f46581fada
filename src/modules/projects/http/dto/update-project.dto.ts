import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';

import { PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX } from '../../domain/text-limits';
import { Trimmed } from './trimmed.transform';

/** Only the fields sent change; `description: null` clears the description. */
export class UpdateProjectDto {
  @ApiPropertyOptional({ maxLength: PROJECT_NAME_MAX })
  // Not @IsOptional(): that would let `name: null` through to a NOT NULL column.
  @ValidateIf((dto: UpdateProjectDto) => dto.name !== undefined)
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(PROJECT_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ type: String, maxLength: PROJECT_DESCRIPTION_MAX, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_DESCRIPTION_MAX)
  description?: string | null;
}
