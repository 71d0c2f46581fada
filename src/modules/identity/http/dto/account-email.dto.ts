import { ApiProperty } from '@nestjs/swagger';
import { IsEmail } from 'class-validator';

import { EXAMPLE_EMAIL } from '../../application/openapi-examples';
import { NormalizedEmail } from './email.transform';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

/** The address to mail (verification again, password reset): the answer is the same for any. */
export class AccountEmailDto {
  @ApiProperty({
    format: 'email',
    maxLength: 254,
    example: EXAMPLE_EMAIL,
    description: 'Trimmed and lower-cased before use',
  })
  @NormalizedEmail()
  @IsEmail()
  @MaxCodePoints(254)
  email!: string;
}
