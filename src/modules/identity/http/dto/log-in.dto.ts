import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString } from 'class-validator';

import { EXAMPLE_EMAIL, EXAMPLE_PASSWORD } from '../../application/openapi-examples';
import { PASSWORD_MAX_LENGTH } from '../../domain/password-policy';
import { NormalizedEmail } from './email.transform';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class LogInDto {
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

  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, example: EXAMPLE_PASSWORD })
  @IsString()
  @MaxCodePoints(PASSWORD_MAX_LENGTH)
  password!: string;
}
