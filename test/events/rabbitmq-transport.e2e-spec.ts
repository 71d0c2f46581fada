import { DataSource } from 'typeorm';

import { EventOutbox } from '../../src/infrastructure/events/event-outbox';
import { EventTransport } from '../../src/infrastructure/events/event-transport';
import { RabbitMqNames } from '../../src/infrastructure/events/rabbitmq-topology';
import {
  createProbeEffectsTable,
  probeFailures,
  ProbeConsumersModule,
} from '../support/probe-consumers';
import { deleteRabbitMqTopology, messagesIn } from '../support/rabbitmq-cleanup';
import { testConfig } from '../support/test-config';
import { probe, type ProbeHappenedV1 } from '../support/test-events';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

/** The relay publishes to RabbitMQ; the same consumers, behind their own queues, apply the events. */
describe('the RabbitMQ transport', () => {
  const config = testConfig({
    EVENT_TRANSPORT: 'rabbitmq',
    WORKER_QUEUES: 'system',
    OUTBOX_MAX_ATTEMPTS: '3',
  });
  const names = new RabbitMqNames(config.events.rabbitmqPrefix);
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let dataSource: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    dataSource = web.app.get(DataSource);
    await createProbeEffectsTable(dataSource);
    worker = await WorkerAppUnderTest.start(config, [ProbeConsumersModule]);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
    await deleteRabbitMqTopology(config.events.rabbitmqUrl, config.events.rabbitmqPrefix, [
      'test.steady',
      'test.flaky',
      'analytics.activity',
      'projects.workspace-members',
    ]);
  });

  const publish = (events: ProbeHappenedV1[]) =>
    dataSource.transaction((manager) => web.app.get(EventOutbox).publish(manager, ...events));

  async function effectsOf(events: ProbeHappenedV1[]): Promise<Record<string, number>> {
    const rows: { consumer: string; count: string }[] = await dataSource.query(
      `SELECT consumer, count(*) FROM public.probe_effects WHERE event_id = ANY($1::uuid[]) GROUP BY consumer`,
      [events.map((e) => e.id)],
    );
    return Object.fromEntries(rows.map((r) => [r.consumer, Number(r.count)]));
  }

  it('is the transport the worker runs, and carries events to each consumer’s queue', async () => {
    expect(worker.app.get(EventTransport).name).toBe('rabbitmq');
    const events = [probe(1), probe(2), probe(3)];
    await publish(events);
    const effects = await waitFor('both consumers to apply three events', async () => {
      const counted = await effectsOf(events);
      return counted['test.steady'] === 3 && counted['test.flaky'] === 3 ? counted : undefined;
    });
    expect(effects).toEqual({ 'test.steady': 3, 'test.flaky': 3 });
    const published = await dataSource.query(
      `SELECT count(*)::int AS n FROM messaging.outbox WHERE event_id = ANY($1::uuid[]) AND published_at IS NOT NULL`,
      [events.map((e) => e.id)],
    );
    expect(published[0].n).toBe(3);
  });

  it('applies a consumer queue in the order the events were published, a slow apply included', async () => {
    const events = Array.from({ length: 8 }, (_, i) => probe(30 + i));
    probeFailures.slow.set(30, 600); // concurrent, 31…37 would be recorded before it
    await publish(events);
    const order = await waitFor('the steady consumer to apply all eight', async () => {
      const rows: { n: number }[] = await dataSource.query(
        `SELECT n FROM public.probe_effects
          WHERE consumer = 'test.steady' AND event_id = ANY($1::uuid[]) ORDER BY applied_at`,
        [events.map((e) => e.id)],
      );
      return rows.length === events.length ? rows.map((row) => row.n) : undefined;
    });
    expect(order).toEqual(events.map((event) => event.payload.n));
  });

  it('retries a failing consumer through its retry queue without holding up the other', async () => {
    const event = probe(20);
    probeFailures.flaky.set(20, 1);
    await publish([event]);
    await waitFor('the steady consumer', async () =>
      (await effectsOf([event]))['test.steady'] === 1 ? true : undefined,
    );
    await waitFor(
      'the flaky consumer to succeed on its second attempt (1 s later)',
      async () => ((await effectsOf([event]))['test.flaky'] === 1 ? true : undefined),
      15_000,
    );
    expect(await effectsOf([event])).toEqual({ 'test.steady': 1, 'test.flaky': 1 });
  });

  it('dead-letters a poison message after OUTBOX_MAX_ATTEMPTS, and the others keep flowing', async () => {
    const poison = probe(30);
    const after = probe(31);
    probeFailures.poison.add(30);
    await publish([poison, after]);
    await waitFor('the event after the poison one', async () =>
      (await effectsOf([after]))['test.flaky'] === 1 ? true : undefined,
    );
    await waitFor(
      'the poison message in the flaky consumer’s dead queue (after 1 s + 2 s of retries)',
      async () =>
        (await messagesIn(config.events.rabbitmqUrl, names.deadQueue('test.flaky'))) === 1
          ? true
          : undefined,
      20_000,
    );
    expect(await messagesIn(config.events.rabbitmqUrl, names.deadQueue('test.steady'))).toBe(0);
    expect(await effectsOf([poison])).toEqual({ 'test.steady': 1 });
  });

  it('has no second effect when the broker delivers an event again', async () => {
    const event = probe(40);
    await publish([event]);
    await waitFor('first delivery', async () =>
      (await effectsOf([event]))['test.steady'] === 1 ? true : undefined,
    );
    // Published again by hand: the broker hands both consumers a second copy.
    await worker.app.get(EventTransport).deliver(event.toJSON());
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await effectsOf([event])).toEqual({ 'test.steady': 1, 'test.flaky': 1 });
  });
});
