import { Module } from '@nestjs/common';

import { ChangeMemberRoleHandler } from './application/change-member-role/change-member-role.handler';
import { ChangePasswordHandler } from './application/change-password/change-password.handler';
import { CreateWorkspaceHandler } from './application/create-workspace/create-workspace.handler';
import { ListMembersHandler } from './application/list-members/list-members.handler';
import { ListWorkspacesHandler } from './application/list-workspaces/list-workspaces.handler';
import { LogInHandler } from './application/log-in/log-in.handler';
import { LogOutHandler } from './application/log-out/log-out.handler';
import { MembershipSync } from './application/membership-sync';
import { RenameWorkspaceHandler } from './application/rename-workspace/rename-workspace.handler';
import { SignUpHandler } from './application/sign-up/sign-up.handler';
import { StartSession } from './application/start-session';
import { AuthController } from './http/auth.controller';
import { MembersController } from './http/members.controller';
import { WorkspacesController } from './http/workspaces.controller';
import { IdentityModule } from './identity.module';

@Module({
  imports: [IdentityModule],
  controllers: [AuthController, WorkspacesController, MembersController],
  providers: [
    MembershipSync,
    StartSession,
    SignUpHandler,
    LogInHandler,
    LogOutHandler,
    ChangePasswordHandler,
    CreateWorkspaceHandler,
    RenameWorkspaceHandler,
    ListWorkspacesHandler,
    ListMembersHandler,
    ChangeMemberRoleHandler,
  ],
})
export class IdentityHttpModule {}
