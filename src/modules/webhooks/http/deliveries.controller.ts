import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import type { DeliveryView } from '../application/delivery-view';
import { ListDeliveriesQuery } from '../application/list-deliveries/list-deliveries.query';
import { RedeliverCommand } from '../application/redeliver/redeliver.command';
import { SendTestEventCommand } from '../application/send-test-event/send-test-event.command';
import { ListDeliveriesDto } from './dto/list-deliveries.dto';
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
  list(
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
    @Query() query: ListDeliveriesDto,
  ): Promise<{ items: DeliveryView[] }> {
    return this.queries.execute(
      new ListDeliveriesQuery({ workspaceId, endpointId, limit: query.limit }),
    );
  }

  @Post('deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @Auth('admin')
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
  sendTest(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('endpointId') endpointId: string,
  ): Promise<{ deliveryId: string; eventId: string }> {
    return this.commands.execute(
      new SendTestEventCommand({ workspaceId, actorId: actor.userId, endpointId }),
    );
  }
}
