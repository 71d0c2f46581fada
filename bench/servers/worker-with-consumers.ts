// tenfold's real worker (dist/), plus BENCH_CONSUMERS (3) trivial consumers of
// projects.task.completed.v1, each writing one row into public.bench_effects through the delivery
// transaction's manager. It starts and stops through the same runWorker() as src/worker.ts; the
// `events` scenario runs it to see whether a task completion gets slower when its event has
// consumers at work.
import 'reflect-metadata';

import { Module } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { runBenchWorker } from '../lib/bench-worker';
import { fromBuild } from '../lib/build';

const { EventConsumer } = fromBuild<
  typeof import('../../src/infrastructure/events/event-consumer.decorator')
>('infrastructure/events/event-consumer.decorator');
const { TaskCompletedV1 } = fromBuild<
  typeof import('../../src/modules/projects/contracts/task-completed.event')
>('modules/projects/contracts/task-completed.event');

const CONSUMERS = Number(process.env.BENCH_CONSUMERS ?? 3);

/** One consumer class per name: the registry keys the inbox by name, so each needs its own. */
function benchConsumer(name: string) {
  const BenchConsumer = class {
    async apply(event: { id: string }, manager: EntityManager): Promise<void> {
      await manager.query('INSERT INTO public.bench_effects (consumer, event_id) VALUES ($1, $2)', [
        name,
        event.id,
      ]);
    }
  };
  Object.defineProperty(BenchConsumer, 'name', {
    value: `BenchConsumer_${name.replace(/\W/g, '_')}`,
  });
  // Applied as a function: each class is made at run time, one per name.
  EventConsumer({ name, events: [TaskCompletedV1] })(BenchConsumer);
  return BenchConsumer;
}

const consumers = Array.from({ length: CONSUMERS }, (_, i) =>
  benchConsumer(`bench.effect-${i + 1}`),
);

@Module({ providers: consumers })
class BenchConsumersModule {}

runBenchWorker('worker-with-consumers', () => ({
  extraImports: [BenchConsumersModule],
  // The table belongs to the bench (the harness drops it at the end); IF NOT EXISTS because
  // several runs may have left it.
  beforeConsuming: async (app) => {
    await app
      .get(DataSource)
      .query(
        'CREATE TABLE IF NOT EXISTS public.bench_effects (consumer text NOT NULL, ' +
          'event_id uuid NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now(), ' +
          'PRIMARY KEY (consumer, event_id))',
      );
  },
}));
