import { ApiProperty } from '@nestjs/swagger';

import type { WorkspaceRole } from '../../../common/auth/workspace-role';
import {
  EXAMPLE_CREATED_AT,
  EXAMPLE_WORKSPACE_ID,
  EXAMPLE_WORKSPACE_NAME,
} from './openapi-examples';
import { WORKSPACE_ROLE_SCHEMA } from './role-schemas';

/** A workspace as one of its members sees it, with the caller's own role in it. */
export class WorkspaceView {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_WORKSPACE_ID })
  id!: string;

  @ApiProperty({ example: EXAMPLE_WORKSPACE_NAME, maxLength: 100 })
  name!: string;

  @ApiProperty({
    ...WORKSPACE_ROLE_SCHEMA,
    example: 'owner',
    description: "The caller's role in the workspace",
  })
  role!: WorkspaceRole;

  @ApiProperty({ format: 'date-time', example: EXAMPLE_CREATED_AT })
  createdAt!: string;
}
