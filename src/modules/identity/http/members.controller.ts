import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ChangeMemberRoleCommand } from '../application/change-member-role/change-member-role.command';
import { ListMembersQuery, type MemberView } from '../application/list-members/list-members.query';
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
  list(@UuidParam('workspaceId') workspaceId: string): Promise<MemberView[]> {
    return this.queries.execute(new ListMembersQuery({ workspaceId }));
  }

  @Put('members/:userId/role')
  @HttpCode(204)
  @Auth('admin')
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
