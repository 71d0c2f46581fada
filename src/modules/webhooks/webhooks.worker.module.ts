import { Module } from '@nestjs/common';

import { DeliverWebhook } from './application/deliver/deliver-webhook';
import { SendDelivery } from './application/deliver/send-delivery';
import { FanOutConsumer } from './consumers/fan-out.consumer';
import { RetrySchedule } from './domain/retry-schedule';
import { DeliverWebhookProcessor } from './jobs/deliver-webhook.processor';
import { WebhooksModule } from './webhooks.module';

/** Turns subscribed events into deliveries and delivers them (webhooks queue). */
@Module({
  imports: [WebhooksModule],
  providers: [
    FanOutConsumer,
    DeliverWebhookProcessor,
    DeliverWebhook,
    SendDelivery,
    // A class token, so tests can replace it with a schedule in milliseconds.
    { provide: RetrySchedule, useFactory: () => new RetrySchedule() },
  ],
})
export class WebhooksWorkerModule {}
