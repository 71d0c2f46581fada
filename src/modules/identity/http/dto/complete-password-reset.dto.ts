import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';

import { ACCOUNT_TOKEN_PATTERN } from '../../domain/account-token';
import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy';

export class CompletePasswordResetDto {
  @ApiProperty({ description: 'The token from the password reset mail (43 characters, base64url)' })
  @IsString()
  @Matches(ACCOUNT_TOKEN_PATTERN, {
    message: 'token must be the 43-character token from the password reset mail',
  })
  token!: string;

  @ApiProperty({ minLength: 12, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}
