import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { EventOutbox } from '../../src/infrastructure/events/event-outbox';
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
import { jsonOf, operatorCli } from './support/operator-cli';

interface DeadRow {
  id: string;
  type: string;
  attempts: number;
  deadAt: string;
  lastError: string | null;
}

// Every command is a process of its own (a Nest context, connections): slow on a busy machine.
jest.setTimeout(300_000);

/** outbox:dead and outbox:redrive against a worker whose consumer fails, then recovers. */
describe('operator CLI: dead outbox rows', () => {
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let db: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    db = web.app.get(DataSource);
    await createProbeEffectsTable(db);
    // One attempt: the first failure makes the row dead.
    worker = await WorkerAppUnderTest.start(
      testConfig({ WORKER_QUEUES: 'system', OUTBOX_MAX_ATTEMPTS: '1' }),
      [ProbeConsumersModule],
    );
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const publish = (...events: ProbeHappenedV1[]) =>
    db.transaction((manager) => worker.app.get(EventOutbox).publish(manager, ...events));
  const state = async (id: string) =>
    (
      await db.query(
        `SELECT published_at IS NOT NULL AS published, dead_at IS NOT NULL AS dead, attempts
           FROM messaging.outbox WHERE event_id = $1`,
        [id],
      )
    )[0] as { published: boolean; dead: boolean; attempts: number };
  const effects = async (id: string) =>
    Object.fromEntries(
      (
        await db.query(
          `SELECT consumer, count(*)::int AS n FROM public.probe_effects WHERE event_id = $1
            GROUP BY consumer`,
          [id],
        )
      ).map((row: { consumer: string; n: number }) => [row.consumer, row.n]),
    );
  const deadIds = async (...args: string[]) =>
    jsonOf<{ items: DeadRow[] }>(await operatorCli(['outbox:dead', '--json', ...args])).items.map(
      (row) => row.id,
    );
  /** A dead row of a type no consumer takes, as the relay leaves one (inserted directly). */
  const insertDead = async (type: string) => {
    const id = randomUUID();
    await db.query(
      `INSERT INTO messaging.outbox (event_id, type, event, attempts, last_error, dead_at)
       VALUES ($1, $2, $3, 10, 'broker unreachable', now())`,
      [id, type, { id, type, occurredAt: new Date().toISOString(), payload: {}, metadata: {} }],
    );
    return id;
  };

  it('lists a poisoned event, redrives it once fixed, and the inbox spares the consumer that had applied it', async () => {
    const poison = probe(7_001);
    probeFailures.poison.add(7_001);
    await publish(poison);
    await waitFor('the event to die', async () =>
      (await state(poison.id))?.dead ? true : undefined,
    );
    expect(await effects(poison.id)).toEqual({ 'test.steady': 1 });

    const listed = jsonOf<{ items: DeadRow[] }>(await operatorCli(['outbox:dead', '--json']));
    expect(listed.items).toContainEqual({
      id: poison.id,
      type: 'test.probe.happened.v1',
      attempts: 1,
      createdAt: expect.stringMatching(/^\d{4}-/),
      deadAt: expect.stringMatching(/^\d{4}-/),
      lastError: expect.stringContaining('poison n=7001'),
    });
    const table = await operatorCli(['outbox:dead']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^EVENT ID\s+TYPE\s+ATTEMPTS\s+DEAD SINCE\s+LAST ERROR$/m);
    expect(table.stdout).toContain(poison.id);

    // Without --yes: what it would do, and nothing changes.
    const dryRun = await operatorCli(['outbox:redrive', poison.id]);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain('Would redrive 1 dead event(s); nothing changed');
    expect(await state(poison.id)).toMatchObject({ dead: true });

    probeFailures.poison.delete(7_001);
    const redriven = jsonOf<{ redriven: string[] }>(
      await operatorCli(['outbox:redrive', poison.id, '--yes', '--json']),
    );
    expect(redriven).toEqual({ redriven: [poison.id] });
    await waitFor('the redriven event to be delivered', async () =>
      (await state(poison.id)).published ? true : undefined,
    );
    expect(await state(poison.id)).toEqual({ published: true, dead: false, attempts: 1 });
    expect(await effects(poison.id)).toEqual({ 'test.steady': 1, 'test.flaky': 1 });
    expect(await deadIds()).not.toContain(poison.id);
  });

  it('filters by type, and --all --type redrives only that type', async () => {
    const first = await insertDead('test.cli-kept.v1');
    const second = await insertDead('test.cli-redriven.v1');
    const third = await insertDead('test.cli-redriven.v1');
    expect(await deadIds('--type', 'test.cli-redriven.v1')).toEqual([third, second]);
    expect(await deadIds('--limit', '1')).toHaveLength(1);

    const result = jsonOf<{ redriven: string[] }>(
      await operatorCli([
        'outbox:redrive',
        '--all',
        '--type',
        'test.cli-redriven.v1',
        '--yes',
        '--json',
      ]),
    );
    expect(result.redriven.sort()).toEqual([second, third].sort());
    await waitFor('both to be published', async () =>
      (await state(second)).published && (await state(third)).published ? true : undefined,
    );
    expect(await state(first)).toMatchObject({ dead: true, published: false });
    expect(await deadIds()).toContain(first);
  });

  it('refuses ids that are unknown or not dead, and bad arguments, changing nothing', async () => {
    const dead = await insertDead('test.cli-refused.v1');
    const published = probe(7_002);
    await publish(published);
    await waitFor('delivery', async () =>
      (await state(published.id)).published ? true : undefined,
    );

    const notDead = await operatorCli(['outbox:redrive', dead, published.id, '--yes']);
    expect(notDead.code).toBe(1);
    expect(notDead.stderr).toContain(
      `not dead (published, pending or of another type): ${published.id}`,
    );
    const unknown = randomUUID();
    const missing = await operatorCli(['outbox:redrive', unknown, '--yes']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`no outbox event has the id ${unknown}`);
    expect(await state(dead)).toMatchObject({ dead: true });

    for (const args of [
      ['outbox:redrive', '--yes'],
      ['outbox:redrive', dead, '--all'],
      ['outbox:redrive', 'not-a-uuid\u0007', '--yes'],
      ['outbox:dead', '--limit', '9'.repeat(5_000)],
      ['outbox:dead', '--unknown'],
    ]) {
      const run = await operatorCli(args);
      expect([args[0], run.code]).toEqual([args[0], 2]);
      expect(run.stderr).toMatch(/^error: .*\nusage: npm run cli -- outbox:/);
      expect(run.stderr.length).toBeLessThan(600);
    }
    expect(await state(dead)).toMatchObject({ dead: true });
  });
});
