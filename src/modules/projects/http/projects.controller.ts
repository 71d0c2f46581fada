import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { nextPageLinkHeader } from '../../../common/http/openapi/next-page-link.header';
import { Paged } from '../../../common/pagination/paged.decorator';
import { ArchiveProjectCommand } from '../application/archive-project/archive-project.command';
import { CreateProjectCommand } from '../application/create-project/create-project.command';
import { DeleteProjectCommand } from '../application/delete-project/delete-project.command';
import { GetProjectQuery } from '../application/get-project/get-project.query';
import { ListProjectsQuery } from '../application/list-projects/list-projects.query';
import { ProjectList, ProjectView } from '../application/project-view';
import { UnarchiveProjectCommand } from '../application/unarchive-project/unarchive-project.command';
import { UpdateProjectCommand } from '../application/update-project/update-project.command';
import { CreateProjectDto } from './dto/create-project.dto';
import { ListProjectsDto } from './dto/list-projects.dto';
import { UpdateProjectDto } from './dto/update-project.dto';
import { ApiIfMatch, ETAG_HEADER, preconditionOf, setEntityTag } from './entity-tag';
import { PROJECT_LOCATION, setLocation } from './location';
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
  @ApiOperation({ operationId: 'createProject', summary: 'Create a project' })
  @ApiCreatedResponse({
    type: ProjectView,
    description: 'The new project',
    headers: { Location: PROJECT_LOCATION },
  })
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
  @ApiOperation({
    operationId: 'listProjects',
    summary: "List the workspace's projects",
    description:
      'Oldest first, `limit` per page (docs/API.md, "Lists"); archived projects only with ' +
      "`includeArchived=true`. Read from a replica, yet shows the caller's own writes " +
      '(read-your-writes).',
  })
  @ApiOkResponse({
    type: ProjectList,
    description: 'One page of projects',
    headers: { Link: nextPageLinkHeader() },
  })
  @ApiProblems({ 400: ['invalid-cursor'] })
  @Paged('page')
  list(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Query() query: ListProjectsDto,
  ): Promise<ProjectList> {
    return this.queries.execute(
      new ListProjectsQuery({
        workspaceId,
        actorId: actor.userId,
        includeArchived: query.includeArchived,
        limit: query.limit,
        cursor: query.cursor,
      }),
    );
  }

  @Get(':projectId')
  @Auth('viewer')
  @ApiOperation({ operationId: 'getProject', summary: 'Get a project' })
  @ApiOkResponse({ type: ProjectView, description: 'The project', headers: ETAG_HEADER })
  @ApiProblems({ 404: ['project-not-found'] })
  async get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectView> {
    const project = await this.queries.execute(new GetProjectQuery({ workspaceId, projectId }));
    setEntityTag(reply, project.version);
    return project;
  }

  @Patch(':projectId')
  @Auth('member')
  @ApiOperation({
    operationId: 'updateProject',
    summary: 'Rename a project or change its description',
    description:
      'Only the fields sent change; `description: null` clears the description. A real change ' +
      'publishes `projects.project.updated.v1`. With `If-Match`, a project changed since that ' +
      'version is left alone (412).',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: ProjectView, description: 'The project', headers: ETAG_HEADER })
  @ApiProblems({
    404: ['project-not-found'],
    409: ['project-archived'],
    412: ['precondition-failed'],
  })
  async update(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
    @Body() body: UpdateProjectDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProjectView> {
    const { name, description } = body;
    const project = await this.commands.execute(
      new UpdateProjectCommand({
        workspaceId,
        actorId: actor.userId,
        projectId,
        changes: { name, description },
        precondition: preconditionOf(ifMatch),
      }),
    );
    setEntityTag(reply, project.version);
    return project;
  }

  @Post(':projectId/archive')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({
    operationId: 'archiveProject',
    summary: 'Archive a project',
    description:
      'An archived project is read-only: it can no longer be edited or get new tasks, and its ' +
      'tasks cannot be changed, moved or deleted. Archiving an archived project changes nothing ' +
      'and keeps the first `archivedAt`.',
  })
  @ApiOkResponse({ type: ProjectView, description: 'The project' })
  @ApiProblems({ 404: ['project-not-found'] })
  archive(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
  ): Promise<ProjectView> {
    return this.commands.execute(
      new ArchiveProjectCommand({ workspaceId, actorId: actor.userId, projectId }),
    );
  }

  @Post(':projectId/unarchive')
  @HttpCode(200)
  @Auth('admin')
  @ApiOperation({
    operationId: 'unarchiveProject',
    summary: 'Unarchive a project',
    description:
      'The project and its tasks can be changed again. Unarchiving an active project changes ' +
      'nothing.',
  })
  @ApiOkResponse({ type: ProjectView, description: 'The project' })
  @ApiProblems({ 404: ['project-not-found'] })
  unarchive(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
  ): Promise<ProjectView> {
    return this.commands.execute(
      new UnarchiveProjectCommand({ workspaceId, actorId: actor.userId, projectId }),
    );
  }

  @Delete(':projectId')
  @HttpCode(204)
  @Auth('admin')
  @ApiOperation({
    operationId: 'deleteProject',
    summary: 'Delete an archived project and all its tasks',
    description:
      'For good, in one transaction. Only an archived project can be deleted (archive first, ' +
      '`409 project-not-archived` otherwise): deleting is the second of two deliberate steps.',
  })
  @ApiNoContentResponse({ description: 'The project and its tasks are deleted' })
  @ApiProblems({ 404: ['project-not-found'], 409: ['project-not-archived'] })
  async remove(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('projectId') projectId: string,
  ): Promise<void> {
    await this.commands.execute(
      new DeleteProjectCommand({ workspaceId, actorId: actor.userId, projectId }),
    );
  }
}
