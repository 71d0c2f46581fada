import { randomBytes, randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { ObjectStorage } from '../../src/infrastructure/storage/object-storage';
import type { Job } from 'bullmq';

import {
  PROCESS_IMAGE_JOB,
  type ProcessImageJobData,
  type ProcessImageJobResult,
} from '../../src/modules/media/application/media-job';
import { MediaProcessor } from '../../src/modules/media/jobs/media.processor';
import { storageKeysOf } from '../../src/modules/media/domain/storage-keys';
import { joinAs } from '../projects/support/projects-world';
import { bearer, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import {
  attachmentsPath,
  decompressionBomb,
  dimensionsAt,
  MediaWorld,
  pngOf,
} from './support/media-world';

const MIB = 1024 * 1024;

/** Image attachments end to end: web and worker in this process, the stack's Postgres, Redis, S3. */
describe('image attachments', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let world: MediaWorld;
  let storage: ObjectStorage;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config);
    world = new MediaWorld(web);
    storage = web.app.get(ObjectStorage);
    owner = await world.owner('media-owner');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  const rowsOf = async (workspaceId: string) =>
    (
      await web.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM media.attachments WHERE workspace_id = $1', [
          workspaceId,
        ])
    )[0].n as number;

  describe('processing', () => {
    it('presigned upload: 202 with Location, then ready with both variants and one event', async () => {
      const original = await pngOf(2000, 1000);
      const started = await world.uploadPresigned(owner, original);
      expect(started.status).toBe(202);
      expect(started.jobId).toMatch(/^media\.[0-9a-f-]{36}$/);
      expect(started.location).toBe(`/v1/jobs/${started.jobId}`);

      const job = await world.finishedJob(started.jobId);
      expect(job.failedReason).toBeUndefined();
      expect(job.progress).toBe(100);
      expect(job.data).toMatchObject({
        workspaceId: owner.workspaceId,
        requestedBy: owner.id,
        attachmentId: started.attachmentId,
      });

      const attachment = await world.attachment(owner, started.attachmentId);
      expect(attachment).toMatchObject({
        id: started.attachmentId,
        status: 'ready',
        contentType: 'image/png',
        size: original.length,
        failureReason: null,
        original: { width: 2000, height: 1000, size: original.length },
        thumbnail: { width: 256, height: 256 },
        preview: { width: 1280, height: 640 },
      });
      expect(await dimensionsAt(attachment.thumbnail!.url)).toEqual({
        width: 256,
        height: 256,
        format: 'webp',
      });
      expect(await dimensionsAt(attachment.preview!.url)).toEqual({
        width: 1280,
        height: 640,
        format: 'webp',
      });
      const downloaded = Buffer.from(await (await fetch(attachment.original!.url)).arrayBuffer());
      expect(downloaded.equals(original)).toBe(true);

      const events = await world.readyEvents(started.attachmentId);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        type: 'media.attachment.ready.v1',
        workspaceId: owner.workspaceId,
        actorId: owner.id,
        payload: {
          attachmentId: started.attachmentId,
          original: { width: 2000, height: 1000 },
          thumbnail: { width: 256, height: 256 },
          preview: { width: 1280, height: 640 },
        },
      });
    });

    it('streamed upload: the body goes to S3 byte for byte, and a small image is not enlarged', async () => {
      const original = await pngOf(800, 600);
      const taskId = await world.knownTask(owner);
      const requestId = `streamed-${randomUUID()}`;
      const started = await world.uploadStreamed(owner, original, 'image/png', taskId, requestId);
      expect([started.status, started.text]).toEqual([202, expect.any(String)]);
      expect(started.location).toBe(`/v1/jobs/${started.jobId}`);
      await world.finishedJob(started.jobId);

      const attachment = await world.attachment(owner, started.attachmentId);
      expect(attachment).toMatchObject({
        taskId,
        status: 'ready',
        fileName: 'streamed.png',
        thumbnail: { width: 256, height: 256 },
        preview: { width: 800, height: 600 },
      });
      expect(await dimensionsAt(attachment.preview!.url)).toMatchObject({
        width: 800,
        height: 600,
      });
      const stored = await storage.get(
        storageKeysOf(owner.workspaceId, started.attachmentId).original,
      );
      const chunks: Buffer[] = [];
      for await (const chunk of stored.body) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(original)).toBe(true);
      const events = await world.readyEvents(started.attachmentId);
      expect(events.map((event) => event.correlationId)).toEqual([requestId]);

      const list = await web.http
        .get(attachmentsPath(owner.workspaceId, taskId))
        .set(bearer(owner.token));
      expect(list.status).toBe(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([
        started.attachmentId,
      ]);
    });

    it('running the job again changes nothing: still ready once, one event', async () => {
      const started = await world.uploadStreamed(owner, await pngOf(300, 300));
      await world.finishedJob(started.jobId);
      const before = await world.attachment(owner, started.attachmentId);

      const again = await world.queue.add(
        PROCESS_IMAGE_JOB,
        {
          workspaceId: owner.workspaceId,
          requestedBy: owner.id,
          attachmentId: started.attachmentId,
        },
        { jobId: `media.${randomUUID()}` },
      );
      const rerun = await world.finishedJob(again.id!);
      expect(rerun.returnvalue).toMatchObject({ outcome: 'already-ready' });
      const after = await world.attachment(owner, started.attachmentId);
      expect(after.status).toBe('ready');
      expect(after.thumbnail).toMatchObject({
        width: before.thumbnail!.width,
        size: before.thumbnail!.size,
      });
      expect(await world.readyEvents(started.attachmentId)).toHaveLength(1);
    });

    it('two runs at once (a stalled job and its retry): one wins, the other finds it ready', async () => {
      const uploaded = await world.announcedAndPut(owner, await pngOf(1600, 900), {
        fileName: 'race.png',
      });
      // Processing, as after complete, but with no job queued: this test runs the processor itself.
      await world.db.query(
        `UPDATE media.attachments SET status = 'processing', job_id = 'media.race' WHERE id = $1`,
        [uploaded.id],
      );
      const processor = worker.app.get(MediaProcessor);
      const run = () =>
        processor.process({
          id: 'media.race',
          name: PROCESS_IMAGE_JOB,
          data: {
            workspaceId: owner.workspaceId,
            requestedBy: owner.id,
            attachmentId: uploaded.id,
          },
          updateProgress: async () => undefined,
        } as unknown as Job<ProcessImageJobData, ProcessImageJobResult>);
      const outcomes = (await Promise.all([run(), run(), run()])).map(
        (result) => (result as ProcessImageJobResult).outcome,
      );
      expect(outcomes.sort()).toEqual(['already-ready', 'already-ready', 'ready']);
      expect((await world.attachment(owner, uploaded.id)).status).toBe('ready');
      expect(await world.readyEvents(uploaded.id)).toHaveLength(1);
    });

    it('a corrupt image fails for good, once, and the attachment says why', async () => {
      // A PNG signature (so the upload is accepted) followed by garbage.
      const corrupt = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        randomBytes(4096),
      ]);
      const started = await world.uploadStreamed(owner, corrupt);
      expect(started.status).toBe(202);
      const job = await world.finishedJob(started.jobId);
      expect(await job.getState()).toBe('failed');
      expect(job.attemptsMade).toBe(1);
      expect(job.failedReason).toMatch(/^image could not be decoded: /);

      const attachment = await world.attachment(owner, started.attachmentId);
      expect(attachment).toMatchObject({
        status: 'failed',
        failureReason: job.failedReason,
        thumbnail: null,
        preview: null,
      });
      expect(await world.readyEvents(started.attachmentId)).toHaveLength(0);
    });

    it('a decompression bomb is refused before decoding, and the worker carries on', async () => {
      const bomb = decompressionBomb();
      expect(bomb.length).toBeLessThan(200 * 1024);
      const started = await world.uploadPresigned(owner, bomb);
      expect(started.status).toBe(202);
      const job = await world.finishedJob(started.jobId);
      expect(await job.getState()).toBe('failed');
      expect(job.attemptsMade).toBe(1);
      expect(job.failedReason).toBe('image has more than 50 megapixels (refused before decoding)');
      expect(await world.attachment(owner, started.attachmentId)).toMatchObject({
        status: 'failed',
        failureReason: job.failedReason,
      });

      const next = await world.uploadStreamed(owner, await pngOf(64, 64));
      await world.finishedJob(next.jobId);
      expect((await world.attachment(owner, next.attachmentId)).status).toBe('ready');
    });
  });

  describe('refusals', () => {
    it('answers 413 to an image over 20 MiB, either way, and stores nothing', async () => {
      const user = await world.owner('media-oversize');
      const tooBig = Buffer.concat([await pngOf(16, 16), Buffer.alloc(20 * MIB)]);
      const streamed = await world.uploadStreamed(user, tooBig);
      expect(streamed.status).toBe(413);
      expect(JSON.parse(streamed.text)).toMatchObject({
        status: 413,
        type: 'urn:tenfold:problem:image-too-large',
      });

      const announced = await web.http
        .post(attachmentsPath(user.workspaceId, await world.knownTask(user)))
        .set(bearer(user.token))
        .send({ fileName: 'big.png', contentType: 'image/png', size: 20 * MIB + 1 });
      expect(announced.status).toBe(413);
      expect(announced.headers['content-type']).toContain('application/problem+json');
      expect(await rowsOf(user.workspaceId)).toBe(0);

      // Announced small, uploaded big (s3rver does not check the signed Content-Length; S3 would
      // refuse the PUT: upload-binding.e2e-spec.ts): complete refuses it and removes it.
      const taskId = await world.knownTask(user);
      const ticket = await web.http
        .post(attachmentsPath(user.workspaceId, taskId))
        .set(bearer(user.token))
        .send({ fileName: 'liar.png', contentType: 'image/png', size: 1000 });
      expect(ticket.status).toBe(201);
      await fetch(ticket.body.uploadUrl, {
        method: 'PUT',
        headers: { 'content-type': 'image/png' },
        body: tooBig,
      });
      const complete = await web.http
        .post(`${attachmentsPath(user.workspaceId, taskId)}/${ticket.body.id}/complete`)
        .set(bearer(user.token));
      expect(complete.status).toBe(413);
      expect(
        await storage.head(storageKeysOf(user.workspaceId, ticket.body.id).original),
      ).toBeNull();
      expect(await rowsOf(user.workspaceId)).toBe(0);
    });

    it('text that claims to be a PNG is kept as a file of no known type, never decoded', async () => {
      const user = await world.owner('media-wrong-type');
      const text = await world.uploadStreamed(user, Buffer.from('hello, I am a PNG, honestly'));
      expect(text.status).toBe(202);
      const job = await world.finishedJob(text.jobId);
      expect(job.failedReason).toBeUndefined();
      expect(await world.attachment(user, text.attachmentId)).toMatchObject({
        status: 'ready',
        contentType: 'application/octet-stream',
        thumbnail: null,
        preview: null,
      });
      expect(await world.readyEvents(text.attachmentId)).toEqual([]);
    });

    it('completing before uploading is a 409', async () => {
      const taskId = await world.knownTask(owner);
      const ticket = await web.http
        .post(attachmentsPath(owner.workspaceId, taskId))
        .set(bearer(owner.token))
        .send({ fileName: 'later.png', contentType: 'image/png', size: 1000 });
      const complete = await web.http
        .post(`${attachmentsPath(owner.workspaceId, taskId)}/${ticket.body.id}/complete`)
        .set(bearer(owner.token));
      expect(complete.status).toBe(409);
      expect(complete.body.type).toBe('urn:tenfold:problem:upload-missing');
    });

    it("hides another workspace's attachment (404) and lets viewers read but not upload (403)", async () => {
      const started = await world.uploadStreamed(owner, await pngOf(32, 32));
      await world.finishedJob(started.jobId);
      const [{ task_id: taskId }] = await world.db.query(
        'SELECT task_id FROM media.attachments WHERE id = $1',
        [started.attachmentId],
      );
      const stranger = await world.owner('media-stranger');
      const theirPath = `${attachmentsPath(stranger.workspaceId, taskId)}/${started.attachmentId}`;
      expect((await web.http.get(theirPath).set(bearer(stranger.token))).status).toBe(404);
      expect((await web.http.delete(theirPath).set(bearer(stranger.token))).status).toBe(404);
      expect(
        (await web.http.post(`${theirPath}/complete`).set(bearer(stranger.token))).status,
      ).toBe(404);
      const ownPath = `${attachmentsPath(owner.workspaceId, taskId)}/${started.attachmentId}`;
      expect((await web.http.get(ownPath).set(bearer(stranger.token))).status).toBe(404);

      const viewer = await joinAs(web, owner, 'viewer');
      expect((await web.http.get(ownPath).set(bearer(viewer.token))).status).toBe(200);
      expect((await world.uploadStreamed(viewer, await pngOf(8, 8))).status).toBe(403);
      const announce = await web.http
        .post(attachmentsPath(owner.workspaceId, taskId))
        .set(bearer(viewer.token))
        .send({ fileName: 'v.png', contentType: 'image/png', size: 10 });
      expect(announce.status).toBe(403);
      expect((await web.http.delete(ownPath).set(bearer(viewer.token))).status).toBe(403);
    });
  });

  it('delete removes the row and every object', async () => {
    const started = await world.uploadStreamed(owner, await pngOf(400, 200));
    await world.finishedJob(started.jobId);
    const attachment = await world.attachment(owner, started.attachmentId);
    const path = `${attachmentsPath(owner.workspaceId, attachment.taskId)}/${started.attachmentId}`;
    const member = await joinAs(web, owner, 'member');
    expect((await web.http.delete(path).set(bearer(member.token))).status).toBe(204);
    expect((await web.http.get(path).set(bearer(owner.token))).status).toBe(404);
    const keys = storageKeysOf(owner.workspaceId, started.attachmentId);
    for (const key of Object.values(keys))
      expect([key, await storage.head(key)]).toEqual([key, null]);
    expect((await web.http.delete(path).set(bearer(owner.token))).status).toBe(404);
  });
});
