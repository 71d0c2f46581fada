import type { ApiPropertyOptions } from '@nestjs/swagger';

import { WORKSPACE_ROLES } from '../../../common/auth/workspace-role';
import { EXAMPLE_WORKSPACE_ID } from './openapi-examples';

/** The session's memberships (`Record<workspaceId, role>`), as login and GET /v1/me show them. */
export const MEMBERSHIPS_PROPERTY: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'string', enum: [...WORKSPACE_ROLES] },
  example: { [EXAMPLE_WORKSPACE_ID]: 'owner' },
  description: 'Workspace id → your role in it, for every workspace you are a member of',
};
