import { randomUUID } from 'node:crypto';

import type { WorkspaceRole } from '../../src/common/auth/workspace-role';
import { joinAs } from '../projects/support/projects-world';
import { bearer, type SignedInUser, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { JobsWorld } from './support/jobs-world';

/** A job is no more public than the route that started it (docs/JOBS.md, "Who sees a job"). */
describe('GET /v1/jobs/{id} and /events answer only roles the job’s route let in', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  let web: WebAppUnderTest;
  let worker: WorkerAppUnderTest;
  let world: JobsWorld;
  let baseUrl: string;
  let owner: SignedInUser;
  let people: Record<Exclude<WorkspaceRole, 'owner'>, SignedInUser>;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    await web.app.listen(0, '127.0.0.1');
    baseUrl = await web.app.getUrl();
    worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'reports' }));
    world = new JobsWorld(web, config);
    world.startWorker();
    owner = await signUp(web.http, 'jobs-owner');
    people = {
      admin: await joinAs(web, owner, 'admin'),
      member: await joinAs(web, owner, 'member'),
      viewer: await joinAs(web, owner, 'viewer'),
    };
  });
  afterAll(async () => {
    await world?.close();
    await worker?.close();
    await web?.close();
  });

  const statusOf = (id: string, user: SignedInUser, waitMs = 0) =>
    web.http.get(`/v1/jobs/${id}?waitMs=${waitMs}`).set(bearer(user.token));
  const eventsOf = async (id: string, user: SignedInUser) => {
    const response = await fetch(`${baseUrl}/v1/jobs/${id}/events`, {
      headers: bearer(user.token),
    });
    return { status: response.status, text: await response.text() };
  };
  const everyone = () => [owner, people.admin, people.member, people.viewer];
  /** Status and event-stream answers of each role, owner first. */
  async function answersFor(id: string): Promise<[number, number][]> {
    const answers: [number, number][] = [];
    for (const user of everyone()) {
      answers.push([(await statusOf(id, user)).status, (await eventsOf(id, user)).status]);
    }
    return answers;
  }

  describe('an export started by an admin (POST …/analytics/exports requires member)', () => {
    let jobId: string;

    beforeAll(async () => {
      const today = new Date().toISOString().slice(0, 10);
      const started = await web.http
        .post(`/v1/workspaces/${owner.workspaceId}/analytics/exports`)
        .set(bearer(people.admin.token))
        .send({ format: 'csv', from: today, to: today });
      expect(started.status).toBe(202);
      jobId = started.body.jobId;
    });

    it('is 404 for a viewer, as an unknown job is, on both routes', async () => {
      const unknown = await statusOf(`reports.${randomUUID()}`, people.viewer);
      const hidden = await statusOf(jobId, people.viewer, 10_000);
      expect(hidden.status).toBe(404);
      expect(hidden.headers['content-type']).toMatch(/^application\/problem\+json/);
      const shape = ({ type, title, status }: Record<string, unknown>) => ({ type, title, status });
      expect(shape(hidden.body)).toEqual(shape(unknown.body));
      const stream = await eventsOf(jobId, people.viewer);
      expect(stream.status).toBe(404);
      expect(stream.text).not.toContain('downloadUrl');
    });

    it('shows the admin (and a member) the result with its download link', async () => {
      const done = await statusOf(jobId, people.admin, 20_000);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ id: jobId, state: 'completed' });
      expect(done.body.result.downloadUrl).toMatch(/^https?:\/\//);

      const stream = await eventsOf(jobId, people.member);
      expect(stream.status).toBe(200);
      expect(stream.text).toContain('event: completed');
      expect(stream.text).toContain('downloadUrl');
      expect(await answersFor(jobId)).toEqual([
        [200, 200],
        [200, 200],
        [200, 200],
        [404, 404],
      ]);
    });

    it('names no database or Redis server in the status or the final event', async () => {
      const done = await statusOf(jobId, people.member, 20_000);
      expect(done.body.result.readFrom).toMatch(/^(replica|primary); [a-z-]+$/);
      const stream = await eventsOf(jobId, people.member);
      const servers = serversOf(config);
      for (const body of [JSON.stringify(done.body), stream.text]) {
        for (const server of servers) expect(body).not.toContain(server);
        // Download links name the object store; nothing else may carry a host:port.
        const withoutLinks = body.replace(/"downloadUrl":"[^"]*"/g, '');
        expect(withoutLinks).not.toMatch(/\d+\.\d+\.\d+\.\d+:\d+/);
      }
    });
  });

  it('defaults a job without visibleFrom (enqueued before it existed) to admin and up', async () => {
    const id = await world.enqueue('steps', {
      workspaceId: owner.workspaceId,
      requestedBy: owner.id,
    });
    expect(await answersFor(id)).toEqual([
      [200, 200],
      [200, 200],
      [404, 404],
      [404, 404],
    ]);
  });

  it.each([
    ['member', [200, 200, 200, 404]],
    ['viewer', [200, 200, 200, 200]],
    ['owner', [200, 404, 404, 404]],
    ['superuser', [200, 200, 404, 404]], // not a role: treated as a job without one
    ['toString', [200, 200, 404, 404]],
  ])('visibleFrom %s: owner, admin, member, viewer answer %j', async (visibleFrom, expected) => {
    const id = await world.enqueue('steps', {
      workspaceId: owner.workspaceId,
      requestedBy: owner.id,
      visibleFrom: visibleFrom as WorkspaceRole,
    });
    const answers = await answersFor(id);
    expect(answers.map(([status]) => status)).toEqual(expected);
    expect(answers.map(([, events]) => events)).toEqual(expected);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'shows nobody a job whose workspace id is %s',
    async (workspaceId) => {
      const id = await world.enqueue('steps', {
        workspaceId,
        requestedBy: owner.id,
        visibleFrom: 'viewer',
      });
      expect(await answersFor(id)).toEqual(everyone().map(() => [404, 404]));
    },
  );

  it('covers the address of a server a failure reason names, in the status and the failed event', async () => {
    const [primary, replica] = serversOf(config);
    const id = await world.enqueue('fails-saying', {
      workspaceId: owner.workspaceId,
      requestedBy: owner.id,
      visibleFrom: 'member',
      message: `connect ECONNREFUSED ${replica}; then ${primary} timed out`,
    });
    const failed = await waitFor('the job to fail', async () => {
      const answer = await statusOf(id, people.member, 5_000);
      return answer.body.state === 'failed' ? answer.body : undefined;
    });
    expect(failed.failedReason).toBe('connect ECONNREFUSED replica; then primary timed out');
    const stream = await eventsOf(id, people.member);
    expect(stream.text).toContain('connect ECONNREFUSED replica; then primary timed out');
    for (const server of [primary, replica]) expect(stream.text).not.toContain(server);
  });
});

/** host:port of the primary, then each replica, then Redis, as the test config names them. */
function serversOf(config: ReturnType<typeof testConfig>): string[] {
  const hostPort = (url: string) => {
    const { hostname, port } = new URL(url);
    return `${hostname}:${port}`;
  };
  return [
    hostPort(config.database.primaryUrl),
    ...config.database.replicaUrls.map(hostPort),
    hostPort(config.redis.url),
  ];
}
