import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy';
import { NormalizedEmail } from './email.transform';

export class SignUpDto {
  @ApiProperty({ example: 'ann@example.com' })
  @NormalizedEmail()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 12, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Acme', description: 'Name of the first workspace' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  workspaceName!: string;
}
