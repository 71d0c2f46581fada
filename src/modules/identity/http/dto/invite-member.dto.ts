import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn } from 'class-validator';

import { EXAMPLE_INVITEE_EMAIL } from '../../application/openapi-examples';
import { INVITABLE_ROLES, type InvitableRole } from '../../domain/invitable-role';
import { NormalizedEmail } from './email.transform';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class InviteMemberDto {
  @ApiProperty({
    format: 'email',
    maxLength: 254,
    example: EXAMPLE_INVITEE_EMAIL,
    description: 'Trimmed and lower-cased before use',
  })
  @NormalizedEmail()
  @IsEmail()
  @MaxCodePoints(254)
  email!: string;

  @ApiProperty({
    enum: INVITABLE_ROLES,
    example: 'member',
    description: 'Owners are made by promotion, not invited',
  })
  @IsIn(INVITABLE_ROLES)
  role!: InvitableRole;
}
