import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DeliveryQueue } from './application/delivery-queue';
import { AddressResolver, DnsAddressResolver } from './network/address-resolver';
import { SsrfGuard } from './network/ssrf-guard';
import { DeliveryEntity } from './persistence/delivery.entity';
import { EndpointEntity } from './persistence/endpoint.entity';

/** Providers both processes share: the schema, the SSRF guard and the delivery queue. */
@Module({
  imports: [TypeOrmModule.forFeature([EndpointEntity, DeliveryEntity])],
  providers: [{ provide: AddressResolver, useClass: DnsAddressResolver }, SsrfGuard, DeliveryQueue],
  exports: [TypeOrmModule, SsrfGuard, DeliveryQueue],
})
export class WebhooksModule {}
