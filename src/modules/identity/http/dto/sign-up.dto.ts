import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MinLength } from 'class-validator';

import {
  EXAMPLE_EMAIL,
  EXAMPLE_PASSWORD,
  EXAMPLE_WORKSPACE_NAME,
} from '../../application/openapi-examples';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../domain/password-policy';
import { NormalizedEmail } from './email.transform';
import { PASSWORD_RULES } from './password-rules';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class SignUpDto {
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

  @ApiProperty({
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    example: EXAMPLE_PASSWORD,
    description: PASSWORD_RULES,
  })
  @IsString()
  @MaxCodePoints(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({
    example: EXAMPLE_WORKSPACE_NAME,
    minLength: 1,
    maxLength: 100,
    description: 'Name of the first workspace',
  })
  @IsString()
  @MinLength(1)
  @MaxCodePoints(100)
  workspaceName!: string;
}
