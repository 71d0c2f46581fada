import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

import { EXAMPLE_EMAIL } from '../../application/openapi-examples';
import { NormalizedEmail } from './email.transform';

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
  @MaxLength(254)
  email!: string;
}
