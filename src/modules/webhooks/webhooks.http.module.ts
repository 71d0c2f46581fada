import { Module } from '@nestjs/common';

import { ownedByModule } from '../../infrastructure/database/module-roles/module-owner';
import { CreateEndpointHandler } from './application/create-endpoint/create-endpoint.handler';
import { DeleteEndpointHandler } from './application/delete-endpoint/delete-endpoint.handler';
import { GetEndpointHandler } from './application/get-endpoint/get-endpoint.handler';
import { ListDeliveriesHandler } from './application/list-deliveries/list-deliveries.handler';
import { ListEndpointsHandler } from './application/list-endpoints/list-endpoints.handler';
import { RedeliverHandler } from './application/redeliver/redeliver.handler';
import { RotateSecretHandler } from './application/rotate-secret/rotate-secret.handler';
import { SendTestEventHandler } from './application/send-test-event/send-test-event.handler';
import { UpdateEndpointHandler } from './application/update-endpoint/update-endpoint.handler';
import { DeliveriesController } from './http/deliveries.controller';
import { EndpointsController } from './http/endpoints.controller';
import { WebhooksModule } from './webhooks.module';

/** Customer webhook endpoints, delivery log, redelivery, test events. */
@Module({
  imports: [WebhooksModule],
  controllers: [EndpointsController, DeliveriesController],
  providers: [
    ownedByModule('webhooks'),
    CreateEndpointHandler,
    ListEndpointsHandler,
    GetEndpointHandler,
    UpdateEndpointHandler,
    DeleteEndpointHandler,
    RotateSecretHandler,
    SendTestEventHandler,
    RedeliverHandler,
    ListDeliveriesHandler,
  ],
})
export class WebhooksHttpModule {}
