import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

import { EXAMPLE_TOKEN } from '../../application/openapi-examples';
import { ACCOUNT_TOKEN_PATTERN } from '../../domain/account-token';

export class VerifyEmailDto {
  @ApiProperty({
    description: 'The token from the verification mail (43 characters, base64url)',
    pattern: ACCOUNT_TOKEN_PATTERN.source,
    example: EXAMPLE_TOKEN,
  })
  @IsString()
  @Matches(ACCOUNT_TOKEN_PATTERN, {
    message: 'token must be the 43-character token from the verification mail',
  })
  token!: string;
}
