import type { Job } from 'bullmq';
import sharp from 'sharp';
import { DataSource } from 'typeorm';

import { ObjectStorage } from '../../src/infrastructure/storage/object-storage';
import {
  PROCESS_IMAGE_JOB,
  type ProcessImageJobData,
  type ProcessImageJobResult,
} from '../../src/modules/media/application/media-job';
import { storageKeysOf } from '../../src/modules/media/domain/storage-keys';
import { MediaProcessor } from '../../src/modules/media/jobs/media.processor';
import { SignatureCheckingS3 } from '../storage/support/signature-checking-s3';
import { bearer, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { attachmentsPath, MediaWorld, pngOf } from './support/media-world';

/**
 * A presigned upload is bound to the file announced: the URL's signature covers Content-Type and
 * Content-Length, and complete checks the stored object (size, type, first bytes) again.
 *
 * The stack's s3rver does not check SigV4 signatures at all, so the apps here talk to S3 through
 * SignatureCheckingS3, which checks presigned requests as AWS S3 does (from the specification,
 * not with the SDK that signed them) and passes everything on to s3rver. The completion checks are
 * tested with objects written straight to the store, as a store that checks nothing would take them.
 */
describe('presigned uploads bound to the announced file', () => {
  let front: SignatureCheckingS3;
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let world: MediaWorld;
  let storage: ObjectStorage;
  let owner: SignedInUser;

  beforeAll(async () => {
    const base = testConfig();
    front = await SignatureCheckingS3.start(base.s3.endpoint, base.s3.secretAccessKey);
    const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000', S3_ENDPOINT: front.endpoint });
    web = await WebAppUnderTest.start(config);
    worker = await WorkerAppUnderTest.start(config);
    world = new MediaWorld(web);
    storage = web.app.get(ObjectStorage);
    owner = await world.owner('media-binding');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
    await front?.close();
  });

  const announce = async (contentType: string, size: number) => {
    const taskId = await world.knownTask(owner);
    const ticket = await web.http
      .post(attachmentsPath(owner.workspaceId, taskId))
      .set(bearer(owner.token))
      .send({ fileName: 'bound.png', contentType, size });
    expect([ticket.status, ticket.text]).toEqual([201, expect.any(String)]);
    const key = storageKeysOf(owner.workspaceId, ticket.body.id).original;
    const complete = () =>
      web.http
        .post(`${attachmentsPath(owner.workspaceId, taskId)}/${ticket.body.id}/complete`)
        .set(bearer(owner.token));
    return {
      id: ticket.body.id as string,
      uploadUrl: ticket.body.uploadUrl as string,
      uploadHeaders: ticket.body.uploadHeaders as Record<string, string>,
      key,
      complete,
    };
  };
  const attachmentRows = async (id: string) =>
    (
      await web.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM media.attachments WHERE id = $1', [id])
    )[0].n as number;
  const jpegOf = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 10, g: 90, b: 200 } } })
      .jpeg()
      .toBuffer();

  it('signs the URL for the announced Content-Type and Content-Length, and names the headers to send', async () => {
    const ticket = await announce('image/webp', 4321);
    expect(ticket.uploadHeaders).toEqual({
      'content-type': 'image/webp',
      'content-length': '4321',
    });
    expect(new URL(ticket.uploadUrl).searchParams.get('X-Amz-SignedHeaders')).toBe(
      'content-length;content-type;host',
    );
  });

  it('S3 takes a PUT with exactly those headers, and the attachment ends ready', async () => {
    const bytes = await pngOf(640, 480);
    const ticket = await announce('image/png', bytes.length);
    const put = await fetch(ticket.uploadUrl, {
      method: 'PUT',
      headers: ticket.uploadHeaders,
      body: bytes,
    });
    expect(put.status).toBe(200);
    const complete = await ticket.complete();
    expect(complete.status).toBe(202);
    await world.finishedJob(complete.body.jobId);
    expect(await world.attachment(owner, ticket.id)).toMatchObject({
      status: 'ready',
      size: bytes.length,
      original: { width: 640, height: 480 },
    });
  });

  it.each([
    ['another Content-Type', (png: Buffer) => ({ type: 'image/gif', body: png })],
    ['no Content-Type', (png: Buffer) => ({ type: undefined, body: png })],
    ['a larger body', (png: Buffer) => ({ type: 'image/png', body: Buffer.concat([png, png]) })],
    ['a smaller body', (png: Buffer) => ({ type: 'image/png', body: png.subarray(0, 100) })],
  ])('S3 refuses (403) a PUT with %s, and nothing is stored', async (_, change) => {
    const png = await pngOf(64, 64);
    const ticket = await announce('image/png', png.length);
    const { type, body } = change(png);
    const refusedBefore = front.refused.length;
    const put = await fetch(ticket.uploadUrl, {
      method: 'PUT',
      headers: type ? { 'content-type': type } : {},
      body,
    });
    expect(put.status).toBe(403);
    expect(await put.text()).toContain('SignatureDoesNotMatch');
    expect(front.refused.slice(refusedBefore)).toEqual([
      { method: 'PUT', path: expect.stringContaining(ticket.key), code: 'SignatureDoesNotMatch' },
    ]);
    expect(await storage.head(ticket.key)).toBeNull();
    const complete = await ticket.complete();
    expect(complete.status).toBe(409);
    expect(complete.body.type).toBe('urn:tenfold:problem:upload-missing');
  });

  it.each([
    [
      'a size other than announced',
      async () => ({ announced: 5000, type: 'image/png', stored: await pngOf(64, 64) }),
      422,
      'upload-does-not-match',
    ],
    [
      'a stored type other than announced',
      async () => {
        const png = await pngOf(64, 64);
        return { announced: png.length, type: 'image/jpeg', stored: png };
      },
      422,
      'upload-does-not-match',
    ],
  ])(
    'complete refuses an upload with %s: 4xx, object and attachment removed, nothing processed',
    async (_, make, status, code) => {
      const { announced, type, stored } = await make();
      const ticket = await announce('image/png', announced);
      // As a store that checks no signature would have taken it.
      await storage.put(ticket.key, stored, { contentType: type, contentLength: stored.length });

      const complete = await ticket.complete();
      expect([complete.status, complete.body.type]).toEqual([
        status,
        `urn:tenfold:problem:${code}`,
      ]);
      expect(complete.headers['content-type']).toContain('application/problem+json');
      expect(await storage.head(ticket.key)).toBeNull();
      expect(await attachmentRows(ticket.id)).toBe(0);
      expect(await world.readyEvents(ticket.id)).toEqual([]);
      expect((await ticket.complete()).status).toBe(404);
    },
  );

  it.each([
    [
      'another image type (a JPEG announced and stored as PNG)',
      () => jpegOf(64, 64),
      'image/jpeg',
      true,
    ],
    [
      'no image at all (HTML announced and stored as PNG)',
      async () => Buffer.from('<html><script>alert(1)</script></html>'),
      'text/html',
      false,
    ],
  ])(
    'complete corrects the type of bytes that are %s: the bytes decide, not the announcement',
    async (_, make, actualType, hasVariants) => {
      const stored = await make();
      const ticket = await announce('image/png', stored.length);
      await storage.put(ticket.key, stored, {
        contentType: 'image/png',
        contentLength: stored.length,
      });

      const complete = await ticket.complete();
      expect(complete.status).toBe(202);
      await world.finishedJob(complete.body.jobId);
      const attachment = await world.attachment(owner, ticket.id);
      expect(attachment).toMatchObject({ status: 'ready', contentType: actualType });
      expect(attachment.thumbnail !== null).toBe(hasVariants);
      expect((await world.readyEvents(ticket.id)).length).toBe(hasVariants ? 1 : 0);
    },
  );

  it('an original replaced after complete checked it fails processing: its first bytes are read again', async () => {
    const png = await pngOf(64, 64);
    const ticket = await announce('image/png', png.length);
    await fetch(ticket.uploadUrl, { method: 'PUT', headers: ticket.uploadHeaders, body: png });
    // Checked and processing, as after complete; then the still valid URL's object is swapped
    // (a store that checks no signature takes any bytes). This test runs the processor itself.
    await world.db.query(
      `UPDATE media.attachments SET status = 'processing', job_id = 'media.swapped' WHERE id = $1`,
      [ticket.id],
    );
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>');
    await storage.put(ticket.key, svg, { contentType: 'image/png', contentLength: svg.length });

    const run = worker.app.get(MediaProcessor).process({
      id: 'media.swapped',
      name: PROCESS_IMAGE_JOB,
      data: { workspaceId: owner.workspaceId, requestedBy: owner.id, attachmentId: ticket.id },
      updateProgress: async () => undefined,
    } as unknown as Job<ProcessImageJobData, ProcessImageJobResult>);
    await expect(run).rejects.toThrow('the stored original is not image/png by its first bytes');
    expect(await world.attachment(owner, ticket.id)).toMatchObject({
      status: 'failed',
      failureReason: 'the stored original is not image/png by its first bytes',
      thumbnail: null,
    });
    expect(await world.readyEvents(ticket.id)).toEqual([]);
  });
});
