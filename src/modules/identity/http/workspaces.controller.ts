import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { CreateWorkspaceCommand } from '../application/create-workspace/create-workspace.command';
import { ListWorkspacesQuery } from '../application/list-workspaces/list-workspaces.query';
import { RenameWorkspaceCommand } from '../application/rename-workspace/rename-workspace.command';
import type { WorkspaceView } from '../application/workspace-view';
import { WorkspaceNameDto } from './dto/workspace-name.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

@ApiTags('workspaces')
@Controller('workspaces')
export class WorkspacesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Auth()
  list(@CurrentActor() actor: Actor): Promise<WorkspaceView[]> {
    return this.queries.execute(new ListWorkspacesQuery({ actorId: actor.userId }));
  }

  @Post()
  @Auth()
  @Idempotent()
  create(@CurrentActor() actor: Actor, @Body() body: WorkspaceNameDto): Promise<WorkspaceView> {
    return this.commands.execute(
      new CreateWorkspaceCommand({ actorId: actor.userId, name: body.name }),
    );
  }

  @Patch(':workspaceId')
  @Auth('admin')
  rename(
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: WorkspaceNameDto,
  ): Promise<{ id: string; name: string }> {
    return this.commands.execute(new RenameWorkspaceCommand({ workspaceId, name: body.name }));
  }
}
