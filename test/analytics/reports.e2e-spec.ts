import { randomUUID } from 'node:crypto';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { EventTransport } from '../../src/infrastructure/events/event-transport';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

interface Cycle {
  p50: number;
  p90: number;
  p99: number;
}
interface Completions {
  completed: number;
  cycleTimeHours: Cycle | null;
}
interface Report {
  workspaceId: string;
  days: number;
  from: string;
  to: string;
  asOf: string | null;
  totals: Completions;
  daily: { day: string; completed: number }[];
  projects: ({ projectId: string } & Completions)[];
  assignees: ({ assigneeId: string | null } & Completions)[];
}

/** A row of analytics.task_facts as the test writes and reads it. */
interface Fact {
  task_id: string;
  project_id: string;
  assignee_id: string | null;
  created_at: Date | null;
  completed_at: Date | null;
  state_changed_at: Date;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Postgres' percentile_cont, written out independently: the value at 0-based rank p·(n−1) of the
 * sorted values, interpolated linearly between the two closest ranks.
 */
function percentileCont(sorted: number[], p: number): number {
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
}

/** Expected completions of some facts; numbers compared to 6 digits (float8 vs JS doubles). */
function completionsOf(facts: Fact[]): Completions {
  const hours = facts
    .filter((fact) => fact.created_at !== null)
    .map((fact) => (fact.completed_at!.getTime() - fact.created_at!.getTime()) / HOUR_MS)
    .sort((a, b) => a - b);
  const at = (p: number) => expect.closeTo(percentileCont(hours, p), 6) as unknown as number;
  return {
    completed: facts.length,
    cycleTimeHours: hours.length === 0 ? null : { p50: at(0.5), p90: at(0.9), p99: at(0.99) },
  };
}

function groupBy<K>(facts: Fact[], key: (fact: Fact) => K): Map<K, Fact[]> {
  const groups = new Map<K, Fact[]>();
  for (const fact of facts) groups.set(key(fact), [...(groups.get(key(fact)) ?? []), fact]);
  return groups;
}

/** Most completions first, then by id (nulls last), as the endpoint promises. */
function byCompletedThenId(a: [string | null, Completions], b: [string | null, Completions]) {
  const [idA, { completed: countA }] = a;
  const [idB, { completed: countB }] = b;
  if (countA !== countB) return countB - countA;
  if (idA === null || idB === null) return idA === null ? 1 : -1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/** The whole answer, computed here from a workspace's facts for the window the endpoint used. */
function expectedReport(facts: Fact[], answered: Report, end: Date): Omit<Report, 'workspaceId'> {
  const start = Date.parse(`${answered.from}T00:00:00.000Z`);
  const done = facts.filter(
    (fact) =>
      fact.completed_at !== null &&
      fact.completed_at.getTime() >= start &&
      fact.completed_at.getTime() <= end.getTime(),
  );
  const perDay = groupBy(done, (fact) => isoDay(fact.completed_at!));
  const newest = facts
    .flatMap((fact) => [fact.state_changed_at, fact.created_at ?? fact.state_changed_at])
    .reduce<Date | null>((max, at) => (max && max >= at ? max : at), null);
  return {
    days: answered.days,
    from: answered.from,
    to: isoDay(new Date(start + (answered.days - 1) * DAY_MS)),
    asOf: newest ? newest.toISOString() : null,
    totals: completionsOf(done),
    daily: Array.from({ length: answered.days }, (_, i) => {
      const day = isoDay(new Date(start + i * DAY_MS));
      return { day, completed: perDay.get(day)?.length ?? 0 };
    }),
    projects: [...groupBy(done, (fact) => fact.project_id)]
      .map(([id, group]): [string, Completions] => [id, completionsOf(group)])
      .sort(byCompletedThenId)
      .map(([projectId, completions]) => ({ projectId, ...completions })),
    assignees: [...groupBy(done, (fact) => fact.assignee_id)]
      .map(([id, group]): [string | null, Completions] => [id, completionsOf(group)])
      .sort(byCompletedThenId)
      .map(([assigneeId, completions]) => ({ assigneeId, ...completions })),
  };
}

/** A deterministic generator (mulberry32), so a failing seed can be replayed. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertFacts(dataSource: DataSource, workspaceId: string, facts: Fact[]) {
  const column = <K extends keyof Fact>(key: K) =>
    facts.map((fact) => (fact[key] instanceof Date ? fact[key].toISOString() : fact[key]));
  await dataSource.query(
    `INSERT INTO analytics.task_facts
       (task_id, workspace_id, project_id, assignee_id, created_at, completed_at, state_changed_at)
     SELECT task_id, $1, project_id, assignee_id, created_at, completed_at, state_changed_at
       FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[],
                   $7::timestamptz[]) AS f(task_id, project_id, assignee_id, created_at,
                                           completed_at, state_changed_at)`,
    [
      workspaceId,
      column('task_id'),
      column('project_id'),
      column('assignee_id'),
      column('created_at'),
      column('completed_at'),
      column('state_changed_at'),
    ],
  );
}

/**
 * Rows written straight into the primary are nobody's own write, so read-your-writes does not
 * cover them: wait until every replica has replayed them before asking the endpoint.
 */
async function replicasCaughtUp(primary: DataSource, replicaUrls: string[]): Promise<void> {
  const [{ lsn }] = await primary.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
  for (const url of replicaUrls) {
    const replica = new Client({ connectionString: url });
    await replica.connect();
    try {
      await waitFor(`${new URL(url).port} to replay ${lsn}`, async () => {
        const { rows } = await replica.query(
          `SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`,
          [lsn],
        );
        return rows[0].done ? true : undefined;
      });
    } finally {
      await replica.end();
    }
  }
}

/** Reads analytics back from the primary: the source of truth the report must agree with. */
function factsOf(dataSource: DataSource, workspaceId: string): Promise<Fact[]> {
  return dataSource.query(
    `SELECT task_id, project_id, assignee_id, created_at, completed_at, state_changed_at
       FROM analytics.task_facts WHERE workspace_id = $1`,
    [workspaceId],
  );
}

describe('analytics reports: completions and cycle times from the task read model', () => {
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let owner: SignedInUser;
  let primary: DataSource;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'system' }));
    owner = await signUp(web.http, 'reports');
    primary = web.app.get(DataSource);
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const answerOf = (user: SignedInUser, query = '') =>
    web.http
      .get(`/v1/workspaces/${user.workspaceId}/analytics/reports${query}`)
      .set(bearer(user.token));
  const reportOf = async (user: SignedInUser, query = ''): Promise<Report> => {
    const response = await answerOf(user, query);
    expect(response.status).toBe(200);
    return response.body as Report;
  };

  it('reads a table that is exactly the agreed DDL (the bulk seeder writes to it too)', async () => {
    const columns = await primary.query(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
        WHERE table_schema = 'analytics' AND table_name = 'task_facts' ORDER BY ordinal_position`,
    );
    const uuid = (name: string, nullable: boolean) => [name, 'uuid', nullable ? 'YES' : 'NO'];
    const time = (name: string, nullable: boolean) => [
      name,
      'timestamp with time zone',
      nullable ? 'YES' : 'NO',
    ];
    expect(columns.map((c: Record<string, string>) => Object.values(c))).toEqual([
      uuid('task_id', false),
      uuid('workspace_id', false),
      uuid('project_id', false),
      uuid('assignee_id', true),
      time('created_at', true),
      time('completed_at', true),
      time('state_changed_at', false),
      time('moved_at', true),
      time('deleted_at', true),
    ]);
    const indexes = await primary.query(
      `SELECT indexname, indexdef FROM pg_indexes
        WHERE schemaname = 'analytics' AND tablename = 'task_facts' ORDER BY indexname`,
    );
    expect(indexes).toEqual([
      {
        indexname: 'task_facts_completed_in_workspace',
        indexdef:
          'CREATE INDEX task_facts_completed_in_workspace ON analytics.task_facts USING btree ' +
          '(workspace_id, completed_at) WHERE (completed_at IS NOT NULL)',
      },
      {
        indexname: 'task_facts_created_in_workspace',
        indexdef:
          'CREATE INDEX task_facts_created_in_workspace ON analytics.task_facts USING btree ' +
          '(workspace_id, created_at)',
      },
      {
        indexname: 'task_facts_pkey',
        indexdef:
          'CREATE UNIQUE INDEX task_facts_pkey ON analytics.task_facts USING btree (task_id)',
      },
      {
        indexname: 'task_facts_state_changed_in_workspace',
        indexdef:
          'CREATE INDEX task_facts_state_changed_in_workspace ON analytics.task_facts USING btree ' +
          '(workspace_id, state_changed_at)',
      },
    ]);
  });

  it('counts what was done through the API, once the worker has consumed it', async () => {
    const api = (path: string) => `/v1/workspaces/${owner.workspaceId}${path}`;
    const send = async (method: 'post' | 'put', path: string, body?: object) => {
      const response = await web.http[method](api(path)).set(bearer(owner.token)).send(body);
      expect([path, response.status]).toEqual([path, method === 'post' ? 201 : 200]);
      return response.body as { id: string };
    };
    const act = async (path: string) =>
      expect((await web.http.post(api(path)).set(bearer(owner.token))).status).toBe(200);

    // Assignees must be members in projects' own projection, which identity's event feeds.
    await waitFor('projects to know the owner as a member', async () => {
      const rows: unknown[] = await primary.query(
        `SELECT 1 FROM projects.members WHERE workspace_id = $1 AND user_id = $2`,
        [owner.workspaceId, owner.id],
      );
      return rows.length > 0 ? true : undefined;
    });
    const alpha = (await send('post', '/projects', { name: 'Alpha' })).id;
    const beta = (await send('post', '/projects', { name: 'Beta' })).id;
    const task = async (project: string, assigneeId?: string) =>
      (await send('post', `/projects/${project}/tasks`, { title: 'work', assigneeId })).id;
    const [a1, a2, a3] = [
      await task(alpha, owner.id),
      await task(alpha),
      await task(alpha, owner.id),
    ];
    const [b1, b2] = [await task(beta), await task(beta, owner.id)];
    await send('put', `/tasks/${a2}/assignee`, { assigneeId: owner.id });
    await send('put', `/tasks/${a3}/assignee`, { assigneeId: null });
    for (const id of [a1, a2, a3, b1, b2]) await act(`/tasks/${id}/complete`);
    await act(`/tasks/${b2}/reopen`);

    // Expected cycle times from the events themselves: created.occurredAt → completed.completedAt.
    const events: { type: string; occurredAt: string; payload: Record<string, string> }[] = (
      await primary.query(
        `SELECT event FROM messaging.outbox
          WHERE event->>'workspaceId' = $1 AND type LIKE 'projects.task.%' ORDER BY position`,
        [owner.workspaceId],
      )
    ).map((row: { event: unknown }) => row.event);
    const newestEvent = events
      .map((event) => event.occurredAt)
      .sort()
      .at(-1);
    const current = await waitFor('the task facts to catch up with every task event', async () => {
      const report = await reportOf(owner);
      return report.asOf === new Date(newestEvent!).toISOString() ? report : undefined;
    });

    const createdAt = (id: string) =>
      new Date(
        events.find((e) => e.type.endsWith('created.v1') && e.payload.taskId === id)!.occurredAt,
      );
    const completedAt = (id: string) =>
      new Date(
        events.find((e) => e.type.endsWith('completed.v1') && e.payload.taskId === id)!.payload
          .completedAt,
      );
    const fact = (id: string, project: string, assignee: string | null): Fact => ({
      task_id: id,
      project_id: project,
      assignee_id: assignee,
      created_at: createdAt(id),
      completed_at: completedAt(id),
      state_changed_at: completedAt(id),
    });
    const done = [
      fact(a1, alpha, owner.id),
      fact(a2, alpha, owner.id),
      fact(a3, alpha, null),
      fact(b1, beta, null),
    ];
    const today = isoDay(new Date());
    expect(current).toMatchObject({ workspaceId: owner.workspaceId, days: 30, to: today });
    expect(current.totals).toEqual(completionsOf(done));
    expect(current.totals.completed).toBe(4);
    expect(current.daily).toHaveLength(30);
    expect(current.daily.at(-1)).toEqual({ day: today, completed: 4 });
    expect(current.daily.slice(0, -1).every((day) => day.completed === 0)).toBe(true);
    expect(current.projects).toEqual([
      { projectId: alpha, ...completionsOf(done.slice(0, 3)) },
      { projectId: beta, ...completionsOf(done.slice(3)) },
    ]);
    expect(current.assignees).toEqual([
      { assigneeId: owner.id, ...completionsOf(done.slice(0, 2)) },
      { assigneeId: null, ...completionsOf(done.slice(2)) },
    ]);
    // The reopened task has a fact, just not a completion.
    const [reopened] = await primary.query(
      `SELECT completed_at, assignee_id FROM analytics.task_facts WHERE task_id = $1`,
      [b2],
    );
    expect(reopened).toEqual({ completed_at: null, assignee_id: owner.id });
  });

  it('equals a computation of its own over thousands of facts on the primary, other workspaces left out', async () => {
    const seeded = await signUp(web.http, 'seeded');
    const random = randomFrom(20_260_101);
    const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)];
    const projects = Array.from({ length: 6 }, () => randomUUID());
    const assignees = [...Array.from({ length: 8 }, () => randomUUID()), null, null];
    const now = Date.now();
    const thirtyDaysStart = Date.parse(`${isoDay(new Date(now - 29 * DAY_MS))}T00:00:00.000Z`);
    const factAt = (completed: number | null, created: number | null): Fact => ({
      task_id: randomUUID(),
      project_id: pick(projects),
      assignee_id: pick(assignees),
      created_at: created === null ? null : new Date(created),
      completed_at: completed === null ? null : new Date(completed),
      state_changed_at: new Date(completed ?? created ?? now - DAY_MS),
    });
    const facts = Array.from({ length: 3_000 }, () => {
      const completed = random() < 0.2 ? null : now - Math.floor(random() * 40 * DAY_MS) - 60_000;
      const created =
        random() < 0.1 ? null : (completed ?? now) - Math.floor(random() * 15 * DAY_MS);
      return factAt(completed, created);
    });
    // The window's edges: its first millisecond counts, the one before and the future do not.
    facts.push(factAt(thirtyDaysStart, thirtyDaysStart - 5 * HOUR_MS));
    facts.push(factAt(thirtyDaysStart - 1, thirtyDaysStart - 7 * HOUR_MS));
    for (let i = 0; i < 5; i++) facts.push(factAt(now + 3 * HOUR_MS, now - HOUR_MS));
    await insertFacts(primary, seeded.workspaceId, facts);

    // Another workspace's completions, in the same window, sharing project and assignee ids.
    const foreign = Array.from({ length: 400 }, () =>
      factAt(now - Math.floor(random() * 20 * DAY_MS) - 60_000, now - 25 * DAY_MS),
    );
    await insertFacts(primary, randomUUID(), foreign);
    await replicasCaughtUp(primary, web.config.database.replicaUrls);

    const stored = await factsOf(primary, seeded.workspaceId);
    expect(stored).toHaveLength(facts.length);
    // Served by a replica (X-Read-From, on in tests) once the router sees it caught up.
    const replicas = web.config.database.replicaUrls.map((url) => new URL(url).host);
    await waitFor('a replica to serve the report', async () => {
      const response = await answerOf(seeded);
      const [server] = String(response.headers['x-read-from']).split(';');
      return response.status === 200 && replicas.includes(server) ? true : undefined;
    });
    for (const query of ['', '?days=7', '?days=90', '?days=1']) {
      const answered = await reportOf(seeded, query);
      const expected = expectedReport(stored, answered, new Date());
      expect({ query, ...answered }).toEqual({
        query,
        workspaceId: seeded.workspaceId,
        ...expected,
      });
    }
    const thirty = await reportOf(seeded);
    expect(thirty.from).toBe(isoDay(new Date(thirtyDaysStart)));
    // The data really exercises what it should: nulls, several groups, a busy day, the edge row.
    expect(thirty.totals.completed).toBeGreaterThan(1_500);
    expect(thirty.projects).toHaveLength(6);
    expect(thirty.assignees).toHaveLength(9);
    expect(thirty.assignees.some((group) => group.assigneeId === null)).toBe(true);
    expect(thirty.daily[0].completed).toBeGreaterThan(0);
  });

  describe('events arriving late, twice or out of order', () => {
    let team: SignedInUser;
    const taskId = randomUUID();
    const projectId = randomUUID();
    const [alice, bob] = [randomUUID(), randomUUID()];
    const base = Date.now() - 10 * HOUR_MS;
    const at = (hours: number) => new Date(base + hours * HOUR_MS).toISOString();

    beforeAll(async () => {
      team = await signUp(web.http, 'ordering');
    });

    const deliver = (type: string, occurredAt: string, payload: object, id = randomUUID()) => {
      const event = {
        id,
        type: `projects.task.${type}.v1`,
        occurredAt,
        workspaceId: team.workspaceId,
        actorId: team.id,
        correlationId: randomUUID(),
        payload: { taskId, projectId, ...payload },
      };
      return worker.app
        .get(EventTransport)
        .deliver(event)
        .then(() => event);
    };
    const fact = async () => {
      const [row] = await primary.query(
        `SELECT assignee_id, created_at, completed_at, state_changed_at
           FROM analytics.task_facts WHERE task_id = $1`,
        [taskId],
      );
      return row as Omit<Fact, 'task_id' | 'project_id'>;
    };

    it('keeps the newest state and still learns the creation time', async () => {
      const completion = await deliver('completed', at(2), {
        assigneeId: alice,
        completedAt: at(2),
      });
      expect(await fact()).toEqual({
        assignee_id: alice,
        created_at: null,
        completed_at: new Date(at(2)),
        state_changed_at: new Date(at(2)),
      });

      await deliver('reopened', at(3), {});
      await deliver('completed', at(1), { assigneeId: bob, completedAt: at(1) }); // older: ignored
      await deliver('assigned', at(2.5), { assigneeId: bob, previousAssigneeId: alice }); // older
      await worker.app.get(EventTransport).deliver(completion); // the same event again
      await deliver('created', at(0), { title: 'late', assigneeId: bob }); // last, yet it counts
      expect(await fact()).toEqual({
        assignee_id: alice,
        created_at: new Date(at(0)),
        completed_at: null,
        state_changed_at: new Date(at(3)),
      });

      await deliver('completed', at(5), { assigneeId: bob, completedAt: at(5) });
      await deliver('created', at(0.5), { title: 'again', assigneeId: alice }); // no second creation
      // Another workspace naming this task changes nothing here.
      const foreign = {
        id: randomUUID(),
        type: 'projects.task.reopened.v1',
        occurredAt: at(6),
        workspaceId: randomUUID(),
        actorId: null,
        correlationId: randomUUID(),
        payload: { taskId, projectId },
      };
      await worker.app.get(EventTransport).deliver(foreign);
      expect(await fact()).toEqual({
        assignee_id: bob,
        created_at: new Date(at(0)),
        completed_at: new Date(at(5)),
        state_changed_at: new Date(at(5)),
      });

      const report = await waitFor('the report to see the completion', async () => {
        const current = await reportOf(team);
        return current.totals.completed === 1 ? current : undefined;
      });
      const five = { p50: 5, p90: 5, p99: 5 };
      expect(report.totals).toEqual({ completed: 1, cycleTimeHours: five });
      expect(report.projects).toEqual([{ projectId, completed: 1, cycleTimeHours: five }]);
      expect(report.assignees).toEqual([{ assigneeId: bob, completed: 1, cycleTimeHours: five }]);
      expect(report.asOf).toBe(at(5));
    });
  });

  it('is for members only (404 otherwise) and checks its window (400 naming days)', async () => {
    const outsider = await signUp(web.http, 'outsider');
    const path = `/v1/workspaces/${owner.workspaceId}/analytics/reports`;
    await web.http.get(path).set(bearer(outsider.token)).expect(404);
    await web.http.get(path).expect(401);
    for (const days of ['0', '91', 'abc', '1.5']) {
      const response = await web.http.get(`${path}?days=${days}`).set(bearer(owner.token));
      expect([days, response.status]).toEqual([days, 400]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'days' })]),
      );
    }
    const empty = await reportOf(outsider, '?days=90');
    expect(empty).toMatchObject({
      workspaceId: outsider.workspaceId,
      days: 90,
      asOf: null,
      totals: { completed: 0, cycleTimeHours: null },
      projects: [],
      assignees: [],
    });
    expect(empty.daily).toHaveLength(90);
  });
});
