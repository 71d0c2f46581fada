import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';

export const DELIVER_WEBHOOK_JOB = 'deliver-webhook';

/** Ids only: the delivery row holds the body and the log. */
export interface DeliveryJobData {
  deliveryId: string;
  /** The row's `dispatch` when enqueued; a job whose value is no longer current does nothing. */
  dispatch: number;
}

/** Puts a delivery attempt on the `webhooks` queue, now or after a wait. */
@Injectable()
export class DeliveryQueue {
  constructor(@InjectQueue('webhooks') private readonly queue: Queue<DeliveryJobData>) {}

  async enqueue(deliveryId: string, dispatch: number, delayMs = 0): Promise<void> {
    // One job id per dispatch: a retried enqueue adds nothing, a new dispatch is a new job.
    await this.queue.add(
      DELIVER_WEBHOOK_JOB,
      { deliveryId, dispatch },
      { jobId: `${deliveryId}-${dispatch}`, delay: Math.max(0, Math.round(delayMs)) },
    );
  }
}
