import type { ApiPropertyOptions } from '@nestjs/swagger';

import { WORKSPACE_ROLES } from '../../../common/auth/workspace-role';
import { INVITABLE_ROLES } from '../domain/invitable-role';

/*
 * The role enums as named OpenAPI schemas. The generator gives a named enum the description of
 * the first property it meets ("The caller's role in the workspace"); the `enumSchema` that every
 * later use repeats puts the enum's own back. A single use passes that text as its description.
 */

export const WORKSPACE_ROLE_SCHEMA = {
  enum: [...WORKSPACE_ROLES],
  enumName: 'WorkspaceRole',
  enumSchema: { description: 'A role in a workspace, strongest first' },
} satisfies ApiPropertyOptions;

export const INVITABLE_ROLE_SCHEMA = {
  enum: [...INVITABLE_ROLES],
  enumName: 'InvitableRole',
  enumSchema: {
    description: 'The role the invitee joins with; owners are made by promotion, never invited',
  },
} satisfies ApiPropertyOptions;
