import { ApiProperty } from '@nestjs/swagger';

import type { WorkspaceRole } from '../../../common/auth/workspace-role';
import { MEMBERSHIPS_PROPERTY } from './memberships-property';
import { EXAMPLE_EMAIL, EXAMPLE_USER_ID } from './openapi-examples';

/** The signed-in user as their session knows them (GET /v1/me): no database query. */
export class CurrentUserView {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_USER_ID })
  id!: string;

  @ApiProperty({ format: 'email', example: EXAMPLE_EMAIL })
  email!: string;

  @ApiProperty(MEMBERSHIPS_PROPERTY)
  memberships!: Record<string, WorkspaceRole>;
}
