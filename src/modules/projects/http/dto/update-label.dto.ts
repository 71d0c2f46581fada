import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MinLength, ValidateIf } from 'class-validator';

import { LABEL_COLOR, LABEL_NAME_MAX } from '../../domain/label-rules';
import { Trimmed } from './trimmed.transform';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

/** Only the fields sent change; neither may be null. */
export class UpdateLabelDto {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: LABEL_NAME_MAX,
    description: 'Surrounding blanks are removed; unique in the workspace ignoring case',
    example: 'Defect',
  })
  // Not @IsOptional(): that would let null through to a NOT NULL column.
  @ValidateIf((dto: UpdateLabelDto) => dto.name !== undefined)
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxCodePoints(LABEL_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({
    pattern: LABEL_COLOR.source,
    description: '`#rrggbb`',
    example: '#b60205',
  })
  @ValidateIf((dto: UpdateLabelDto) => dto.color !== undefined)
  @IsString()
  @Matches(LABEL_COLOR)
  color?: string;
}
