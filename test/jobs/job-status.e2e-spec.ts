import { randomUUID } from 'node:crypto';

import { bearer, type SignedInUser, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { JobsWorld } from './support/jobs-world';

describe('GET /v1/jobs/{id}', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let world: JobsWorld;
  let alice: SignedInUser;
  let bob: SignedInUser;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    world = new JobsWorld(web, config);
    world.startWorker();
    alice = await signUp(web.http, 'jobs-alice');
    bob = await signUp(web.http, 'jobs-bob');
  });
  afterAll(async () => {
    await world?.close();
    await web?.close();
  });

  const ofAlice = () => ({ workspaceId: alice.workspaceId, requestedBy: alice.id });

  it('answers state, progress, attempts and the result of a finished job', async () => {
    const id = await world.enqueue('steps', ofAlice());
    const response = await web.http.get(`/v1/jobs/${id}?waitMs=10000`).set(bearer(alice.token));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id,
      queue: 'system',
      name: 'steps',
      state: 'completed',
      progress: 100,
      attempts: 1,
      maxAttempts: 3, // the system queue's catalogue setting
      result: { reportUrl: `/v1/workspaces/${alice.workspaceId}/reports/r-1` },
      failedReason: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      finishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(Date.parse(response.body.finishedAt)).toBeGreaterThanOrEqual(
      Date.parse(response.body.createdAt),
    );
  });

  it('shows progress while the job runs', async () => {
    const id = await world.enqueue('steps', { ...ofAlice(), stepMs: 300 });
    const running = await waitFor('progress between 0 and 100', async () => {
      const { body } = await web.http.get(`/v1/jobs/${id}`).set(bearer(alice.token));
      return body.state === 'active' && body.progress > 0 && body.progress < 100 ? body : undefined;
    });
    expect(running).toMatchObject({ result: null, finishedAt: null });
  });

  it('answers the failure reason of a job that failed', async () => {
    const id = await world.enqueue('always-fails', ofAlice(), { attempts: 1 });
    const { body } = await web.http.get(`/v1/jobs/${id}?waitMs=10000`).set(bearer(alice.token));
    expect(body).toMatchObject({
      state: 'failed',
      attempts: 1,
      maxAttempts: 1,
      failedReason: 'the printer is on fire',
      result: null,
    });
  });

  it('long-polls only as long as asked when the job does not finish', async () => {
    const id = await world.enqueue('steps', { ...ofAlice(), stepMs: 1_000 });
    const started = Date.now();
    const { body } = await web.http.get(`/v1/jobs/${id}?waitMs=500`).set(bearer(alice.token));
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(['waiting', 'active']).toContain(body.state);
  });

  it("answers the same 404 for another workspace's job, an unknown id and a malformed id", async () => {
    const id = await world.enqueue('steps', ofAlice());
    const answers = await Promise.all(
      [id, `system.${randomUUID()}`, 'nope', 'system.1', `bogus.${randomUUID()}`, `${id}x`].map(
        (jobId) => web.http.get(`/v1/jobs/${encodeURIComponent(jobId)}`).set(bearer(bob.token)),
      ),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ status: 404, title: 'Not Found' });
    }
    // The owner does see it.
    expect((await web.http.get(`/v1/jobs/${id}`).set(bearer(alice.token))).status).toBe(200);
  });

  it('validates waitMs', async () => {
    const id = await world.enqueue('steps', ofAlice());
    const response = await web.http.get(`/v1/jobs/${id}?waitMs=-5`).set(bearer(alice.token));
    expect(response.status).toBe(400);
  });

  it('asks for a session', async () => {
    const id = await world.enqueue('steps', ofAlice());
    const response = await web.http.get(`/v1/jobs/${id}`);
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await web.http.get(`/v1/jobs/${id}/events`)).status).toBe(401);
  });
});
