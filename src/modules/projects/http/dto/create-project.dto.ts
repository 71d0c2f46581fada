import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MinLength } from 'class-validator';

import { PROJECT_DESCRIPTION_MAX, PROJECT_NAME_MAX } from '../../domain/text-limits';
import { Trimmed } from './trimmed.transform';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class CreateProjectDto {
  @ApiProperty({
    example: 'Website relaunch',
    minLength: 1,
    maxLength: PROJECT_NAME_MAX,
    description: 'Surrounding blanks are removed; what is left must not be empty',
  })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxCodePoints(PROJECT_NAME_MAX)
  name!: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: PROJECT_DESCRIPTION_MAX,
    nullable: true,
    example: 'New landing pages and a faster checkout',
  })
  @IsOptional()
  @IsString()
  @MaxCodePoints(PROJECT_DESCRIPTION_MAX)
  description?: string | null;
}
