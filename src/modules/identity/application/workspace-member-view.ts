import { ApiProperty } from '@nestjs/swagger';

import type { WorkspaceRole } from '../../../common/auth/workspace-role';
import { EXAMPLE_CREATED_AT, EXAMPLE_EMAIL, EXAMPLE_USER_ID } from './openapi-examples';
import { WORKSPACE_ROLE_SCHEMA } from './role-schemas';

/** One member of a workspace, as every member of it sees them. */
export class WorkspaceMemberView {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_USER_ID })
  userId!: string;

  @ApiProperty({ format: 'email', example: EXAMPLE_EMAIL })
  email!: string;

  @ApiProperty({ ...WORKSPACE_ROLE_SCHEMA, example: 'owner' })
  role!: WorkspaceRole;

  @ApiProperty({ format: 'date-time', example: EXAMPLE_CREATED_AT })
  joinedAt!: string;
}
