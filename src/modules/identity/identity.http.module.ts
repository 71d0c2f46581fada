import { Module } from '@nestjs/common';

import { ownedByModule } from '../../infrastructure/database/module-roles/module-owner';
import { AcceptInvitationHandler } from './application/accept-invitation/accept-invitation.handler';
import { AccountMailLimiter } from './application/account-mail-limiter';
import { AccountTokenMail } from './application/account-token-mail';
import { ChangeMemberRoleHandler } from './application/change-member-role/change-member-role.handler';
import { ChangePasswordHandler } from './application/change-password/change-password.handler';
import { CompletePasswordResetHandler } from './application/complete-password-reset/complete-password-reset.handler';
import { CreateWorkspaceHandler } from './application/create-workspace/create-workspace.handler';
import { InviteMemberHandler } from './application/invite-member/invite-member.handler';
import { ListInvitationsHandler } from './application/list-invitations/list-invitations.handler';
import { ListMembersHandler } from './application/list-members/list-members.handler';
import { ListWorkspacesHandler } from './application/list-workspaces/list-workspaces.handler';
import { LogInHandler } from './application/log-in/log-in.handler';
import { LogOutHandler } from './application/log-out/log-out.handler';
import { MembershipSync } from './application/membership-sync';
import { RenameWorkspaceHandler } from './application/rename-workspace/rename-workspace.handler';
import { RequestPasswordResetHandler } from './application/request-password-reset/request-password-reset.handler';
import { ResendVerificationHandler } from './application/resend-verification/resend-verification.handler';
import { RevokeInvitationHandler } from './application/revoke-invitation/revoke-invitation.handler';
import { SignUpHandler } from './application/sign-up/sign-up.handler';
import { StartSession } from './application/start-session';
import { VerifyEmailHandler } from './application/verify-email/verify-email.handler';
import { AuthController } from './http/auth.controller';
import { EmailOwnershipController } from './http/email-ownership.controller';
import { InvitationsController } from './http/invitations.controller';
import { MembersController } from './http/members.controller';
import { WorkspacesController } from './http/workspaces.controller';
import { IdentityModule } from './identity.module';

@Module({
  imports: [IdentityModule],
  controllers: [
    AuthController,
    EmailOwnershipController,
    WorkspacesController,
    MembersController,
    InvitationsController,
  ],
  providers: [
    ownedByModule('identity'),
    MembershipSync,
    StartSession,
    AccountMailLimiter,
    AccountTokenMail,
    SignUpHandler,
    VerifyEmailHandler,
    ResendVerificationHandler,
    RequestPasswordResetHandler,
    CompletePasswordResetHandler,
    LogInHandler,
    LogOutHandler,
    ChangePasswordHandler,
    CreateWorkspaceHandler,
    RenameWorkspaceHandler,
    ListWorkspacesHandler,
    ListMembersHandler,
    ChangeMemberRoleHandler,
    InviteMemberHandler,
    ListInvitationsHandler,
    RevokeInvitationHandler,
    AcceptInvitationHandler,
  ],
})
export class IdentityHttpModule {}
