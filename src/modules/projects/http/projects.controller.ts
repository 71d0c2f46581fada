import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { ArchiveProjectCommand } from '../application/archive-project/archive-project.command';
import { CreateProjectCommand } from '../application/create-project/create-project.command';
import { GetProjectQuery } from '../application/get-project/get-project.query';
import { ListProjectsQuery } from '../application/list-projects/list-projects.query';
import type { ProjectView } from '../application/project-view';
import { UpdateProjectCommand } from '../application/update-project/update-project.command';
import { CreateProjectDto } from './dto/create-project.dto';
import { ListProjectsDto } from './dto/list-projects.dto';
import { UpdateProjectDto } from './dto/update-project.dto';
import { setLocation } from './location';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

@ApiTags('projects')
@Controller('workspaces/:workspaceId/projects')
export class ProjectsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Auth('member')
  @Idempotent()
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: CreateProjectDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectView> {
    const project = await this.commands.execute(
      new CreateProjectCommand({
        workspaceId,
        actorId: actor.userId,
        name: body.name,
        description: body.description ?? null,
      }),
    );
    setLocation(reply, workspaceId, `projects/${project.id}`);
    return project;
  }

  @Get()
  @Auth('viewer')
  list(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Query() query: ListProjectsDto,
  ): Promise<{ items: ProjectView[] }> {
    return this.queries.execute(
      new ListProjectsQuery({
        workspaceId,
        actorId: actor.userId,
        includeArchived: query.includeArchived,
      }),
    );
  }

  @Get(':projectId')
  @Auth('viewer')
  get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
  ): Promise<ProjectView> {
    return this.queries.execute(new GetProjectQuery({ workspaceId, projectId }));
  }

  @Patch(':projectId')
  @Auth('member')
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
    @Body() body: UpdateProjectDto,
  ): Promise<ProjectView> {
    const { name, description } = body;
    return this.commands.execute(
      new UpdateProjectCommand({
        workspaceId,
        actorId: actor.userId,
        projectId,
        changes: { name, description },
      }),
    );
  }

  @Post(':projectId/archive')
  @HttpCode(200)
  @Auth('admin')
  archive(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
  ): Promise<ProjectView> {
    return this.commands.execute(
      new ArchiveProjectCommand({ workspaceId, actorId: actor.userId, projectId }),
    );
  }
}
