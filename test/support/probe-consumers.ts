import { Module } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

import {
  type AppliesEvents,
  EventConsumer,
} from '../../src/infrastructure/events/event-consumer.decorator';
import { ProbeHappenedV1 } from './test-events';

/**
 * Consumers of the tests' probe events. Each effect is one row in `probe_effects` (no unique key),
 * so a second effect of one event would show as a second row: tests count effects, not deliveries.
 */
export async function createProbeEffectsTable(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `CREATE TABLE IF NOT EXISTS public.probe_effects (
       consumer text NOT NULL, event_id uuid NOT NULL, n int NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  );
}

async function recordEffect(manager: EntityManager, consumer: string, event: ProbeHappenedV1) {
  await manager.query(
    `INSERT INTO public.probe_effects (consumer, event_id, n) VALUES ($1, $2, $3)`,
    [consumer, event.id, event.payload.n],
  );
}

/** Controls shared with the test: events whose n is listed here fail that many more times. */
export const probeFailures = {
  flaky: new Map<number, number>(),
  /** n values the poison consumer always refuses. */
  poison: new Set<number>(),
  /** n → ms the steady consumer takes before it records the event (a slow apply). */
  slow: new Map<number, number>(),
};

@EventConsumer({ name: 'test.steady', events: [ProbeHappenedV1] })
export class SteadyProbeConsumer implements AppliesEvents<ProbeHappenedV1> {
  async apply(event: ProbeHappenedV1, manager: EntityManager): Promise<void> {
    const slowMs = probeFailures.slow.get(event.payload.n);
    if (slowMs) await new Promise((resolve) => setTimeout(resolve, slowMs));
    await recordEffect(manager, 'test.steady', event);
  }
}

@EventConsumer({ name: 'test.flaky', events: [ProbeHappenedV1] })
export class FlakyProbeConsumer implements AppliesEvents<ProbeHappenedV1> {
  async apply(event: ProbeHappenedV1, manager: EntityManager): Promise<void> {
    // The effect is written before the throw: the rollback must undo it.
    await recordEffect(manager, 'test.flaky', event);
    const left = probeFailures.flaky.get(event.payload.n) ?? 0;
    if (left > 0) {
      probeFailures.flaky.set(event.payload.n, left - 1);
      throw new Error(`flaky consumer refuses n=${event.payload.n} (${left} more)`);
    }
    if (probeFailures.poison.has(event.payload.n)) {
      throw new Error(`poison n=${event.payload.n}`);
    }
  }
}

@Module({ providers: [SteadyProbeConsumer, FlakyProbeConsumer] })
export class ProbeConsumersModule {}
