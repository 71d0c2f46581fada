import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
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
import { UuidParam } from '../../../common/http/uuid-param.decorator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CreateLabelCommand } from '../application/create-label/create-label.command';
import { DeleteLabelCommand } from '../application/delete-label/delete-label.command';
import { GetLabelQuery } from '../application/get-label/get-label.query';
import { LabelPage, LabelView } from '../application/label-view';
import { ListLabelsQuery } from '../application/list-labels/list-labels.query';
import { UpdateLabelCommand } from '../application/update-label/update-label.command';
import { CreateLabelDto } from './dto/create-label.dto';
import { UpdateLabelDto } from './dto/update-label.dto';
import { LABEL_LOCATION, setLocation } from './location';

/**
 * A workspace's labels. Viewers read, members create and edit, admins delete: deleting takes the
 * label off every task of the workspace, which is more than a member's own work.
 */
@ApiTags('labels')
@Controller('workspaces/:workspaceId/labels')
export class LabelsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Auth('member')
  @Idempotent()
  @ApiOperation({ operationId: 'createLabel', summary: 'Create a label' })
  @ApiCreatedResponse({
    type: LabelView,
    description: 'The new label',
    headers: { Location: LABEL_LOCATION },
  })
  @ApiProblems({ 409: ['label-name-taken', 'labels-limit'] })
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: CreateLabelDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LabelView> {
    const label = await this.commands.execute(
      new CreateLabelCommand({
        workspaceId,
        actorId: actor.userId,
        name: body.name,
        color: body.color,
      }),
    );
    setLocation(reply, workspaceId, `labels/${label.id}`);
    return label;
  }

  @Get()
  @Auth('viewer')
  @ApiOperation({
    operationId: 'listLabels',
    summary: "List the workspace's labels",
    description:
      'By name, ignoring case, `limit` per page: pass the `nextCursor` of one page as `cursor` ' +
      "to get the next (null on the last page). Read from a replica, yet shows the caller's own " +
      'writes (read-your-writes).',
  })
  @ApiOkResponse({ type: LabelPage, description: 'One page of labels' })
  @ApiProblems({ 400: ['invalid-cursor'] })
  list(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Query() query: PageQueryDto,
  ): Promise<LabelPage> {
    return this.queries.execute(
      new ListLabelsQuery({
        workspaceId,
        actorId: actor.userId,
        limit: query.limit,
        cursor: query.cursor,
      }),
    );
  }

  @Get(':labelId')
  @Auth('viewer')
  @ApiOperation({ operationId: 'getLabel', summary: 'Get a label' })
  @ApiOkResponse({ type: LabelView, description: 'The label' })
  @ApiProblems({ 404: ['label-not-found'] })
  get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('labelId') labelId: string,
  ): Promise<LabelView> {
    return this.queries.execute(new GetLabelQuery({ workspaceId, labelId }));
  }

  @Patch(':labelId')
  @Auth('member')
  @ApiOperation({
    operationId: 'updateLabel',
    summary: 'Rename or recolour a label',
    description:
      'Only the fields sent change. A real change publishes `projects.label.updated.v1`; tasks ' +
      'show labels by id, so they are not touched.',
  })
  @ApiOkResponse({ type: LabelView, description: 'The label' })
  @ApiProblems({ 404: ['label-not-found'], 409: ['label-name-taken'] })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('labelId') labelId: string,
    @Body() body: UpdateLabelDto,
  ): Promise<LabelView> {
    return this.commands.execute(
      new UpdateLabelCommand({
        workspaceId,
        actorId: actor.userId,
        labelId,
        changes: { name: body.name, color: body.color },
      }),
    );
  }

  @Delete(':labelId')
  @HttpCode(204)
  @Auth('admin')
  @ApiOperation({
    operationId: 'deleteLabel',
    summary: 'Delete a label',
    description:
      'Takes the label off every task (their `version` and `updatedAt` move) and publishes ' +
      '`projects.label.deleted.v1`.',
  })
  @ApiNoContentResponse({ description: 'The label is deleted' })
  @ApiProblems({ 404: ['label-not-found'] })
  async remove(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('labelId') labelId: string,
  ): Promise<void> {
    await this.commands.execute(
      new DeleteLabelCommand({ workspaceId, actorId: actor.userId, labelId }),
    );
  }
}
