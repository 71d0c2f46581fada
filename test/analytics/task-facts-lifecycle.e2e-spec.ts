import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import type { IntegrationEvent } from '../../src/common/contracts/integration-event';
import { RecordTaskFactsConsumer } from '../../src/modules/analytics/consumers/record-task-facts.consumer';
import { ProjectDeletedV1 } from '../../src/modules/projects/contracts/project-deleted.event';
import { TaskCompletedV1 } from '../../src/modules/projects/contracts/task-completed.event';
import { TaskCreatedV1 } from '../../src/modules/projects/contracts/task-created.event';
import { TaskDeletedV1 } from '../../src/modules/projects/contracts/task-deleted.event';
import { TaskMovedV1 } from '../../src/modules/projects/contracts/task-moved.event';
import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';

interface Report {
  totals: { completed: number };
  projects: { projectId: string; completed: number }[];
}

/**
 * analytics.task-facts follows moves and deletions. The consumer is applied directly, as the
 * worker would after its inbox check, so each test controls the order events arrive in; the
 * report is read through the API, as customers read it.
 */
describe('analytics: task facts follow moves and deletions', () => {
  let web: WebAppUnderTest;
  let primary: DataSource;
  const consumer = new RecordTaskFactsConsumer();

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '100000' }));
    primary = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
  const metadata = (user: SignedInUser, occurredAt: string) => ({
    id: randomUUID(),
    occurredAt,
    workspaceId: user.workspaceId,
    actorId: user.id,
    correlationId: randomUUID(),
  });
  const apply = (event: IntegrationEvent) => consumer.apply(event as never, primary.manager);

  async function completedTask(user: SignedInUser, projectId: string, at: number) {
    const taskId = randomUUID();
    await apply(
      new TaskCreatedV1(
        { taskId, projectId, title: 't', assigneeId: null },
        metadata(user, minutesAgo(at + 10)),
      ),
    );
    await apply(
      new TaskCompletedV1(
        { taskId, projectId, assigneeId: null, completedAt: minutesAgo(at) },
        metadata(user, minutesAgo(at)),
      ),
    );
    return taskId;
  }

  /** The report once it shows `expected` completions (the replica may lag behind these writes). */
  const reportShowing = (user: SignedInUser, expected: number) =>
    waitFor(`a report with ${expected} completions`, async () => {
      const response = await web.http
        .get(`/v1/workspaces/${user.workspaceId}/analytics/reports`)
        .set(bearer(user.token));
      expect(response.status).toBe(200);
      const report = response.body as Report;
      return report.totals.completed === expected ? report : undefined;
    });
  const byProject = (report: Report) =>
    Object.fromEntries(report.projects.map((row) => [row.projectId, row.completed]));

  it('a moved task counts for its new project; a deleted one counts no more', async () => {
    const user = await signUp(web.http, 'facts-move');
    const [from, to] = [randomUUID(), randomUUID()];
    const moved = await completedTask(user, from, 30);
    const stays = await completedTask(user, from, 20);
    const deleted = await completedTask(user, from, 10);
    expect(byProject(await reportShowing(user, 3))).toEqual({ [from]: 3 });

    await apply(
      new TaskMovedV1(
        { taskId: moved, fromProjectId: from, toProjectId: to },
        metadata(user, minutesAgo(5)),
      ),
    );
    await apply(
      new TaskDeletedV1({ taskId: deleted, projectId: from }, metadata(user, minutesAgo(4))),
    );
    expect(byProject(await reportShowing(user, 2))).toEqual({ [from]: 1, [to]: 1 });

    // A late completion of the deleted task (a redelivery from before the delete) changes nothing.
    await apply(
      new TaskCompletedV1(
        { taskId: deleted, projectId: from, assigneeId: null, completedAt: minutesAgo(3) },
        metadata(user, minutesAgo(3)),
      ),
    );
    const [tombstone] = await primary.query(
      `SELECT completed_at, deleted_at FROM analytics.task_facts WHERE task_id = $1`,
      [deleted],
    );
    expect(tombstone).toEqual({ completed_at: null, deleted_at: expect.any(Date) });

    await apply(
      new ProjectDeletedV1(
        { projectId: from, name: 'From', taskIds: [stays] },
        metadata(user, minutesAgo(2)),
      ),
    );
    expect(byProject(await reportShowing(user, 1))).toEqual({ [to]: 1 });
  });

  it('moves out of order: the newest move wins, and an older completion still counts', async () => {
    const user = await signUp(web.http, 'facts-order');
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const taskId = randomUUID();
    // The second move (b → c) arrives first, before even the task's creation.
    await apply(
      new TaskMovedV1({ taskId, fromProjectId: b, toProjectId: c }, metadata(user, minutesAgo(5))),
    );
    await apply(
      new TaskMovedV1({ taskId, fromProjectId: a, toProjectId: b }, metadata(user, minutesAgo(8))),
    );
    await apply(
      new TaskCreatedV1(
        { taskId, projectId: a, title: 't', assigneeId: null },
        metadata(user, minutesAgo(20)),
      ),
    );
    await apply(
      new TaskCompletedV1(
        { taskId, projectId: a, assigneeId: null, completedAt: minutesAgo(15) },
        metadata(user, minutesAgo(15)),
      ),
    );
    expect(byProject(await reportShowing(user, 1))).toEqual({ [c]: 1 });
  });

  it('a delete naming another workspace’s task leaves that task’s fact alone', async () => {
    const victim = await signUp(web.http, 'facts-victim');
    const attacker = await signUp(web.http, 'facts-attacker');
    const projectId = randomUUID();
    const taskId = await completedTask(victim, projectId, 10);
    await apply(
      new ProjectDeletedV1(
        { projectId, name: 'x', taskIds: [taskId] },
        metadata(attacker, minutesAgo(1)),
      ),
    );
    expect(byProject(await reportShowing(victim, 1))).toEqual({ [projectId]: 1 });
  });
});
