import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX } from '../../domain/text-limits';
import { Trimmed } from './trimmed.transform';

export class CreateProjectDto {
  @ApiProperty({ example: 'Website relaunch', maxLength: PROJECT_NAME_MAX })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(PROJECT_NAME_MAX)
  name!: string;

  @ApiPropertyOptional({ type: String, maxLength: PROJECT_DESCRIPTION_MAX, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROJECT_DESCRIPTION_MAX)
  description?: string | null;
}
