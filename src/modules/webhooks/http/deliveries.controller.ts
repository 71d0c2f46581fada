import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { nextPageLinkHeader } from '../../../common/http/openapi/next-page-link.header';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { Paged } from '../../../common/pagination/paged.decorator';
import { DeliveryList, DeliveryView } from '../application/delivery-view';
import { ListDeliveriesQuery } from '../application/list-deliveries/list-deliveries.query';
import { RedeliverCommand } from '../application/redeliver/redeliver.command';
import { SendTestEventCommand } from '../application/send-test-event/send-test-event.command';
import { TestEventSent } from '../application/send-test-event/test-event-sent';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/** An endpoint's delivery log, redelivery and test events. Sending happens in the worker: 202. */
@ApiTags('webhooks')
@Controller('workspaces/:workspaceId/webhooks/endpoints/:endpointId')
export class DeliveriesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('deliveries')
  @Auth('admin')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: "List a webhook endpoint's deliveries",
    description:
      'Admin and up. The delivery log, newest first, `limit` per page (docs/API.md, "Lists"), ' +
      'read on the primary.',
  })
  @ApiOkResponse({ type: DeliveryList, headers: { Link: nextPageLinkHeader() } })
  @ApiProblems({ 400: ['invalid-cursor'], 404: ['webhook-endpoint-not-found'] })
  @Paged('page')
  list(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
    @Query() query: PageQueryDto,
  ): Promise<DeliveryList> {
    return this.queries.execute(
      new ListDeliveriesQuery({
        workspaceId,
        endpointId,
        limit: query.limit,
        cursor: query.cursor,
      }),
    );
  }

  @Post('deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @Auth('admin')
  @ApiOperation({
    operationId: 'redeliverWebhookDelivery',
    summary: 'Send a webhook delivery again',
    description:
      'Admin and up. Whatever its state, the delivery is `pending` again with a fresh retry ' +
      'schedule; the worker sends it (202). An attempt still queued for it becomes stale, so ' +
      'the receiver never gets two at once.',
  })
  @ApiAcceptedResponse({ type: DeliveryView, description: 'Pending again; the worker sends it' })
  @ApiProblems({ 404: ['webhook-endpoint-not-found', 'webhook-delivery-not-found'] })
  redeliver(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
    @UuidParam('deliveryId') deliveryId: string,
  ): Promise<DeliveryView> {
    return this.commands.execute(
      new RedeliverCommand({ workspaceId, actorId: actor.userId, endpointId, deliveryId }),
    );
  }

  @Post('test')
  @HttpCode(202)
  @Auth('admin')
  @ApiOperation({
    operationId: 'sendWebhookTestEvent',
    summary: 'Send a test event to a webhook endpoint',
    description:
      'Admin and up. A `webhooks.test.v1` event to this endpoint only, through the normal ' +
      'delivery path (202: the worker sends it); follow it in the delivery log.',
  })
  @ApiAcceptedResponse({ type: TestEventSent, description: 'Queued; the worker sends it' })
  @ApiProblems({ 404: ['webhook-endpoint-not-found'] })
  sendTest(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
  ): Promise<TestEventSent> {
    return this.commands.execute(
      new SendTestEventCommand({ workspaceId, actorId: actor.userId, endpointId }),
    );
  }
}
