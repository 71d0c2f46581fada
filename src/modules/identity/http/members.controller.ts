import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { nextPageLinkHeader } from '../../../common/http/openapi/next-page-link.header';
import { ArrayListQueryDto } from '../../../common/pagination/array-list-query.dto';
import type { Page } from '../../../common/pagination/page';
import { Paged } from '../../../common/pagination/paged.decorator';
import { ChangeMemberRoleCommand } from '../application/change-member-role/change-member-role.command';
import { ListMembersQuery } from '../application/list-members/list-members.query';
import { WorkspaceMemberView } from '../application/workspace-member-view';
import { MemberRoleDto } from './dto/member-role.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

@ApiTags('members')
@Controller('workspaces/:workspaceId')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('members')
  @Auth('viewer')
  @ApiOperation({
    operationId: 'listWorkspaceMembers',
    summary: "List a workspace's members",
    description:
      'In the order they joined: `limit` per page (100 unless asked for fewer), the next page ' +
      'in the `Link` header (docs/API.md, "Lists").',
  })
  @ApiOkResponse({
    type: [WorkspaceMemberView],
    description: 'The members: one page',
    headers: { Link: nextPageLinkHeader() },
  })
  @ApiProblems({ 400: ['invalid-cursor'] })
  @Paged('items')
  list(
    @UuidParam('workspaceId') workspaceId: string,
    @Query() query: ArrayListQueryDto,
  ): Promise<Page<WorkspaceMemberView>> {
    return this.queries.execute(
      new ListMembersQuery({ workspaceId, limit: query.limit, cursor: query.cursor }),
    );
  }

  @Put('members/:userId/role')
  @HttpCode(204)
  @Auth('admin')
  @ApiOperation({
    operationId: 'changeWorkspaceMemberRole',
    summary: "Change a member's role",
    description:
      'Only an owner can grant, change or remove the owner role, and the last owner cannot ' +
      'step down. Setting the role a member already has changes nothing.',
  })
  @ApiNoContentResponse({ description: 'The member has the role' })
  @ApiProblems({
    403: ['only-owners-manage-owners'],
    404: ['member-not-found'],
    409: ['last-owner-must-stay'],
  })
  async changeRole(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('userId') userId: string,
    @Body() body: MemberRoleDto,
  ): Promise<void> {
    await this.commands.execute(
      new ChangeMemberRoleCommand({
        actorId: actor.userId,
        workspaceId,
        targetUserId: userId,
        newRole: body.role,
      }),
    );
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @Auth('admin')
  @ApiOperation({
    operationId: 'removeWorkspaceMember',
    summary: 'Remove a member from a workspace',
    description: 'Only an owner can remove an owner, and never the last one.',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems({
    403: ['only-owners-manage-owners'],
    404: ['member-not-found'],
    409: ['last-owner-must-stay'],
  })
  async remove(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('userId') userId: string,
  ): Promise<void> {
    await this.commands.execute(
      new ChangeMemberRoleCommand({
        actorId: actor.userId,
        workspaceId,
        targetUserId: userId,
        newRole: null,
      }),
    );
  }

  @Post('leave')
  @HttpCode(204)
  @Auth('viewer')
  @ApiOperation({
    operationId: 'leaveWorkspace',
    summary: 'Leave a workspace',
    description: 'The last owner cannot leave: make someone else owner first.',
  })
  @ApiNoContentResponse({ description: 'You are no longer a member' })
  @ApiProblems({ 404: ['member-not-found'], 409: ['last-owner-must-stay'] })
  async leave(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
  ): Promise<void> {
    await this.commands.execute(
      new ChangeMemberRoleCommand({
        actorId: actor.userId,
        workspaceId,
        targetUserId: actor.userId,
        newRole: null,
      }),
    );
  }
}
