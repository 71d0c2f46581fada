import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

import { WORKSPACE_ROLES, type WorkspaceRole } from '../../../../common/auth/workspace-role';

export class MemberRoleDto {
  @ApiProperty({
    enum: WORKSPACE_ROLES,
    example: 'admin',
    description: 'Only an owner can grant, change or remove the owner role',
  })
  @IsIn(WORKSPACE_ROLES)
  role!: WorkspaceRole;
}
