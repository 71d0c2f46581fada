import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import {
  CreateEndpointCommand,
  type CreatedEndpoint,
} from '../application/create-endpoint/create-endpoint.command';
import { DeleteEndpointCommand } from '../application/delete-endpoint/delete-endpoint.command';
import type { EndpointView } from '../application/endpoint-view';
import { GetEndpointQuery } from '../application/get-endpoint/get-endpoint.query';
import { ListEndpointsQuery } from '../application/list-endpoints/list-endpoints.query';
import {
  RotateSecretCommand,
  type RotatedSecret,
} from '../application/rotate-secret/rotate-secret.command';
import { UpdateEndpointCommand } from '../application/update-endpoint/update-endpoint.command';
import { CreateEndpointDto } from './dto/create-endpoint.dto';
import { UpdateEndpointDto } from './dto/update-endpoint.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/**
 * Customer webhook endpoints, for workspace admins. Creating is not @Idempotent: a replay would
 * have to keep the signing secret in the idempotency store for a day.
 */
@ApiTags('webhooks')
@Controller('workspaces/:workspaceId/webhooks/endpoints')
export class EndpointsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Auth('admin')
  @ApiConflictResponse({ description: 'The workspace has WEBHOOK_ENDPOINTS_PER_WORKSPACE already' })
  async create(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: CreateEndpointDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CreatedEndpoint> {
    const endpoint = await this.commands.execute(
      new CreateEndpointCommand({
        workspaceId,
        actorId: actor.userId,
        url: body.url,
        eventTypes: body.eventTypes,
        enabled: body.enabled ?? true,
      }),
    );
    void reply.header(
      'Location',
      `/v1/workspaces/${workspaceId}/webhooks/endpoints/${endpoint.id}`,
    );
    return endpoint;
  }

  @Get()
  @Auth('admin')
  list(@UuidParam('workspaceId') workspaceId: string): Promise<{ items: EndpointView[] }> {
    return this.queries.execute(new ListEndpointsQuery({ workspaceId }));
  }

  @Get(':endpointId')
  @Auth('admin')
  get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
  ): Promise<EndpointView> {
    return this.queries.execute(new GetEndpointQuery({ workspaceId, endpointId }));
  }

  @Patch(':endpointId')
  @Auth('admin')
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
    @Body() body: UpdateEndpointDto,
  ): Promise<EndpointView> {
    const { url, eventTypes, enabled, disabledReason } = body;
    return this.commands.execute(
      new UpdateEndpointCommand({
        workspaceId,
        actorId: actor.userId,
        endpointId,
        changes: { url, eventTypes, enabled, disabledReason },
      }),
    );
  }

  @Delete(':endpointId')
  @HttpCode(204)
  @Auth('admin')
  async remove(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
  ): Promise<void> {
    await this.commands.execute(
      new DeleteEndpointCommand({ workspaceId, actorId: actor.userId, endpointId }),
    );
  }

  @Post(':endpointId/rotate-secret')
  @HttpCode(200)
  @Auth('admin')
  rotateSecret(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
  ): Promise<RotatedSecret> {
    return this.commands.execute(
      new RotateSecretCommand({ workspaceId, actorId: actor.userId, endpointId }),
    );
  }
}
