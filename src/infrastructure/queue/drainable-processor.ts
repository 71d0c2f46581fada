import { WorkerHost } from '@nestjs/bullmq';
import { type Job, WaitingError } from 'bullmq';

import { actAsModuleNamed } from '../database/module-roles/acting-module';
import { QUEUE_CATALOGUE } from './queue-catalogue';
import type { QueueName } from './queue-names';

export const SHUTDOWN_REASON = 'worker-shutdown';

/**
 * Base for processors whose jobs can be handed back when the worker must stop before they finish:
 * the job goes back to "waiting" at once (another worker picks it up) instead of sitting locked
 * until the stalled-job check notices. Subclasses must stop promptly when `signal` aborts.
 */
export abstract class DrainableProcessor<Data = unknown, Result = unknown> extends WorkerHost {
  protected abstract handle(job: Job<Data, Result>, signal: AbortSignal): Promise<Result>;

  // BullMQ passes (job, token, signal); @nestjs/bullmq's WorkerHost declares only the first two.
  async process(job: Job<Data, Result>, token?: string, signal?: AbortSignal): Promise<Result> {
    const abort = signal ?? new AbortController().signal;
    try {
      // Under the role of the module that owns the queue (queue-catalogue.ts).
      const module = QUEUE_CATALOGUE[job.queueName as QueueName]?.module;
      return await actAsModuleNamed(module, () => this.handle(job, abort));
    } catch (error) {
      if (abort.aborted && abort.reason === SHUTDOWN_REASON) {
        await job.moveToWait(token);
        throw new WaitingError();
      }
      throw error;
    }
  }
}
