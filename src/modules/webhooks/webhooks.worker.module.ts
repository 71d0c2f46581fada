import { Module } from '@nestjs/common';

/** Turns subscribed events into deliveries and delivers them (webhooks queue). */
@Module({})
export class WebhooksWorkerModule {}
