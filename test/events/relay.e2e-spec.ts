import { DataSource } from 'typeorm';

import { EventOutbox } from '../../src/infrastructure/events/event-outbox';
import { EventTransport } from '../../src/infrastructure/events/event-transport';
import { OutboxCleanup } from '../../src/infrastructure/events/outbox-cleanup';
import { MetricsRegistry } from '../../src/infrastructure/observability/metrics/metrics-registry';
import {
  createProbeEffectsTable,
  probeFailures,
  ProbeConsumersModule,
} from '../support/probe-consumers';
import { testConfig } from '../support/test-config';
import { probe, type ProbeHappenedV1 } from '../support/test-events';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

type Effects = Record<string, number>;

describe('the outbox relay with the in-process transport', () => {
  const workers: WorkerAppUnderTest[] = [];
  // Queries go through a web app (which never relays), so workers can come and go.
  let web: WebAppUnderTest;
  let dataSource: DataSource;

  async function startWorker(env: Record<string, string> = {}) {
    const worker = await WorkerAppUnderTest.start(
      testConfig({ WORKER_QUEUES: 'system', OUTBOX_MAX_ATTEMPTS: '3', ...env }),
      [ProbeConsumersModule],
    );
    workers.push(worker);
    return worker;
  }

  async function publish(worker: WorkerAppUnderTest, events: ProbeHappenedV1[]) {
    await worker.app
      .get(DataSource)
      .transaction((manager) => worker.app.get(EventOutbox).publish(manager, ...events));
  }

  /** consumer → number of effects, over the given events only. */
  async function effectsOf(events: ProbeHappenedV1[]): Promise<Effects> {
    const rows: { consumer: string; count: string }[] = await dataSource.query(
      `SELECT consumer, count(*) FROM public.probe_effects WHERE event_id = ANY($1::uuid[]) GROUP BY consumer`,
      [events.map((e) => e.id)],
    );
    return Object.fromEntries(rows.map((r) => [r.consumer, Number(r.count)]));
  }

  async function outboxState(events: ProbeHappenedV1[]) {
    return dataSource.query(
      `SELECT published_at IS NOT NULL AS published, dead_at IS NOT NULL AS dead, attempts, last_error
         FROM messaging.outbox WHERE event_id = ANY($1::uuid[]) ORDER BY position`,
      [events.map((e) => e.id)],
    );
  }

  /** Deliveries to the steady consumer with this outcome, summed over the running workers. */
  async function deliveries(outcome: 'applied' | 'duplicate'): Promise<number> {
    let total = 0;
    for (const worker of workers) {
      const metric = await worker.app
        .get(MetricsRegistry)
        .getSingleMetric('tenfold_event_consumer_runs_total')
        ?.get();
      total += (metric?.values ?? [])
        .filter((v) => v.labels.consumer === 'test.steady' && v.labels.outcome === outcome)
        .reduce((sum, v) => sum + v.value, 0);
    }
    return total;
  }

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    dataSource = web.app.get(DataSource);
    await createProbeEffectsTable(dataSource);
    await startWorker();
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await web?.close();
  });

  it('delivers committed events to every consumer, once each, and marks them published', async () => {
    const events = [probe(1), probe(2), probe(3)];
    await publish(workers[0], events);
    await waitFor('both consumers to apply three events', async () => {
      const effects = await effectsOf(events);
      return effects['test.steady'] === 3 && effects['test.flaky'] === 3 ? effects : undefined;
    });
    await waitFor('rows marked published', async () =>
      (await outboxState(events)).every((row: { published: boolean }) => row.published)
        ? true
        : undefined,
    );
    // Depth (read from Postgres at scrape time) and commit→delivery lag are on the worker's /metrics.
    const metrics = await workers[0].app.get(MetricsRegistry).metrics();
    expect(metrics).toMatch(/^tenfold_outbox_events\{state="pending"\} \d+$/m);
    expect(metrics).toMatch(/^tenfold_outbox_events\{state="dead"\} \d+$/m);
    expect(metrics).toMatch(/^tenfold_outbox_publish_lag_seconds_count [1-9]\d*$/m);
    expect(metrics).toMatch(
      /^tenfold_event_consumer_runs_total\{consumer="test.steady",outcome="applied"\} [1-9]/m,
    );
  });

  it('has no second effect when the same event is delivered again', async () => {
    const event = probe(10);
    await publish(workers[0], [event]);
    await waitFor('first delivery', async () =>
      (await effectsOf([event]))['test.steady'] === 1 ? true : undefined,
    );
    const transport = workers[0].app.get(EventTransport);
    await transport.deliver(event.toJSON());
    await transport.deliver(JSON.parse(JSON.stringify(event)));
    expect(await effectsOf([event])).toEqual({ 'test.steady': 1, 'test.flaky': 1 });
  });

  it('keeps a failing consumer from holding up the others, and retries it with backoff', async () => {
    const event = probe(20);
    probeFailures.flaky.set(20, 2);
    await publish(workers[0], [event]);
    await waitFor('the steady consumer', async () =>
      (await effectsOf([event]))['test.steady'] === 1 ? true : undefined,
    );
    // The failed attempts rolled back the flaky consumer's writes; the retries (1 s, then 2 s) apply it.
    await waitFor(
      'the flaky consumer to succeed on its third attempt',
      async () => ((await effectsOf([event]))['test.flaky'] === 1 ? true : undefined),
      15_000,
    );
    expect(await effectsOf([event])).toEqual({ 'test.steady': 1, 'test.flaky': 1 });
    const [row] = await outboxState([event]);
    expect(row).toMatchObject({ published: true, dead: false, attempts: 3, last_error: null });
  });

  it('sets an event aside as dead after OUTBOX_MAX_ATTEMPTS, without blocking later events', async () => {
    const poison = probe(30);
    const after = probe(31);
    probeFailures.poison.add(30);
    await publish(workers[0], [poison, after]);
    await waitFor('the event after the poison one', async () =>
      (await effectsOf([after]))['test.flaky'] === 1 ? true : undefined,
    );
    const [row] = await waitFor(
      'the poison event to be dead',
      async () => {
        const rows = await outboxState([poison]);
        return rows[0]?.dead ? rows : undefined;
      },
      15_000,
    );
    expect(row).toMatchObject({ published: false, attempts: 3 });
    expect(row.last_error).toContain('test.flaky: poison n=30');
    expect(await effectsOf([poison])).toEqual({ 'test.steady': 1 });
  });

  it('delivers nothing for a transaction that rolled back', async () => {
    const event = probe(40);
    const marker = probe(41);
    await workers[0].app
      .get(DataSource)
      .transaction(async (manager) => {
        await workers[0].app.get(EventOutbox).publish(manager, event);
        throw new Error('state change failed');
      })
      .catch(() => undefined);
    await publish(workers[0], [marker]);
    await waitFor('a later event', async () =>
      (await effectsOf([marker]))['test.steady'] === 1 ? true : undefined,
    );
    expect(await effectsOf([event])).toEqual({});
  });

  it('with two workers relaying at once: N events, N effects per consumer, no duplicates', async () => {
    await startWorker();
    const duplicatesBefore = await deliveries('duplicate');
    const events = Array.from({ length: 400 }, (_, i) => probe(1_000 + i));
    // Many small transactions, so both relays are woken over and over while the burst lasts.
    for (let i = 0; i < events.length; i += 20) {
      await publish(workers[i % 2 === 0 ? 0 : 1], events.slice(i, i + 20));
    }
    const effects = await waitFor(
      'every event applied by both consumers',
      async () => {
        const counted = await effectsOf(events);
        return counted['test.steady'] >= 400 && counted['test.flaky'] >= 400 ? counted : undefined;
      },
      30_000,
    );
    expect(effects).toEqual({ 'test.steady': 400, 'test.flaky': 400 });
    const duplicates = await dataSource.query(
      `SELECT event_id FROM public.probe_effects WHERE event_id = ANY($1::uuid[])
        GROUP BY consumer, event_id HAVING count(*) > 1`,
      [events.map((e) => e.id)],
    );
    expect(duplicates).toEqual([]);
    // Not only one effect each: each event was also delivered only once (SKIP LOCKED claims), so
    // neither relay's inbox ever had to turn a second delivery away.
    expect((await deliveries('duplicate')) - duplicatesBefore).toBe(0);
    await workers.pop()!.close();
  });

  it('falls back to polling when LISTEN is off, and wakes at once through NOTIFY when it is on', async () => {
    // Only one relay at a time in this test, so the measurement is about the wake-up path.
    await workers.shift()!.close();
    const polling = await startWorker({ OUTBOX_LISTEN: 'false', OUTBOX_POLL_INTERVAL_MS: '1500' });
    const polled = probe(50);
    await publish(polling, [polled]);
    await waitFor('delivery by polling', async () =>
      (await effectsOf([polled]))['test.steady'] === 1 ? true : undefined,
    );
    await workers.pop()!.close();

    const notified = await startWorker({ OUTBOX_POLL_INTERVAL_MS: '60000' });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the start-up pass is over
    const event = probe(51);
    const started = Date.now();
    await publish(notified, [event]);
    await waitFor(
      'delivery woken by NOTIFY (polling is a minute away)',
      async () => ((await effectsOf([event]))['test.steady'] === 1 ? true : undefined),
      5_000,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('cleans up published rows and inbox entries past the retention, keeping dead ones', async () => {
    const worker = workers[workers.length - 1];
    const event = probe(60);
    await publish(worker, [event]);
    await waitFor('delivery', async () =>
      (await effectsOf([event]))['test.steady'] === 1 ? true : undefined,
    );
    await waitFor('published', async () =>
      (await outboxState([event]))[0]?.published ? true : undefined,
    );
    await dataSource.query(
      `UPDATE messaging.outbox SET published_at = now() - interval '8 days' WHERE event_id = $1`,
      [event.id],
    );
    await dataSource.query(
      `UPDATE messaging.inbox SET handled_at = now() - interval '8 days' WHERE event_id = $1`,
      [event.id],
    );
    const removed = await worker.app.get(OutboxCleanup).runOnce();
    expect(removed.outbox).toBeGreaterThanOrEqual(1);
    expect(removed.inbox).toBeGreaterThanOrEqual(2);
    expect(await outboxState([event])).toEqual([]);
    const dead = await dataSource.query(
      `SELECT count(*) FROM messaging.outbox WHERE dead_at IS NOT NULL`,
    );
    expect(Number(dead[0].count)).toBeGreaterThanOrEqual(1);
  });
});
