import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { nextPageLinkHeader } from '../../../common/http/openapi/next-page-link.header';
import { ArrayListQueryDto } from '../../../common/pagination/array-list-query.dto';
import type { Page } from '../../../common/pagination/page';
import { Paged } from '../../../common/pagination/paged.decorator';
import { AcceptInvitationCommand } from '../application/accept-invitation/accept-invitation.command';
import { InvitationView } from '../application/invitation-view';
import { InviteMemberCommand } from '../application/invite-member/invite-member.command';
import { ListInvitationsQuery } from '../application/list-invitations/list-invitations.query';
import { RevokeInvitationCommand } from '../application/revoke-invitation/revoke-invitation.command';
import { WorkspaceView } from '../application/workspace-view';
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
  @ApiOperation({
    operationId: 'inviteWorkspaceMember',
    summary: 'Invite someone to a workspace by email',
    description:
      'Mails a one-time token, valid for seven days, to the address; the answer never contains ' +
      'it. A new invitation to the same address replaces the pending one.',
  })
  @ApiCreatedResponse({ type: InvitationView, description: 'Invited; the mail is on its way' })
  @ApiProblems({ 409: ['already-member'] })
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
  @ApiOperation({
    operationId: 'listWorkspaceInvitations',
    summary: "List a workspace's pending invitations",
    description:
      'Oldest first; accepted, revoked and expired invitations are left out. `limit` per page ' +
      '(100 unless asked for fewer), the next page in the `Link` header (docs/API.md, "Lists").',
  })
  @ApiOkResponse({
    type: [InvitationView],
    description: 'The pending invitations: one page',
    headers: { Link: nextPageLinkHeader() },
  })
  @ApiProblems({ 400: ['invalid-cursor'] })
  @Paged('items')
  list(
    @UuidParam('workspaceId') workspaceId: string,
    @Query() query: ArrayListQueryDto,
  ): Promise<Page<InvitationView>> {
    return this.queries.execute(
      new ListInvitationsQuery({ workspaceId, limit: query.limit, cursor: query.cursor }),
    );
  }

  @Delete('workspaces/:workspaceId/invitations/:invitationId')
  @HttpCode(204)
  @Auth('admin')
  @ApiOperation({
    operationId: 'revokeInvitation',
    summary: 'Revoke a pending invitation',
    description: 'Its token stops working; the mail already sent stays sent.',
  })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems({ 404: ['invitation-not-found'] })
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
  @ApiOperation({
    operationId: 'acceptInvitation',
    summary: 'Accept an invitation with the mailed token',
    description:
      'For the signed-in user whose verified address the invitation was sent to: joins the ' +
      'workspace with the invited role. Unknown, expired and used tokens get the same 404.',
  })
  @ApiOkResponse({ type: WorkspaceView, description: 'Joined; the workspace with your role' })
  @ApiProblems({
    403: ['email-not-verified', 'invitation-for-another-email'],
    404: ['invitation-not-found'],
    409: ['already-member'],
  })
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
