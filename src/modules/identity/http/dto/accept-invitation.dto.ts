import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

import { EXAMPLE_TOKEN } from '../../application/openapi-examples';
import { INVITATION_TOKEN_PATTERN } from '../../domain/invitation-token';

export class AcceptInvitationDto {
  @ApiProperty({
    description: 'The token from the invitation mail (43 characters, base64url)',
    pattern: INVITATION_TOKEN_PATTERN.source,
    example: EXAMPLE_TOKEN,
  })
  @IsString()
  @Matches(INVITATION_TOKEN_PATTERN, {
    message: 'token must be the 43-character token from the invitation mail',
  })
  token!: string;
}
