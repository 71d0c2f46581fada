import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

import { LABEL_COLOR, LABEL_NAME_MAX } from '../../domain/label-rules';
import { Trimmed } from './trimmed.transform';

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
  @MaxLength(LABEL_NAME_MAX)
  name!: string;

  @ApiProperty({ pattern: LABEL_COLOR.source, description: '`#rrggbb`', example: '#d73a4a' })
  @IsString()
  @Matches(LABEL_COLOR)
  color!: string;
}
