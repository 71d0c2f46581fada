import { Injectable } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { Histogram } from 'prom-client';

import { MetricsRegistry } from '../observability/metrics/metrics-registry';

/** Duration and outcome of every job this worker process runs. */
@Injectable()
export class JobMetrics {
  private readonly duration: Histogram<'queue' | 'name' | 'outcome'>;

  constructor(registry: MetricsRegistry) {
    this.duration = new Histogram({
      name: 'tenfold_job_duration_seconds',
      help: 'Job processing time by queue, job name and outcome',
      labelNames: ['queue', 'name', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
      registers: [registry],
    });
  }

  observe(worker: Worker): void {
    const record = (job: Job | undefined, outcome: 'completed' | 'failed') => {
      if (!job?.processedOn) return;
      const seconds = ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000;
      this.duration.observe({ queue: worker.name, name: job.name, outcome }, seconds);
    };
    worker.on('completed', (job) => record(job, 'completed'));
    worker.on('failed', (job) => record(job, 'failed'));
  }
}
