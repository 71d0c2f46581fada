import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { nextPageLinkHeader } from '../../../common/http/openapi/next-page-link.header';
import { ArrayListQueryDto } from '../../../common/pagination/array-list-query.dto';
import type { Page } from '../../../common/pagination/page';
import { Paged } from '../../../common/pagination/paged.decorator';
import { CreateWorkspaceCommand } from '../application/create-workspace/create-workspace.command';
import { ListWorkspacesQuery } from '../application/list-workspaces/list-workspaces.query';
import { RenameWorkspaceCommand } from '../application/rename-workspace/rename-workspace.command';
import { RenamedWorkspaceView } from '../application/rename-workspace/renamed-workspace-view';
import { WorkspaceView } from '../application/workspace-view';
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
  @ApiOperation({
    operationId: 'listWorkspaces',
    summary: "List the signed-in user's workspaces",
    description:
      'Every workspace the user is a member of, with their role, oldest first: `limit` per page ' +
      '(100 unless asked for fewer), the next page in the `Link` header (docs/API.md, "Lists").',
  })
  @ApiOkResponse({
    type: [WorkspaceView],
    description: 'Your workspaces: one page',
    headers: { Link: nextPageLinkHeader() },
  })
  @ApiProblems({ 400: ['invalid-cursor'] })
  @Paged('items')
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ArrayListQueryDto,
  ): Promise<Page<WorkspaceView>> {
    return this.queries.execute(
      new ListWorkspacesQuery({ actorId: actor.userId, limit: query.limit, cursor: query.cursor }),
    );
  }

  @Post()
  @Auth()
  @ApiOperation({
    operationId: 'createWorkspace',
    summary: 'Create a workspace',
    description: 'The signed-in user becomes its owner.',
  })
  @ApiCreatedResponse({ type: WorkspaceView, description: 'Created, with the owner role' })
  @Idempotent()
  create(@CurrentActor() actor: Actor, @Body() body: WorkspaceNameDto): Promise<WorkspaceView> {
    return this.commands.execute(
      new CreateWorkspaceCommand({ actorId: actor.userId, name: body.name }),
    );
  }

  @Patch(':workspaceId')
  @Auth('admin')
  @ApiOperation({ operationId: 'renameWorkspace', summary: 'Rename a workspace' })
  @ApiOkResponse({ type: RenamedWorkspaceView, description: 'Renamed' })
  rename(
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: WorkspaceNameDto,
  ): Promise<RenamedWorkspaceView> {
    return this.commands.execute(new RenameWorkspaceCommand({ workspaceId, name: body.name }));
  }
}
