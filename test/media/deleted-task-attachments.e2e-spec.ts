import { randomUUID } from 'node:crypto';

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

import type { IntegrationEvent } from '../../src/common/contracts/integration-event';
import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';
import { UnitOfWork } from '../../src/infrastructure/database/unit-of-work';
import { EventOutbox } from '../../src/infrastructure/events/event-outbox';
import { PurgeDeletedTasks } from '../../src/modules/media/jobs/purge-deleted-tasks';
import { ProjectDeletedV1 } from '../../src/modules/projects/contracts/project-deleted.event';
import { TaskDeletedV1 } from '../../src/modules/projects/contracts/task-deleted.event';
import { bearer, type SignedInUser } from '../harness/accounts';
import { createProject, createTask } from '../projects/support/projects-api';
import { signUpOwner } from '../projects/support/projects-world';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { attachmentsPath, MediaWorld, pngOf } from './support/media-world';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n', 'latin1');

/**
 * Media follows deletes: projects.task.deleted.v1 and projects.project.deleted.v1, published
 * through the outbox and delivered by the worker's relay, make media forget the tasks and purge
 * their attachments, rows and objects, which the stack's S3 is asked about directly.
 */
describe("deleted tasks' attachments", () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let world: MediaWorld;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config);
    world = new MediaWorld(web);
    owner = await signUpOwner(web, 'media-deletes-owner');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  /** As projects publishes it: in a transaction, through the outbox; the worker delivers it. */
  const publish = (event: IntegrationEvent) =>
    web.app
      .get(UnitOfWork)
      .run(owner.id, (manager) => web.app.get(EventOutbox).publish(manager, event));
  const taskDeleted = (taskId: string) =>
    new TaskDeletedV1(
      { taskId, projectId: randomUUID() },
      newEventMetadata(owner.workspaceId, owner.id),
    );
  const projectDeleted = (taskIds: string[]) =>
    new ProjectDeletedV1(
      { projectId: randomUUID(), name: 'Gone', taskIds },
      newEventMetadata(owner.workspaceId, owner.id),
    );

  const objectsUnder = async (prefix: string) => {
    const answer = await web.app
      .get(S3Client)
      .send(new ListObjectsV2Command({ Bucket: config.s3.bucket, Prefix: prefix }));
    return (answer.Contents ?? []).map((object) => object.Key!);
  };
  const objectsOf = (attachmentId: string) =>
    objectsUnder(`media/${owner.workspaceId}/${attachmentId}/`);
  const rowsOfTask = async (taskId: string) =>
    (
      await world.db.query('SELECT count(*)::int AS n FROM media.attachments WHERE task_id = $1', [
        taskId,
      ])
    )[0].n as number;
  const isKnown = async (taskId: string) =>
    (await world.db.query('SELECT 1 FROM media.known_tasks WHERE task_id = $1', [taskId])).length >
    0;
  /** Attachments past pending: the ones a purge deletes at once. */
  const storedRowsOfTask = async (taskId: string) =>
    (
      await world.db.query(
        `SELECT count(*)::int AS n FROM media.attachments WHERE task_id = $1 AND status <> 'pending'`,
        [taskId],
      )
    )[0].n as number;
  const announce = (taskId: string) =>
    web.http
      .post(attachmentsPath(owner.workspaceId, taskId))
      .set(bearer(owner.token))
      .send({ fileName: 'late.pdf', contentType: 'application/pdf', size: PDF.length });

  /** An image with its variants and a PDF, both ready, on the task. */
  const readyAttachments = async (taskId: string): Promise<string[]> => {
    const image = await world.uploadFile(owner, 'streamed', await pngOf(64, 64), {
      fileName: 'photo.png',
      contentType: 'image/png',
      taskId,
    });
    const pdf = await world.uploadFile(owner, 'presigned', PDF, {
      fileName: 'report.pdf',
      contentType: 'application/pdf',
      taskId,
    });
    for (const started of [image, pdf]) {
      expect(started.status).toBe(202);
      expect((await world.finishedJob(started.jobId)).failedReason).toBeUndefined();
    }
    expect((await objectsOf(image.attachmentId)).sort()).toEqual(
      ['original', 'preview.webp', 'thumbnail.webp'].map(
        (name) => `media/${owner.workspaceId}/${image.attachmentId}/${name}`,
      ),
    );
    expect(await objectsOf(pdf.attachmentId)).toHaveLength(1);
    return [image.attachmentId, pdf.attachmentId];
  };

  const purged = (what: string, attachmentIds: string[], taskIds: string[]) =>
    waitFor(
      what,
      async () => {
        for (const id of attachmentIds) if ((await objectsOf(id)).length > 0) return undefined;
        // Objects go first, inside the purge's transaction: wait for its commit too.
        for (const taskId of taskIds) if ((await storedRowsOfTask(taskId)) > 0) return undefined;
        return true;
      },
      30_000,
    );

  it('task.deleted: the task is forgotten, its attachments go (rows, originals, variants), others stay', async () => {
    const [doomed, kept] = [await world.knownTask(owner), await world.knownTask(owner)];
    const doomedFiles = await readyAttachments(doomed);
    const keptFiles = await readyAttachments(kept);

    const event = taskDeleted(doomed);
    await publish(event);
    await purged('the deleted task’s attachments to be purged', doomedFiles, [doomed]);

    expect((await announce(doomed)).status).toBe(404);
    expect(await rowsOfTask(kept)).toBe(2);
    for (const id of keptFiles) expect((await objectsOf(id)).length).toBeGreaterThan(0);
    expect(
      await world.db.query('SELECT task_id FROM media.deleted_tasks WHERE task_id = $1', [doomed]),
    ).toEqual([]);
    const job = await world.queue.getJob(`purge-deleted-tasks.${event.id}`);
    expect(job?.returnvalue).toEqual({ tasks: 1, attachments: 2 });
  });

  it('project.deleted: every task of the project is forgotten and purged; a second run changes nothing', async () => {
    const tasks = [await world.knownTask(owner), await world.knownTask(owner)];
    const files = [...(await readyAttachments(tasks[0])), ...(await readyAttachments(tasks[1]))];

    await publish(projectDeleted(tasks));
    await purged('the deleted project’s attachments to be purged', files, tasks);
    for (const taskId of tasks) expect((await announce(taskId)).status).toBe(404);

    // Idempotent: a replayed purge (or a redelivery's) finds nothing left to do.
    const again = await worker.app
      .get(PurgeDeletedTasks)
      .run({ olderThanMs: 0 }, new AbortController().signal);
    expect(again.attachments).toBe(0);
  });

  it('a task deleted through the API takes its attachments with it', async () => {
    const project = await createProject(web, owner, { name: 'Short-lived' });
    const task = await createTask(web, owner, project.id, { title: 'With files' });
    await waitFor('the task to become uploadable', async () =>
      (await announce(task.id)).status === 201 ? true : undefined,
    );
    const files = await readyAttachments(task.id);
    await web.http
      .delete(`/v1/workspaces/${owner.workspaceId}/tasks/${task.id}`)
      .set(bearer(owner.token))
      .expect(204);
    // Pending announcements above stay for the sweep; the ready files go now.
    await purged('the API-deleted task’s files to be purged', files, [task.id]);
    expect((await announce(task.id)).status).toBe(404);
  });

  it('an upload in flight when the task is deleted leaves no orphan: complete is 404 and removes it', async () => {
    const taskId = await world.knownTask(owner);
    const inFlight = await world.announcedAndPut(owner, PDF, {
      contentType: 'application/pdf',
      fileName: 'racing.pdf',
      taskId,
    });
    expect(await objectsOf(inFlight.id)).toHaveLength(1);

    await publish(taskDeleted(taskId));
    // Polled without writing: an announce that wins the race would leave a pending row of its own.
    await waitFor('the task to be forgotten', async () =>
      (await isKnown(taskId)) ? undefined : true,
    );
    const complete = await web.http
      .post(`${attachmentsPath(owner.workspaceId, taskId)}/${inFlight.id}/complete`)
      .set(bearer(owner.token));
    expect([complete.status, complete.body.type]).toEqual([
      404,
      'urn:tenfold:problem:task-not-found',
    ]);
    expect(await objectsOf(inFlight.id)).toEqual([]);
    expect(await rowsOfTask(taskId)).toBe(0);

    // The streamed way: refused before a byte is stored.
    const streamed = await world.uploadFile(owner, 'streamed', PDF, {
      fileName: 'late.pdf',
      contentType: 'application/pdf',
      taskId,
    });
    expect(streamed.status).toBe(404);
    expect(await rowsOfTask(taskId)).toBe(0);
  });

  it("another workspace's deletion event does not touch this workspace's attachments", async () => {
    const taskId = await world.knownTask(owner);
    const files = await readyAttachments(taskId);
    const stranger = await signUpOwner(web, 'media-deletes-stranger');
    const foreign = new TaskDeletedV1(
      { taskId, projectId: randomUUID() },
      newEventMetadata(stranger.workspaceId, stranger.id),
    );
    await publish(foreign);
    await waitFor('the foreign purge job to finish', async () => {
      const job = await world.queue.getJob(`purge-deleted-tasks.${foreign.id}`);
      return job?.finishedOn ? job : undefined;
    });
    expect(await rowsOfTask(taskId)).toBe(2);
    for (const id of files) expect((await objectsOf(id)).length).toBeGreaterThan(0);
    expect((await announce(taskId)).status).toBe(201);
  });
});
