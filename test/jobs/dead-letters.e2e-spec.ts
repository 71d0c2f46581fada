import { bearer, type SignedInUser, signUp } from '../harness/accounts';
import { adminAuthorization, testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { JobsWorld } from './support/jobs-world';

interface DeadLetterBody {
  id: string;
  queue: string;
  name: string;
  failedReason: string;
  attemptsMade: number;
  finishedOn: string;
  data: { workspaceId: string };
}

describe('dead letters: jobs that failed for good, and redrive', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let world: JobsWorld;
  let admin: string;
  let alice: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    admin = adminAuthorization(config);
    world = new JobsWorld(web, config);
    world.startWorker();
    alice = await signUp(web.http, 'dead-alice');
  });
  afterAll(async () => {
    await world?.close();
    await web?.close();
  });

  const ofAlice = () => ({ workspaceId: alice.workspaceId, requestedBy: alice.id });
  const deadList = async (query = '?queue=system'): Promise<DeadLetterBody[]> => {
    const response = await web.http.get(`/v1/admin/jobs/dead${query}`).set('Authorization', admin);
    expect(response.status).toBe(200);
    return response.body.items;
  };
  const deadOne = (id: string) =>
    waitFor(`job ${id} in the dead list`, async () =>
      (await deadList()).find((item) => item.id === id),
    );

  it('lists a job whose attempts ran out, and a redrive runs it again until it leaves', async () => {
    const id = await world.enqueue('fails-until-flag', ofAlice(), { attempts: 2 });
    // Not dead while it still has an attempt left (the first retry waits 1 s of backoff).
    await waitFor('the first attempt', async () =>
      (await world.queue.getJob(id))?.attemptsMade === 1 ? true : undefined,
    );
    expect((await deadList()).map((item) => item.id)).not.toContain(id);

    const dead = await deadOne(id);
    expect(dead).toEqual({
      id,
      queue: 'system',
      name: 'fails-until-flag',
      failedReason: 'not yet',
      attemptsMade: 2,
      finishedOn: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: expect.objectContaining({ workspaceId: alice.workspaceId }),
    });

    await world.redis.set(world.flagKey(id), 'yes', 'EX', 300);
    const redriven = await web.http
      .post(`/v1/admin/jobs/${id}/redrive`)
      .set('Authorization', admin);
    expect(redriven.status).toBe(202);
    expect(redriven.headers.location).toBe(`/v1/jobs/${id}`);
    expect(redriven.body).toEqual({ id, queue: 'system', statusUrl: `/v1/jobs/${id}` });

    // The workspace's member follows the Location as with any 202.
    const done = await web.http
      .get(`${redriven.headers.location}?waitMs=10000`)
      .set(bearer(alice.token));
    expect(done.body).toMatchObject({ state: 'completed', attempts: 1, result: { ok: true } });
    expect((await deadList()).map((item) => item.id)).not.toContain(id);
    expect((await deadList('')).map((item) => item.id)).not.toContain(id);
  });

  it('lists a job that threw UnrecoverableError after its first attempt', async () => {
    const id = await world.enqueue('unrecoverable', ofAlice(), { attempts: 5 });
    const dead = await deadOne(id);
    expect(dead).toMatchObject({ attemptsMade: 1, failedReason: 'the input is unreadable' });
    // Listed across all queues too, newest first, and limited.
    const all = await deadList('?limit=1');
    expect(all).toHaveLength(1);
    expect(all[0].id).toBe(id);
  });

  it('redrives only dead jobs', async () => {
    const id = await world.enqueue('steps', ofAlice());
    await web.http.get(`/v1/jobs/${id}?waitMs=10000`).set(bearer(alice.token));
    const completed = await web.http
      .post(`/v1/admin/jobs/${id}/redrive`)
      .set('Authorization', admin);
    expect(completed.status).toBe(409);
    expect(completed.headers['content-type']).toMatch(/^application\/problem\+json/);

    const unknown = await web.http
      .post('/v1/admin/jobs/system.00000000-0000-4000-8000-000000000000/redrive')
      .set('Authorization', admin);
    expect(unknown.status).toBe(404);
    const noQueue = await web.http.post('/v1/admin/jobs/42/redrive').set('Authorization', admin);
    expect(noQueue.status).toBe(404);
  });

  it('validates the list query', async () => {
    for (const query of ['?queue=nope', '?limit=0', '?limit=501', '?limit=abc']) {
      const response = await web.http
        .get(`/v1/admin/jobs/dead${query}`)
        .set('Authorization', admin);
      expect(response.status).toBe(400);
    }
  });

  it('is for platform admins only', async () => {
    expect((await web.http.get('/v1/admin/jobs/dead')).status).toBe(401);
    const asUser = await web.http.get('/v1/admin/jobs/dead').set(bearer(alice.token));
    expect(asUser.status).toBe(403);
    const redriveAsUser = await web.http
      .post('/v1/admin/jobs/system.00000000-0000-4000-8000-000000000000/redrive')
      .set(bearer(alice.token));
    expect(redriveAsUser.status).toBe(403);
  });
});
