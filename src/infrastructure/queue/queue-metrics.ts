import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Gauge } from 'prom-client';

import { MetricsRegistry } from '../observability/metrics/metrics-registry';
import { QUEUE_NAMES } from './queue-names';

const STATES = ['waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized'] as const;

/** Queue depth by state and the age of the oldest waiting job, read from Redis at scrape time. */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly registry: MetricsRegistry,
  ) {}

  onModuleInit(): void {
    const queues = QUEUE_NAMES.map((name) =>
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }),
    );
    new Gauge({
      name: 'tenfold_queue_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        await Promise.all(
          queues.map(async (queue) => {
            const counts = await queue.getJobCounts(...STATES);
            for (const state of STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
    new Gauge({
      name: 'tenfold_queue_oldest_waiting_job_age_seconds',
      help: 'Age of the oldest job waiting in each queue (0 when none waits)',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        await Promise.all(
          queues.map(async (queue) => {
            const [oldest] = await queue.getWaiting(-1, -1);
            const age = oldest ? (Date.now() - oldest.timestamp) / 1000 : 0;
            this.set({ queue: queue.name }, age);
          }),
        );
      },
    });
  }
}
