import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength } from 'class-validator';

import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy';
import { NormalizedEmail } from './email.transform';

export class LogInDto {
  @ApiProperty()
  @NormalizedEmail()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
