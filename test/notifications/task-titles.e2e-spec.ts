import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import type { IntegrationEvent } from '../../src/common/contracts/integration-event';
import { RecordTaskTitleConsumer } from '../../src/modules/notifications/consumers/record-task-title.consumer';
import { ProjectDeletedV1 } from '../../src/modules/projects/contracts/project-deleted.event';
import { TaskCreatedV1 } from '../../src/modules/projects/contracts/task-created.event';
import { TaskDeletedV1 } from '../../src/modules/projects/contracts/task-deleted.event';
import { TaskUpdatedV1 } from '../../src/modules/projects/contracts/task-updated.event';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/**
 * notifications.task-titles keeps the title Slack quotes current and forgets deleted tasks. The
 * consumer is applied directly, as the worker would after its inbox check, so each test controls
 * the order events arrive in. TaskUpdatedV1 is built here: its producer is not this change's.
 */
describe('notifications: task titles follow renames and deletions', () => {
  let web: WebAppUnderTest;
  let primary: DataSource;
  const consumer = new RecordTaskTitleConsumer();

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    primary = web.app.get(DataSource);
  });
  afterAll(() => web?.close());

  const workspaceId = randomUUID();
  const projectId = randomUUID();
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 12, minute)).toISOString();
  const metadata = (occurredAt: string, workspace: string = workspaceId) => ({
    id: randomUUID(),
    occurredAt,
    workspaceId: workspace,
    actorId: null,
    correlationId: randomUUID(),
  });
  const apply = (event: IntegrationEvent) => consumer.apply(event as never, primary.manager);
  const created = (taskId: string, title: string, minute: number) =>
    new TaskCreatedV1({ taskId, projectId, title, assigneeId: null }, metadata(at(minute)));
  const renamed = (taskId: string, from: string, to: string, minute: number, workspace?: string) =>
    new TaskUpdatedV1(
      { taskId, projectId, title: to, changes: { title: { from, to } } },
      metadata(at(minute), workspace),
    );
  const titleOf = async (taskId: string): Promise<string | undefined> =>
    (
      await primary.query(`SELECT title FROM notifications.task_titles WHERE task_id = $1`, [
        taskId,
      ])
    )[0]?.title;

  it('a rename replaces the title; an older rename arriving late does not', async () => {
    const taskId = randomUUID();
    await apply(created(taskId, 'Draft', 0));
    await apply(renamed(taskId, 'Second', 'Third', 2));
    await apply(renamed(taskId, 'Draft', 'Second', 1));
    expect(await titleOf(taskId)).toBe('Third');
  });

  it('a rename that arrives before the creation keeps the newer title', async () => {
    const taskId = randomUUID();
    await apply(renamed(taskId, 'Draft', 'Final', 5));
    await apply(created(taskId, 'Draft', 0));
    expect(await titleOf(taskId)).toBe('Final');
  });

  it('an update of another field still carries, and stores, the current title', async () => {
    const taskId = randomUUID();
    await apply(created(taskId, 'Old', 0));
    await apply(
      new TaskUpdatedV1(
        {
          taskId,
          projectId,
          title: 'Current',
          changes: { priority: { from: 'none', to: 'high' } },
        },
        metadata(at(3)),
      ),
    );
    expect(await titleOf(taskId)).toBe('Current');
  });

  it('another workspace’s event cannot rename a task', async () => {
    const taskId = randomUUID();
    await apply(created(taskId, 'Mine', 0));
    await apply(renamed(taskId, 'Mine', 'Hijacked', 9, randomUUID()));
    expect(await titleOf(taskId)).toBe('Mine');
  });

  it('forgets a deleted task, and every task of a deleted project', async () => {
    const [gone, first, second, kept] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    for (const taskId of [gone, first, second, kept]) await apply(created(taskId, 'x', 0));
    await apply(new TaskDeletedV1({ taskId: gone, projectId }, metadata(at(1))));
    await apply(
      new ProjectDeletedV1({ projectId, name: 'p', taskIds: [first, second] }, metadata(at(2))),
    );
    expect(await titleOf(gone)).toBeUndefined();
    expect(await titleOf(first)).toBeUndefined();
    expect(await titleOf(second)).toBeUndefined();
    expect(await titleOf(kept)).toBe('x');
  });

  it('a project deleted in another workspace forgets nothing here', async () => {
    const taskId = randomUUID();
    await apply(created(taskId, 'Safe', 0));
    await apply(
      new ProjectDeletedV1(
        { projectId, name: 'p', taskIds: [taskId] },
        metadata(at(1), randomUUID()),
      ),
    );
    expect(await titleOf(taskId)).toBe('Safe');
  });
});
