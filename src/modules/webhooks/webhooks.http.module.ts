import { Module } from '@nestjs/common';

/** Customer webhook endpoints, delivery log, redelivery, test events. */
@Module({})
export class WebhooksHttpModule {}
