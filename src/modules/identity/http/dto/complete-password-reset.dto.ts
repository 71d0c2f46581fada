import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

import { EXAMPLE_PASSWORD, EXAMPLE_TOKEN } from '../../application/openapi-examples';
import { ACCOUNT_TOKEN_PATTERN } from '../../domain/account-token';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/password-policy';
import { PASSWORD_RULES } from './password-rules';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class CompletePasswordResetDto {
  @ApiProperty({
    description: 'The token from the password reset mail (43 characters, base64url)',
    pattern: ACCOUNT_TOKEN_PATTERN.source,
    example: EXAMPLE_TOKEN,
  })
  @IsString()
  @Matches(ACCOUNT_TOKEN_PATTERN, {
    message: 'token must be the 43-character token from the password reset mail',
  })
  token!: string;

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
