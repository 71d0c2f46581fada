import { randomUUID } from 'node:crypto';

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

import { CopyExistingTasksToMedia1795578000001 } from '../../migrations/1795578000001-copy-existing-tasks-to-media';
import { createProject, createTask } from '../projects/support/projects-api';
import { signUpOwner } from '../projects/support/projects-world';
import { bearer, type SignedInUser } from '../harness/accounts';
import { runMigration } from '../support/run-migration';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { attachmentsPath, MediaWorld, pngOf } from './support/media-world';

/**
 * Uploads only for tasks media knows in the workspace: its own projection of task ids, fed by
 * projects.task.created.v1 (and, for tasks older than it, by the upgrade migration).
 */
describe('attachments need a task of the workspace', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest | undefined;
  let world: MediaWorld;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    world = new MediaWorld(web);
    owner = await signUpOwner(web, 'media-tasks-owner');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const announce = (user: SignedInUser, taskId: string, workspaceId = user.workspaceId) =>
    web.http
      .post(attachmentsPath(workspaceId, taskId))
      .set(bearer(user.token))
      .send({ fileName: 'task.png', contentType: 'image/png', size: 1000 });
  const stream = async (user: SignedInUser, taskId: string) =>
    world.uploadStreamed(user, await pngOf(16, 16), 'image/png', taskId);
  const storedKeysOf = async (workspaceId: string) => {
    const answer = await web.app
      .get(S3Client)
      .send(
        new ListObjectsV2Command({ Bucket: config.s3.bucket, Prefix: `media/${workspaceId}/` }),
      );
    return (answer.Contents ?? []).map((object) => object.Key);
  };
  const rowsOf = async (workspaceId: string) =>
    (
      await world.db.query(
        'SELECT count(*)::int AS n FROM media.attachments WHERE workspace_id = $1',
        [workspaceId],
      )
    )[0].n as number;
  /** The answer's body, without what names the request itself. */
  const problemOf = (body: Record<string, unknown>) => ({
    ...body,
    requestId: undefined,
    instance: undefined,
  });

  it('a made-up task id is 404, either way of uploading, and nothing is stored', async () => {
    const madeUp = randomUUID();
    const announced = await announce(owner, madeUp);
    expect(announced.status).toBe(404);
    expect(announced.headers['content-type']).toContain('application/problem+json');
    expect(announced.body).toMatchObject({
      status: 404,
      type: 'urn:tenfold:problem:task-not-found',
    });
    const streamed = await stream(owner, madeUp);
    expect(streamed.status).toBe(404);
    expect(JSON.parse(streamed.text).type).toBe('urn:tenfold:problem:task-not-found');
    expect(await rowsOf(owner.workspaceId)).toBe(0);
    expect(await storedKeysOf(owner.workspaceId)).toEqual([]);
  });

  it("another workspace's task id is 404, the same answer as a made-up one", async () => {
    const stranger = await world.owner('media-tasks-stranger');
    const theirTask = await world.knownTask(stranger);
    expect((await announce(stranger, theirTask)).status).toBe(201); // theirs, in their workspace

    const announced = await announce(owner, theirTask);
    expect(announced.status).toBe(404);
    expect(problemOf(announced.body)).toEqual(
      problemOf((await announce(owner, randomUUID())).body),
    );
    expect((await stream(owner, theirTask)).status).toBe(404);
    expect(await rowsOf(owner.workspaceId)).toBe(0);
    expect(await storedKeysOf(owner.workspaceId)).toEqual([]);
  });

  it('the upgrade migration makes tasks older than the projection uploadable, once', async () => {
    const project = await createProject(web, owner, { name: 'Before media knew tasks' });
    const task = await createTask(web, owner, project.id, { title: 'Old task' });
    // No worker has run: media has not heard of the task.
    expect((await announce(owner, task.id)).status).toBe(404);

    await runMigration(world.db, new CopyExistingTasksToMedia1795578000001());
    await runMigration(world.db, new CopyExistingTasksToMedia1795578000001());
    expect(
      await world.db.query('SELECT workspace_id FROM media.known_tasks WHERE task_id = $1', [
        task.id,
      ]),
    ).toEqual([{ workspace_id: owner.workspaceId }]);
    expect((await announce(owner, task.id)).status).toBe(201);
  });

  it('a task created through the API becomes uploadable once the worker consumed its event', async () => {
    const project = await createProject(web, owner, { name: 'Attachments' });
    const task = await createTask(web, owner, project.id, { title: 'Needs a picture' });
    expect((await announce(owner, task.id)).status).toBe(404); // no worker yet: not known

    worker = await WorkerAppUnderTest.start(config);
    const ticket = await waitFor('the task to become uploadable', async () => {
      const answer = await announce(owner, task.id);
      return answer.status === 201 ? answer : undefined;
    });
    expect(ticket.body).toMatchObject({ id: expect.any(String), uploadUrl: expect.any(String) });
    const inbox = await world.db.query(
      `SELECT count(*)::int AS n FROM messaging.inbox i JOIN messaging.outbox o ON o.event_id = i.event_id
        WHERE i.consumer = 'media.known-tasks' AND o.event->'payload'->>'taskId' = $1`,
      [task.id],
    );
    expect(inbox[0].n).toBe(1);
    const streamed = await stream(owner, task.id);
    expect(streamed.status).toBe(202);
    // Still only in its own workspace.
    const stranger = await world.owner('media-tasks-late-stranger');
    expect((await announce(stranger, task.id)).status).toBe(404);
  });

  it('a deleted task takes no more uploads once the worker consumed its deletion', async () => {
    worker ??= await WorkerAppUnderTest.start(config);
    const project = await createProject(web, owner, { name: 'Short-lived' });
    const task = await createTask(web, owner, project.id, { title: 'Soon gone' });
    await waitFor('the task to become uploadable', async () =>
      (await announce(owner, task.id)).status === 201 ? true : undefined,
    );
    await web.http
      .delete(`/v1/workspaces/${owner.workspaceId}/tasks/${task.id}`)
      .set(bearer(owner.token))
      .expect(204);
    await waitFor('the deleted task to be refused', async () =>
      (await announce(owner, task.id)).status === 404 ? true : undefined,
    );
    expect((await stream(owner, task.id)).status).toBe(404);
  });
});
