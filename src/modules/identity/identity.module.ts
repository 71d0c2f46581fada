import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuthGuard } from '../../common/auth/auth.guard';
import { SessionReader } from '../../common/auth/session-reader';
import { AccountTokenEntity } from './persistence/account-token.entity';
import { InvitationEntity } from './persistence/invitation.entity';
import { MembershipEntity } from './persistence/membership.entity';
import { UserEntity } from './persistence/user.entity';
import { WorkspaceEntity } from './persistence/workspace.entity';
import { SessionStore } from './sessions/session-store';

/**
 * Identity's shared providers. Global because every module's routes use `@Auth()`, whose guard
 * needs the SessionReader that only identity can provide.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UserEntity,
      WorkspaceEntity,
      MembershipEntity,
      InvitationEntity,
      AccountTokenEntity,
    ]),
  ],
  providers: [SessionStore, { provide: SessionReader, useExisting: SessionStore }, AuthGuard],
  exports: [TypeOrmModule, SessionStore, SessionReader, AuthGuard],
})
export class IdentityModule {}
