import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MinLength } from 'class-validator';

import { LABEL_COLOR, LABEL_NAME_MAX } from '../../domain/label-rules';
import { Trimmed } from './trimmed.transform';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class CreateLabelDto {
  @ApiProperty({
    minLength: 1,
    maxLength: LABEL_NAME_MAX,
    description:
      'Surrounding blanks are removed; unique in the workspace ignoring case (409 otherwise)',
    example: 'Bug',
  })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxCodePoints(LABEL_NAME_MAX)
  name!: string;

  @ApiProperty({ pattern: LABEL_COLOR.source, description: '`#rrggbb`', example: '#d73a4a' })
  @IsString()
  @Matches(LABEL_COLOR)
  color!: string;
}
