import { JobEventStreams } from '../../src/infrastructure/queue/job-status/job-event-streams';
import { JobWaitSlots } from '../../src/infrastructure/queue/job-status/job-wait-slots';
import { bearer, type SignedInUser, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { JobsWorld } from './support/jobs-world';

/**
 * JOB_STREAMS_PER_USER=3 over two instances sharing Redis (docs/JOBS.md, "How many at once").
 * No test worker runs: every job stays waiting, so streams and long-polls stay open until ended.
 */
describe('open job event streams and long-polls per user are capped across instances', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000', JOB_STREAMS_PER_USER: '3' });
  let first: WebAppUnderTest;
  let second: WebAppUnderTest;
  let urls: string[];
  let world: JobsWorld;
  let alice: SignedInUser;
  let bob: SignedInUser;
  const clients: AbortController[] = [];

  beforeAll(async () => {
    [first, second] = await Promise.all([
      WebAppUnderTest.start(config),
      WebAppUnderTest.start(config),
    ]);
    urls = [];
    for (const web of [first, second]) {
      await web.app.listen(0, '127.0.0.1');
      urls.push(await web.app.getUrl());
    }
    world = new JobsWorld(first, config);
    alice = await signUp(first.http, 'caps-alice');
    bob = await signUp(first.http, 'caps-bob');
  });
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.abort());
    // Every slot is back before the next test starts.
    for (const web of [first, second]) {
      await waitFor('the streams to end', () =>
        web.app.get(JobEventStreams).openStreams === 0 ? true : undefined,
      );
    }
    await waitFor('no slots held', async () =>
      (await world.redis.zcard(slotsKey(alice))) === 0 ? true : undefined,
    );
  });
  afterAll(async () => {
    await world?.close();
    await Promise.all([first?.close(), second?.close()]);
  });

  const slotsKey = (user: SignedInUser) => `${config.redis.keyPrefix}:job-waits:user:${user.id}`;
  const waitingJob = (user: SignedInUser) =>
    world.enqueue('steps', {
      workspaceId: user.workspaceId,
      requestedBy: user.id,
      visibleFrom: 'viewer',
    });
  /** Opens `/events` (or a long-poll with `waitMs`) on instance `n % 2`; the test ends it. */
  async function follow(user: SignedInUser, n: number, waitMs?: number): Promise<Response> {
    const client = new AbortController();
    clients.push(client);
    const path = waitMs === undefined ? '/events' : `?waitMs=${waitMs}`;
    const id = await waitingJob(user);
    return fetch(`${urls[n % 2]}/v1/jobs/${id}${path}`, {
      headers: bearer(user.token),
      signal: client.signal,
    });
  }
  async function expectRefused(response: Response): Promise<void> {
    expect(response.status).toBe(429);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({
      type: 'urn:tenfold:problem:too-many-job-streams',
      status: 429,
      detail: expect.stringContaining('3 jobs at once'),
      limit: 3,
      current: 3,
    });
  }

  it('refuses the 4th open stream (on either instance), not a plain read or another user', async () => {
    for (let n = 0; n < 3; n++) expect((await follow(alice, n)).status).toBe(200);
    await expectRefused(await follow(alice, 3));
    await expectRefused(await follow(alice, 4));
    await expectRefused(await follow(alice, 5, 2_000)); // a long-poll counts too

    const id = await waitingJob(alice);
    const plain = await fetch(`${urls[1]}/v1/jobs/${id}`, { headers: bearer(alice.token) });
    expect(plain.status).toBe(200);
    expect((await follow(bob, 0)).status).toBe(200);
  });

  it('lets a new stream in once a client hangs up one of its streams', async () => {
    const open = [];
    for (let n = 0; n < 3; n++) open.push(await follow(alice, n));
    await expectRefused(await follow(alice, 1));

    clients[0].abort();
    const next = await waitFor('a slot to free', async () => {
      const response = await follow(alice, 1);
      if (response.status === 200) return response;
      await response.body?.cancel();
      return undefined;
    });
    expect(next.status).toBe(200);
    expect(open).toHaveLength(3);
  });

  it('holds a slot for a long-poll while it waits, and frees it when the poll ends', async () => {
    for (let n = 0; n < 2; n++) expect((await follow(alice, n)).status).toBe(200);
    const started = Date.now();
    const poll = follow(alice, 0, 1_500);
    await waitFor('the long-poll to hold its slot', async () =>
      (await world.redis.zcard(slotsKey(alice))) === 3 ? true : undefined,
    );
    await expectRefused(await follow(alice, 1));

    const answer = await poll;
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect((await follow(alice, 1)).status).toBe(200);
  });

  it('frees a long-poll’s slot as soon as its client hangs up, not at the end of the wait', async () => {
    for (let n = 0; n < 2; n++) expect((await follow(alice, n)).status).toBe(200);
    const poll = follow(alice, 1, 30_000).catch(() => undefined);
    await waitFor('the long-poll to hold its slot', async () =>
      (await world.redis.zcard(slotsKey(alice))) === 3 ? true : undefined,
    );
    const started = Date.now();
    clients[2].abort();
    await poll;
    await waitFor('the slot to be freed', async () =>
      (await world.redis.zcard(slotsKey(alice))) === 2 ? true : undefined,
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('keeps renewing the slots of streams that stay open past their lease', async () => {
    for (const web of [first, second]) web.app.get(JobWaitSlots).leaseMs = 600;
    try {
      for (let n = 0; n < 3; n++) expect((await follow(alice, n)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await expectRefused(await follow(alice, 0));
    } finally {
      for (const web of [first, second]) web.app.get(JobWaitSlots).leaseMs = 30_000;
    }
  });

  it('gets the slots of a crashed instance back once their lease runs out', async () => {
    // Taken and never renewed nor released: what an instance that died mid-stream leaves behind.
    const crashed = first.app.get(JobWaitSlots);
    crashed.leaseMs = 1_000;
    try {
      for (let n = 0; n < 3; n++) await crashed.take(alice.id);
    } finally {
      crashed.leaseMs = 30_000;
    }
    await expectRefused(await follow(alice, 1));
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await follow(alice, 1)).status).toBe(200);
  });
});
