import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, MaxLength } from 'class-validator';

import { INVITABLE_ROLES, type InvitableRole } from '../../domain/invitable-role';
import { NormalizedEmail } from './email.transform';

export class InviteMemberDto {
  @ApiProperty({ example: 'bob@example.com' })
  @NormalizedEmail()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: INVITABLE_ROLES, description: 'Owners are made by promotion, not invited' })
  @IsIn(INVITABLE_ROLES)
  role!: InvitableRole;
}
