import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Worker } from 'bullmq';

import { AppConfig } from '../config/app-config';
import { ThrottledErrorLog } from '../observability/logging/throttled-error-log';
import { SHUTDOWN_REASON } from './drainable-processor';
import { JobMetrics } from './job-metrics';

type ConsumptionState = 'waiting-for-dependencies' | 'consuming' | 'draining' | 'stopped';

/** Starts the selected queues' workers and drains them on shutdown within the grace period. */
@Injectable()
export class QueueConsumption {
  private readonly logger = new Logger('QueueConsumption');
  private state: ConsumptionState = 'waiting-for-dependencies';

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
    private readonly metrics: JobMetrics,
  ) {}

  get currentState(): ConsumptionState {
    return this.state;
  }

  async start(): Promise<void> {
    const served = new Set<string>(this.config.worker.queues);
    for (const worker of this.workers()) {
      if (served.has(worker.name)) {
        worker.on('error', new ThrottledErrorLog(this.logger, `worker ${worker.name}`).record);
        this.metrics.observe(worker);
        void worker
          .run()
          .catch((error: unknown) => this.logger.error(error, `queue ${worker.name}`));
      } else {
        await worker.close();
      }
    }
    this.state = 'consuming';
    this.logger.log(`consuming queues: ${[...served].join(', ')}`);
  }

  /** Lets running jobs finish; past the grace period, hands the rest back to their queues. */
  async drain(graceMs: number): Promise<void> {
    this.state = 'draining';
    const workers = this.workers().filter((worker) => worker.isRunning());
    const closing = Promise.all(workers.map((worker) => worker.close()));
    const finished = await Promise.race([closing.then(() => true), delay(graceMs, false)]);
    if (!finished) {
      this.logger.warn(`grace period of ${graceMs} ms over: handing running jobs back`);
      workers.forEach((worker) => worker.cancelAllJobs(SHUTDOWN_REASON));
      await Promise.race([closing, delay(2_000, undefined)]);
    }
    this.state = 'stopped';
  }

  private workers(): Worker[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .map((host) => host.worker);
  }
}

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms).unref());
}
