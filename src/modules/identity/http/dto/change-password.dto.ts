import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

import { EXAMPLE_PASSWORD } from '../../application/openapi-examples';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/password-policy';
import { PASSWORD_RULES } from './password-rules';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class ChangePasswordDto {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, example: 'old-violet-otter-41-lamp' })
  @IsString()
  @MaxCodePoints(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    example: EXAMPLE_PASSWORD,
    description: PASSWORD_RULES,
  })
  @IsString()
  @MaxCodePoints(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}
