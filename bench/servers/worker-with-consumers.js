'use strict';

// tenfold's real worker (dist/), plus BENCH_CONSUMERS (3) trivial consumers of
// projects.task.completed.v1, each writing one row into public.bench_effects through the delivery
// transaction's manager. It starts and stops through the same runWorker() as src/worker.ts; the `events` scenario
// runs it to see whether a task completion gets slower when its event has consumers at work.
// Plain JS against dist/, so it needs `npm run build`, not a TypeScript toolchain.
require('reflect-metadata');

const { Module } = require('@nestjs/common');
const { DataSource } = require('typeorm');

const dist = (file) => require(`../../dist/src/${file}`);
const { runWorker } = dist('app/run-worker');
const { loadConfig } = dist('infrastructure/config/load-config');
const { EventConsumer } = dist('infrastructure/events/event-consumer.decorator');
const { TaskCompletedV1 } = dist('modules/projects/contracts/task-completed.event');

const CONSUMERS = Number(process.env.BENCH_CONSUMERS ?? 3);

/** One consumer class per name: the registry keys the inbox by name, so each needs its own. */
function benchConsumer(name) {
  const BenchConsumer = class {
    async apply(event, manager) {
      await manager.query('INSERT INTO public.bench_effects (consumer, event_id) VALUES ($1, $2)', [
        name,
        event.id,
      ]);
    }
  };
  Object.defineProperty(BenchConsumer, 'name', {
    value: `BenchConsumer_${name.replace(/\W/g, '_')}`,
  });
  EventConsumer({ name, events: [TaskCompletedV1] })(BenchConsumer);
  return BenchConsumer;
}

const consumers = Array.from({ length: CONSUMERS }, (_, i) =>
  benchConsumer(`bench.effect-${i + 1}`),
);
// Decorators applied as plain functions return nothing: keep the class itself.
class BenchConsumersModule {}
Module({ providers: consumers })(BenchConsumersModule);

async function bootstrap() {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  await runWorker(config, {
    extraImports: [BenchConsumersModule],
    // The table belongs to the bench (the harness drops it at the end); IF NOT EXISTS because
    // several runs may have left it.
    beforeConsuming: (app) =>
      app
        .get(DataSource)
        .query(
          'CREATE TABLE IF NOT EXISTS public.bench_effects (consumer text NOT NULL, ' +
            'event_id uuid NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now(), ' +
            'PRIMARY KEY (consumer, event_id))',
        ),
  });
}

bootstrap().catch((error) => {
  console.error(`worker-with-consumers failed to start: ${error.message}`);
  process.exit(1);
});
