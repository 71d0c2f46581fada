import { DataSource } from 'typeorm';

import { EventTransport } from '../../src/infrastructure/events/event-transport';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

interface Report {
  asOf: string | null;
  days: number;
  totals: Record<string, number>;
  daily: ({ day: string } & Record<string, number>)[];
  projects: ({ projectId: string } & Record<string, number>)[];
}

/** Projects and identity publish; analytics, a separate module, reacts in the worker. */
describe('analytics activity, fed by events', () => {
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'system' }));
    owner = await signUp(web.http, 'analytics');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const api = (path: string) => `/v1/workspaces/${owner.workspaceId}${path}`;
  const report = async (query = ''): Promise<Report> => {
    const response = await web.http
      .get(api(`/analytics/activity${query}`))
      .set(bearer(owner.token));
    expect(response.status).toBe(200);
    return response.body as Report;
  };
  const reportWhere = (what: string, ok: (r: Report) => boolean) =>
    waitFor(what, async () => {
      const current = await report();
      return ok(current) ? current : undefined;
    });

  it('counts what happened, per day and per project, and says how current it is (asOf)', async () => {
    const project = await web.http
      .post(api('/projects'))
      .set(bearer(owner.token))
      .send({ name: 'Launch' });
    expect(project.status).toBe(201);
    const tasks = [];
    for (const title of ['one', 'two', 'three']) {
      const task = await web.http
        .post(api(`/projects/${project.body.id}/tasks`))
        .set(bearer(owner.token))
        .send({ title });
      expect(task.status).toBe(201);
      tasks.push(task.body.id as string);
    }
    for (const step of [
      `/tasks/${tasks[0]}/complete`,
      `/tasks/${tasks[1]}/complete`,
      `/tasks/${tasks[1]}/reopen`,
    ]) {
      expect((await web.http.post(api(step)).set(bearer(owner.token))).status).toBe(200);
    }

    const expected = {
      projectsCreated: 1,
      tasksCreated: 3,
      tasksAssigned: 0,
      tasksCompleted: 2,
      tasksReopened: 1,
      membersJoined: 1,
    };
    const current = await reportWhere('analytics to catch up', (r) => r.totals.tasksReopened === 1);
    expect(current.totals).toEqual(expected);
    expect(current.days).toBe(30);
    expect(current.daily).toHaveLength(30);
    expect(current.daily.at(-1)).toEqual({
      day: new Date().toISOString().slice(0, 10),
      ...expected,
    });
    expect(current.projects).toEqual([
      { projectId: project.body.id, ...expected, membersJoined: 0 },
    ]);

    const [{ occurred_at: last }] = await web.app.get(DataSource).query(
      `SELECT max((event->>'occurredAt')::timestamptz) AS occurred_at FROM messaging.outbox
          WHERE event->>'workspaceId' = $1`,
      [owner.workspaceId],
    );
    expect(current.asOf).toBe(new Date(last).toISOString());
  });

  it('counts a completed task once, even when its event is delivered twice', async () => {
    const dataSource = web.app.get(DataSource);
    const before = await report();
    const [row] = await dataSource.query(
      `SELECT position, event FROM messaging.outbox
        WHERE type = 'projects.task.completed.v1' AND event->>'workspaceId' = $1 LIMIT 1`,
      [owner.workspaceId],
    );
    // Twice by hand through the transport, and once more by the relay itself.
    const transport = worker.app.get(EventTransport);
    await transport.deliver(row.event);
    await transport.deliver(row.event);
    await dataSource.query(`UPDATE messaging.outbox SET published_at = NULL WHERE position = $1`, [
      row.position,
    ]);
    await waitFor('the relay to deliver it again', async () => {
      const [again] = await dataSource.query(
        `SELECT published_at FROM messaging.outbox WHERE position = $1`,
        [row.position],
      );
      return again.published_at ? true : undefined;
    });
    expect((await report()).totals).toEqual(before.totals);
    const facts = await dataSource.query(
      `SELECT count(*)::int AS n FROM analytics.activity_facts WHERE event_id = $1`,
      [row.event.id],
    );
    expect(facts[0].n).toBe(1);
  });

  it('is for members only (404 otherwise) and checks its window', async () => {
    const outsider = await signUp(web.http, 'outsider');
    await web.http.get(api('/analytics/activity')).set(bearer(outsider.token)).expect(404);
    for (const days of ['0', '91', 'abc', '1.5']) {
      const response = await web.http
        .get(api(`/analytics/activity?days=${days}`))
        .set(bearer(owner.token));
      expect([days, response.status]).toEqual([days, 400]);
    }
    const week = await report('?days=7');
    expect(week.daily).toHaveLength(7);
  });
});
