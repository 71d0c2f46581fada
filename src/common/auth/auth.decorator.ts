import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';

import { AuthGuard } from './auth.guard';
import { REQUIRED_WORKSPACE_ROLE } from './required-workspace-role.metadata';
import type { WorkspaceRole } from './workspace-role';

/**
 * `@Auth()`: any signed-in user. `@Auth('admin')`: on a /workspaces/:workspaceId route, a member
 * with at least that role (non-members get 404, lower roles 403).
 */
export function Auth(minimumWorkspaceRole?: WorkspaceRole): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_WORKSPACE_ROLE, minimumWorkspaceRole ?? null),
    UseGuards(AuthGuard),
    // The document's bearer scheme (src/app/openapi/openapi-document.ts), named here because the
    // document adds 401/403/404 to the operations that require it by that name.
    ApiBearerAuth('bearer'),
  );
}
