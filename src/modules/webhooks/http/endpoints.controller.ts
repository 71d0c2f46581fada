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
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { nextPageLinkHeader } from '../../../common/http/openapi/next-page-link.header';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Paged } from '../../../common/pagination/paged.decorator';
import { CreateEndpointCommand } from '../application/create-endpoint/create-endpoint.command';
import { CreatedEndpoint } from '../application/create-endpoint/created-endpoint';
import { DeleteEndpointCommand } from '../application/delete-endpoint/delete-endpoint.command';
import { EndpointList, EndpointView } from '../application/endpoint-view';
import { GetEndpointQuery } from '../application/get-endpoint/get-endpoint.query';
import { ListEndpointsQuery } from '../application/list-endpoints/list-endpoints.query';
import { RotateSecretCommand } from '../application/rotate-secret/rotate-secret.command';
import { RotatedSecret } from '../application/rotate-secret/rotated-secret';
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
  @ApiOperation({
    operationId: 'createWebhookEndpoint',
    summary: 'Create a webhook endpoint',
    description:
      'Admin and up. The answer carries the signing secret, shown only here. The URL must ' +
      'resolve to public addresses only. At most WEBHOOK_ENDPOINTS_PER_WORKSPACE endpoints ' +
      '(disabled ones included): then 409. Not idempotent: a replay would have to keep the ' +
      'secret.',
  })
  @ApiCreatedResponse({
    type: CreatedEndpoint,
    headers: {
      Location: {
        description: 'The new endpoint',
        schema: {
          type: 'string',
          example:
            '/v1/workspaces/5f0c8a52-2f7e-4a57-9a55-0d3c2b1e9f10/webhooks/endpoints/8f14e45f-ceea-4e67-9f3b-2a1c5d6e7f80',
        },
      },
    },
  })
  @ApiProblems({ 400: ['webhook-url-refused'], 409: ['webhook-endpoints-limit'] })
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
  @ApiOperation({
    operationId: 'listWebhookEndpoints',
    summary: "List the workspace's webhook endpoints",
    description:
      'Admin and up. Oldest first, without secrets, `limit` per page (docs/API.md, "Lists"; ' +
      'the quota keeps them fewer than a page by default).',
  })
  @ApiOkResponse({ type: EndpointList, headers: { Link: nextPageLinkHeader() } })
  @ApiProblems({ 400: ['invalid-cursor'] })
  @Paged('page')
  list(
    @UuidParam('workspaceId') workspaceId: string,
    @Query() query: PageQueryDto,
  ): Promise<EndpointList> {
    return this.queries.execute(
      new ListEndpointsQuery({ workspaceId, limit: query.limit, cursor: query.cursor }),
    );
  }

  @Get(':endpointId')
  @Auth('admin')
  @ApiOperation({
    operationId: 'getWebhookEndpoint',
    summary: 'Get a webhook endpoint',
    description: 'Admin and up. Without its secret.',
  })
  @ApiOkResponse({ type: EndpointView })
  @ApiProblems({ 404: ['webhook-endpoint-not-found'] })
  get(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
  ): Promise<EndpointView> {
    return this.queries.execute(new GetEndpointQuery({ workspaceId, endpointId }));
  }

  @Patch(':endpointId')
  @Auth('admin')
  @ApiOperation({
    operationId: 'updateWebhookEndpoint',
    summary: 'Update a webhook endpoint',
    description:
      'Admin and up. Only the fields sent change. Enabling clears `disabledReason`; disabling ' +
      'may give one. A new URL is vetted as at creation.',
  })
  @ApiOkResponse({ type: EndpointView })
  @ApiProblems({ 400: ['webhook-url-refused'], 404: ['webhook-endpoint-not-found'] })
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
  @ApiOperation({
    operationId: 'deleteWebhookEndpoint',
    summary: 'Delete a webhook endpoint',
    description: 'Admin and up. Removes its delivery log too; attempts still queued send nothing.',
  })
  @ApiNoContentResponse({ description: 'Deleted, with its delivery log' })
  @ApiProblems({ 404: ['webhook-endpoint-not-found'] })
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
  @ApiOperation({
    operationId: 'rotateWebhookEndpointSecret',
    summary: "Rotate a webhook endpoint's signing secret",
    description:
      'Admin and up. The new secret is shown only here; for 24 h requests carry a second ' +
      'signature with the old one, so receivers can switch without a gap.',
  })
  @ApiOkResponse({ type: RotatedSecret })
  @ApiProblems({ 404: ['webhook-endpoint-not-found'] })
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
