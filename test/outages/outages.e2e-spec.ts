import { setTimeout as sleep } from 'node:timers/promises';

import { Client } from 'pg';
import type { Response } from 'supertest';

import { WritePositions } from '../../src/infrastructure/database/write-positions';
import { createProject, workspacePath } from '../projects/support/projects-api';
import { joinAs, signUpOwner } from '../projects/support/projects-world';
import { bearer, type SignedInUser } from '../harness/accounts';
import { adminAuthorization, testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { FaultStack } from './support/fault-stack';
import { type Answer, type LoadClient, SteadyLoad } from './support/steady-load';

/**
 * Redis, then the Postgres primary, stopped and started again through the stack's own scripts
 * under a steady mix of reads and writes, on a copy of the stack of this file's own
 * (support/fault-stack.ts). Every answer is kept and counted per phase: 2xx, or 503 with
 * Retry-After, never a 500 and never a hang; 201s match the rows committed; web and worker recover
 * without a restart; replica reads outlast a primary outage longer than DB_REPLICA_MAX_LAG_SECONDS.
 */
describe('outages of Redis and of the Postgres primary', () => {
  const stack = new FaultStack();
  const database = 'tenfold_outages';
  const saved = pick(process.env, ['DB_PRIMARY_URL', 'DB_REPLICA_URLS', 'REDIS_URL']);
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let writer: SignedInUser;
  let reader: SignedInUser;
  let projectId: string;
  const loads: SteadyLoad[] = [];
  let config: ReturnType<typeof testConfig>;

  beforeAll(async () => {
    await stack.up();
    await stack.freshDatabase(database);
    // The helpers that sign users up write to process.env's database; the next test file's
    // environment is set afresh, but REDIS_URL is not: it is restored in afterAll.
    process.env.DB_PRIMARY_URL = stack.primaryUrl(database);
    process.env.DB_REPLICA_URLS = stack.replicaUrl(database);
    process.env.REDIS_URL = stack.redisUrl;
    config = testConfig({
      RATE_LIMIT_PER_MINUTE: '100000',
      DB_READ_ROUTING_HEADER: 'true',
      // The limit the primary outage below outlasts: a replica must not leave the rotation when
      // its lag cannot be measured for longer than this.
      DB_REPLICA_MAX_LAG_SECONDS: '10',
      DB_CONNECT_TIMEOUT_MS: '2000',
      REDIS_COMMAND_TIMEOUT_MS: '1000',
    });
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config);
    writer = await signUpOwner(web, 'writer');
    reader = await joinAs(web, writer, 'member', 'reader');
    projectId = (await createProject(web, writer)).id;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(loads.map((load) => load.stop()));
    await stack.up().catch(() => undefined); // whatever a failed test left stopped
    await worker?.close().catch(() => undefined);
    await web?.close().catch(() => undefined);
    await stack.down();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }, 120_000);

  const tasksPath = () => `${workspacePath(writer.workspaceId)}/projects/${projectId}/tasks`;
  const writes = (label: string): LoadClient => ({
    kind: 'write',
    send: (n) =>
      web.http
        .post(tasksPath())
        .set(bearer(writer.token))
        .send({ title: `${label} ${n}` }),
  });
  const reads = (user: SignedInUser, kind = 'read'): LoadClient => ({
    kind,
    send: () => web.http.get(`${tasksPath()}?limit=5`).set(bearer(user.token)),
  });
  const startLoad = (clients: LoadClient[]) => {
    const load = new SteadyLoad(clients, 40);
    loads.push(load);
    return load;
  };

  /** Runs `phase` with the load filing its answers under `name`. */
  async function during(load: SteadyLoad, name: string, phase: () => Promise<unknown>) {
    load.enter(name);
    await phase();
  }

  const admin = () => adminAuthorization(config);

  async function heartbeatCompletes(): Promise<void> {
    const accepted = await web.http
      .post('/v1/system/heartbeats')
      .set('Authorization', admin())
      .send({ holdMs: 0 });
    expect(accepted.status).toBe(202);
    const done = await web.http
      .get(`/v1/system/heartbeats/${accepted.body.id}?waitMs=20000`)
      .set('Authorization', admin())
      .timeout(25_000);
    expect(done.body.state).toBe('completed');
  }

  it('answers 503 with Retry-After while Redis is down, and recovers without a restart', async () => {
    const load = startLoad([writes('r1'), writes('r2'), reads(reader), reads(reader)]);
    await during(load, 'before', () => sleep(1_500));
    await during(load, 'stopping', () => stack.stopRedis());
    await during(load, 'down', () => sleep(4_000));
    await during(load, 'starting', () => stack.startRedis());
    await during(load, 'back', () => succeedsAgain(load, 'back', ['write', 'read']));
    await load.stop();

    expect(neverFailedOrHung(load.answers)).toEqual([]);
    expect(statusesOf(load.in('before'))).toEqual(new Set([200, 201]));
    // A request sent just before the restart may be answered 2xx once Redis is back: those its
    // command waited for are not counted here.
    const down = load.answeredWithin('down', 'starting');
    expect(down.length).toBeGreaterThan(10);
    expect(new Set(down.map(problemOf))).toEqual(
      new Set(['503 urn:tenfold:problem:session-store-unavailable; retry after 2 s']),
    );
    // Fast answers, not requests waiting for Redis to come back.
    expect(Math.max(...load.in('down').map((answer) => answer.ms))).toBeLessThan(5_000);
    for (const phase of ['stopping', 'down', 'starting', 'back']) {
      expect([...statusesOf(load.in(phase))].filter((s) => ![200, 201, 503].includes(s))).toEqual(
        [],
      );
    }
    await heartbeatCompletes(); // web → Redis → worker → Postgres, with neither restarted
  }, 90_000);

  it('serves replica reads through a primary outage longer than the lag limit; writes answer 503', async () => {
    const lagged = await joinAs(web, writer, 'member', 'lagged');
    const load = startLoad([
      writes('p1'),
      writes('p2'),
      reads(reader),
      reads(reader),
      reads(lagged, 'read-needing-newer-position'),
    ]);
    await during(load, 'before', async () => {
      await waitFor('the reader served by the replica', () =>
        load.in('before', 'read').some((a) => a.readFrom?.startsWith(stack.replicaName))
          ? true
          : undefined,
      );
      // A last write of this user's that no replica has replayed: their reads need the primary.
      await web.app.get(WritePositions, { strict: false }).record(lagged.id, 2n ** 64n - 1n);
      await sleep(500);
    });
    await during(load, 'stopping', () => stack.stopPrimary());
    let readiness: Response | undefined;
    await during(load, 'down', async () => {
      await sleep(11_000); // past DB_REPLICA_MAX_LAG_SECONDS
      readiness = await web.http.get('/health/ready').set('Authorization', admin());
      await sleep(4_000);
    });
    await during(load, 'starting', () => stack.startPrimary());
    await during(load, 'back', () => succeedsAgain(load, 'back', ['write', 'read']));
    await load.stop();

    expect(neverFailedOrHung(load.answers)).toEqual([]);
    // Not ready without the primary, but the replica is up and in the rotation.
    expect(readiness?.status).toBe(503);
    expect(readiness?.body.checks.details.primary.status).toBe('down');
    expect(readiness?.body.checks.details.replica).toMatchObject({
      status: 'up',
      replicas: [expect.objectContaining({ inRotation: true, lagBytes: null })],
    });
    const readsDown = load.in('down', 'read');
    expect(statusesOf(readsDown)).toEqual(new Set([200]));
    expect(new Set(readsDown.map((a) => a.readFrom))).toEqual(
      new Set([`${stack.replicaName}; no-recent-writes`]),
    );
    // For the whole outage, well past DB_REPLICA_MAX_LAG_SECONDS (10 s): not just its first 10 s.
    const lastRead = Math.max(...readsDown.map((a) => a.startedAt));
    expect(lastRead - load.startOf('down')).toBeGreaterThan(13_000);
    expect(readsDown.length).toBeGreaterThan(30);

    const writesDown = load.answeredWithin('down', 'starting', 'write');
    expect(writesDown.length).toBeGreaterThan(10);
    expect(new Set(writesDown.map(problemOf))).toEqual(
      new Set(['503 urn:tenfold:problem:database-unavailable; retry after 5 s']),
    );
    expect(Math.max(...load.in('down', 'write').map((answer) => answer.ms))).toBeLessThan(5_000);
    // Reads that need a position the replica lacks are not served stale: 503, like writes.
    const needy = load.answeredWithin('down', 'starting', 'read-needing-newer-position');
    expect(needy.length).toBeGreaterThan(5);
    expect(new Set(needy.map(problemOf))).toEqual(
      new Set(['503 urn:tenfold:problem:database-unavailable; retry after 5 s']),
    );
    for (const phase of ['before', 'stopping', 'down', 'starting', 'back']) {
      expect([...statusesOf(load.in(phase))].filter((s) => ![200, 201, 503].includes(s))).toEqual(
        [],
      );
    }
    await heartbeatCompletes();
  }, 90_000);

  it('named no host, port or driver message in any outage answer', () => {
    const problems = loads.flatMap((load) => load.answers).filter((a) => a.status === 503);
    expect(problems.length).toBeGreaterThan(20);
    // Ports as a driver names them (":61432"), not the same digits inside a request id or UUID.
    const leaks = problems.filter((a) =>
      /127\.0\.0\.1|localhost|ECONN|:6143\d\b|:61379\b|terminat|shutting down/i.test(
        a.problem ?? '',
      ),
    );
    expect(leaks.map((a) => a.problem)).toEqual([]);
  });

  it('answered 201 for exactly the tasks that were committed, through both outages', async () => {
    const created = loads.flatMap((load) => load.answers).filter((a) => a.status === 201);
    expect(created.length).toBeGreaterThan(20);
    const client = new Client({ connectionString: stack.primaryUrl(database) });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>(
        'SELECT id FROM projects.tasks WHERE project_id = $1',
        [projectId],
      );
      expect(new Set(rows.map((row) => row.id))).toEqual(
        new Set(created.map((answer) => answer.createdId)),
      );
      expect(rows.length).toBe(created.length);
    } finally {
      await client.end();
    }
  });
});

/** Waits until every kind has had a successful answer in `phase`, then keeps the load 1.5 s more. */
async function succeedsAgain(load: SteadyLoad, phase: string, kinds: string[]): Promise<void> {
  await waitFor(
    `${kinds.join(' and ')} succeeding again`,
    () =>
      kinds.every((kind) => load.in(phase, kind).some((a) => a.status < 300)) ? true : undefined,
    30_000,
  );
  await sleep(1_500);
}

/** 500s and requests without an answer, described; none may happen in any phase. */
function neverFailedOrHung(answers: Answer[]): string[] {
  return answers
    .filter((a) => a.status === 0 || a.status >= 500)
    .filter((a) => !(a.status === 503 && a.retryAfter !== undefined))
    .map((a) => `${a.phase} ${a.kind}: ${a.status} ${a.problemType ?? ''} after ${a.ms} ms`);
}

function statusesOf(answers: Answer[]): Set<number> {
  return new Set(answers.map((a) => a.status));
}

function problemOf(answer: Answer): string {
  return `${answer.status} ${answer.problemType}; retry after ${answer.retryAfter} s`;
}

function pick(env: NodeJS.ProcessEnv, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, env[name]]));
}
