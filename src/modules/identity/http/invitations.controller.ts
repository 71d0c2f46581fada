import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { AcceptInvitationCommand } from '../application/accept-invitation/accept-invitation.command';
import type { InvitationView } from '../application/invitation-view';
import { InviteMemberCommand } from '../application/invite-member/invite-member.command';
import { ListInvitationsQuery } from '../application/list-invitations/list-invitations.query';
import { RevokeInvitationCommand } from '../application/revoke-invitation/revoke-invitation.command';
import type { WorkspaceView } from '../application/workspace-view';
import { AcceptInvitationDto } from './dto/accept-invitation.dto';
import { InviteMemberDto } from './dto/invite-member.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** Mails a one-time token to the address; the answer never contains it. */
  @Post('workspaces/:workspaceId/invitations')
  @Auth('admin')
  @Idempotent()
  invite(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: InviteMemberDto,
  ): Promise<InvitationView> {
    return this.commands.execute(
      new InviteMemberCommand({
        actorId: actor.userId,
        actorEmail: actor.email,
        workspaceId,
        email: body.email,
        role: body.role,
      }),
    );
  }

  @Get('workspaces/:workspaceId/invitations')
  @Auth('admin')
  list(@UuidParam('workspaceId') workspaceId: string): Promise<InvitationView[]> {
    return this.queries.execute(new ListInvitationsQuery({ workspaceId }));
  }

  @Delete('workspaces/:workspaceId/invitations/:invitationId')
  @HttpCode(204)
  @Auth('admin')
  async revoke(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('invitationId') invitationId: string,
  ): Promise<void> {
    await this.commands.execute(new RevokeInvitationCommand({ workspaceId, invitationId }));
  }

  /** Any signed-in user whose email the invitation was sent to; joins with the invited role. */
  @Post('invitations/accept')
  @HttpCode(200)
  @Auth()
  accept(@CurrentActor() actor: Actor, @Body() body: AcceptInvitationDto): Promise<WorkspaceView> {
    return this.commands.execute(
      new AcceptInvitationCommand({
        actorId: actor.userId,
        actorEmail: actor.email,
        token: body.token,
      }),
    );
  }
}
