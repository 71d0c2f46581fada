import Redis from 'ioredis';

import type { NodeProcess } from '../harness/node-process';
import { handBackJobsOfDeadWorker, workerNameOf } from '../support/stalled-jobs';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { buildHasMedia, MEDIA_DIST, startMediaWorker } from './support/media-worker-process';
import { MediaWorld, pngOf } from './support/media-world';

/**
 * A worker process killed with SIGKILL in the middle of a resize: its job is retried by another
 * worker process, and the attachment ends ready exactly once.
 *
 * The media queue's lock lasts 60 s and the stalled check runs every 30 s, so on its own the job
 * would come back after up to 90 s. The test does what the clock would (handBackJobsOfDeadWorker).
 */
describe('media worker killed mid-resize', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let world: MediaWorld;
  let redis: Redis;
  const workers: NodeProcess[] = [];

  beforeAll(async () => {
    if (!buildHasMedia())
      throw new Error(
        `${MEDIA_DIST} has no media module: rebuild (npm run build) or set MEDIA_TEST_DIST`,
      );
    web = await WebAppUnderTest.start(config);
    world = new MediaWorld(web);
    redis = new Redis(config.redis.url);
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    redis?.disconnect();
    await web?.close();
  });

  const startWorker = async () => {
    const worker = await startMediaWorker();
    workers.push(worker);
    return worker;
  };

  it('another worker finishes the job; one ready transition, one event', async () => {
    const first = await startWorker();
    const user = await world.owner('media-sigkill');
    // Large enough that decoding and resizing take a while: the kill lands in the middle.
    const started = await world.uploadStreamed(user, await pngOf(7000, 7000));
    expect(started.status).toBe(202);

    await waitFor(
      'the resize to start',
      async () => {
        const job = await world.queue.getJob(started.jobId);
        return job?.progress === 10 ? true : undefined;
      },
      30_000,
      5,
    );
    first.signal('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const killed = await world.queue.getJob(started.jobId);
    expect(await killed!.getState()).toBe('active'); // still locked by the dead worker
    expect(killed!.progress).toBe(10); // killed before the variants were stored
    expect((await world.attachment(user, started.attachmentId)).status).toBe('processing');

    const handedBack = await handBackJobsOfDeadWorker(
      config,
      redis,
      world.queue,
      workerNameOf(first.pid),
    );
    expect(handedBack).toEqual([started.jobId]);
    expect(await world.queue.getJobState(started.jobId)).toBe('waiting');
    await startWorker();
    const job = await world.finishedJob(started.jobId, 60_000);
    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toMatchObject({ outcome: 'ready' });

    const attachment = await world.attachment(user, started.attachmentId);
    expect(attachment).toMatchObject({
      status: 'ready',
      original: { width: 7000, height: 7000 },
      thumbnail: { width: 256, height: 256 },
      preview: { width: 1280, height: 1280 },
    });
    expect(await world.readyEvents(started.attachmentId)).toHaveLength(1);
  }, 120_000);
});
