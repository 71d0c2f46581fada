import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

import { NormalizedEmail } from './email.transform';

/** The address to mail (verification again, password reset): the answer is the same for any. */
export class AccountEmailDto {
  @ApiProperty({ example: 'ann@example.com' })
  @NormalizedEmail()
  @IsEmail()
  @MaxLength(254)
  email!: string;
}
