import type { Job } from 'bullmq';

import { DrainableProcessor } from '../../../infrastructure/queue/drainable-processor';
import { QueueProcessor } from '../../../infrastructure/queue/queue-processor.decorator';
import { DeliverWebhook, type DeliveryOutcome } from '../application/deliver/deliver-webhook';
import type { DeliveryJobData } from '../application/delivery-queue';

/**
 * One attempt per job. The delivery schedule (days) re-enqueues delayed jobs; BullMQ's own
 * attempts only cover a job that ran before its row committed, or a database hiccup.
 */
@QueueProcessor('webhooks')
export class DeliverWebhookProcessor extends DrainableProcessor<DeliveryJobData, DeliveryOutcome> {
  constructor(private readonly deliver: DeliverWebhook) {
    super();
  }

  protected handle(job: Job<DeliveryJobData, DeliveryOutcome>): Promise<DeliveryOutcome> {
    const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.deliver.run(job.data, lastTry);
  }
}
