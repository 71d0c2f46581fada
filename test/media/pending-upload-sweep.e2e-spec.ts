import { ObjectStorage } from '../../src/infrastructure/storage/object-storage';
import {
  SWEEP_PENDING_UPLOADS_JOB,
  SWEEP_PENDING_UPLOADS_SCHEDULER,
} from '../../src/modules/media/application/sweep-pending-uploads-job';
import { storageKeysOf } from '../../src/modules/media/domain/storage-keys';
import { bearer, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { attachmentsPath, MediaWorld, pngOf } from './support/media-world';

/**
 * Uploads announced but never completed are removed, row and object, once older than
 * MEDIA_PENDING_UPLOAD_TTL_MINUTES, by a job the media queue's Job Scheduler adds.
 */
describe('the sweep of uploads never completed', () => {
  // 45 rather than the default 60: the TTL is the configured one, not a constant.
  const config = testConfig({
    RATE_LIMIT_PER_MINUTE: '100000',
    MEDIA_PENDING_UPLOAD_TTL_MINUTES: '45',
  });
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
    owner = await world.owner('media-sweep');
  });
  afterAll(async () => {
    await worker?.close();
    await web?.close();
  });

  /** Announced and uploaded (the object is in S3), never completed; then aged in the database. */
  const abandoned = async (ageMinutes: number) => {
    const uploaded = await world.announcedAndPut(owner, await pngOf(32, 32), {
      fileName: 'left.png',
    });
    await age(uploaded.id, ageMinutes);
    return uploaded;
  };
  const age = (id: string, minutes: number) =>
    world.db.query(
      `UPDATE media.attachments SET created_at = now() - make_interval(mins => $2) WHERE id = $1`,
      [id, minutes],
    );
  const statusOf = async (id: string) =>
    ((await world.db.query('SELECT status FROM media.attachments WHERE id = $1', [id]))[0]
      ?.status as string | undefined) ?? 'gone';
  const originalOf = (id: string) => storage.head(storageKeysOf(owner.workspaceId, id).original);

  it('the worker keeps a Job Scheduler for it on the media queue', async () => {
    const scheduler = await world.queue.getJobScheduler(SWEEP_PENDING_UPLOADS_SCHEDULER);
    expect(scheduler).toMatchObject({
      key: SWEEP_PENDING_UPLOADS_SCHEDULER,
      name: SWEEP_PENDING_UPLOADS_JOB,
      every: 5 * 60_000,
    });
  });

  it('one run removes a pending upload older than the TTL with its object, and keeps the rest', async () => {
    const { id: old, taskId } = await abandoned(50);
    const { id: recent } = await abandoned(40);
    const completed = await world.uploadPresigned(owner, await pngOf(48, 48));
    expect(completed.status).toBe(202);
    await world.finishedJob(completed.jobId);
    await age(completed.attachmentId, 24 * 60);
    expect(await originalOf(old)).not.toBeNull();

    const sweep = await world.queue.add(SWEEP_PENDING_UPLOADS_JOB, {});
    const done = await world.finishedJob(sweep.id!);
    expect(done.failedReason).toBeUndefined();
    expect(done.returnvalue.removed).toBeGreaterThanOrEqual(1);

    expect([await statusOf(old), await originalOf(old)]).toEqual(['gone', null]);
    expect(await statusOf(recent)).toBe('pending');
    expect(await originalOf(recent)).not.toBeNull();
    expect(await statusOf(completed.attachmentId)).toBe('ready');
    expect(await originalOf(completed.attachmentId)).not.toBeNull();
    // Gone for its client too: completing now is a 404, not a job.
    const complete = await web.http
      .post(`${attachmentsPath(owner.workspaceId, taskId)}/${old}/complete`)
      .set(bearer(owner.token));
    expect(complete.status).toBe(404);
  });

  it('refuses a TTL shorter than twice the upload URL lifetime', () => {
    expect(config.media.pendingUploadTtlMinutes).toBe(45);
    expect(testConfig().media.pendingUploadTtlMinutes).toBe(60);
    expect(() => testConfig({ MEDIA_PENDING_UPLOAD_TTL_MINUTES: '10' })).toThrow(
      /MEDIA_PENDING_UPLOAD_TTL_MINUTES must be at least 30/,
    );
  });
});
