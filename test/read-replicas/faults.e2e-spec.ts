import type { Response } from 'supertest';

import { FaultReplica } from '../support/fault-replica';
import { bearer, type SignedInUser } from '../harness/accounts';
import { adminAuthorization, testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';
import { createProject, createTask, workspacePath } from '../projects/support/projects-api';
import { joinAs, signUpOwner } from '../projects/support/projects-world';

/**
 * Read-your-writes against a real replica whose replay is paused, resumed and which is stopped
 * and started mid-test. The replica is the stack's second one, which only this file uses.
 */
describe('reads routed to a replica by WAL position', () => {
  const database = new URL(testConfig().database.primaryUrl).pathname.slice(1);
  const replica = FaultReplica.forDatabase(database);
  const config = testConfig({
    DB_REPLICA_URLS: replica.url,
    // Paused replay must not eject the replica during these tests: routing, not ejection, is tested.
    DB_REPLICA_MAX_LAG_SECONDS: '300',
    DB_READ_YOUR_WRITES_SECONDS: '600',
    DB_REPLICA_MAX_LAG_BYTES: String(2 ** 40),
    DB_JOB_REPLICA_WAIT_MS: '1000',
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  let stackDir: string;
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let colleague: SignedInUser;
  let projectId: string;

  beforeAll(async () => {
    stackDir = await replica.stackDir();
    await replica.resumeReplay(); // whatever an aborted earlier run left behind
    web = await WebAppUnderTest.start(config);
    owner = await signUpOwner(web, 'writer');
    colleague = await joinAs(web, owner, 'member', 'reader');
    projectId = (await createProject(web, owner)).id;
  });
  afterAll(async () => {
    await replica.start(stackDir).catch(() => undefined);
    await replica.resumeReplay().catch(() => undefined);
    await web?.close();
  });

  const listTasks = (user: SignedInUser) =>
    web.http
      .get(`${workspacePath(owner.workspaceId)}/projects/${projectId}/tasks?limit=100`)
      .set(bearer(user.token));
  const readFrom = (response: Response) => String(response.headers['x-read-from']);
  const titles = (response: Response) =>
    (response.body.items as { title: string }[]).map((task) => task.title);
  const onReplica = `${replica.name}; `;

  /** Lists until the answer came from where `expected` says; returns that answer. */
  const listUntilServedBy = (user: SignedInUser, expected: string) =>
    waitFor(`${user.email}'s list served by "${expected}"`, async () => {
      const response = await listTasks(user);
      return readFrom(response) === expected ? response : undefined;
    });

  it('sends a writer whose write the paused replica lacks to the primary; others read the replica', async () => {
    await listUntilServedBy(owner, `${onReplica}caught-up`);
    await listUntilServedBy(colleague, `${onReplica}no-recent-writes`);

    await replica.pauseReplay();
    const task = await createTask(web, owner, projectId, { title: 'written while paused' });

    const own = await listTasks(owner);
    expect(own.status).toBe(200);
    expect(readFrom(own)).toBe('primary; not-caught-up');
    expect(titles(own)).toContain(task.title);

    // The colleague's read really is served by the stale replica: the routing above mattered.
    const other = await listTasks(colleague);
    expect(other.status).toBe(200);
    expect(readFrom(other)).toBe(`${onReplica}no-recent-writes`);
    expect(titles(other)).not.toContain(task.title);

    await replica.resumeReplay();
    const caughtUp = await listUntilServedBy(owner, `${onReplica}caught-up`);
    expect(titles(caughtUp)).toContain(task.title);
  });

  it('serves 1,000 write-then-read pairs without one stale own read while replay is paused and resumed at random', async () => {
    const random = seededRandom(Number(process.env.TENFOLD_TEST_SEED ?? Date.now() % 100_000));
    const projectPath = `${workspacePath(owner.workspaceId)}/projects/${projectId}`;
    const servedBy = { replica: 0, primary: 0 };
    const stale: string[] = [];
    let paused = false;
    try {
      for (let i = 0; i < 1_000; i++) {
        if (random() < 0.05) {
          paused = !paused;
          await (paused ? replica.pauseReplay() : replica.resumeReplay());
        }
        const name = `pair ${i}`;
        const write = await web.http.patch(projectPath).set(bearer(owner.token)).send({ name });
        expect(write.status).toBe(200);
        const read = await web.http
          .get(`${workspacePath(owner.workspaceId)}/projects`)
          .set(bearer(owner.token));
        expect(read.status).toBe(200);
        const seen = (read.body.items as { id: string; name: string }[]).find(
          (project) => project.id === projectId,
        );
        if (seen?.name !== name) stale.push(`${name}: read "${seen?.name}" (${readFrom(read)})`);
        servedBy[readFrom(read).startsWith(onReplica) ? 'replica' : 'primary']++;
      }
    } finally {
      await replica.resumeReplay();
    }
    expect(stale).toEqual([]);
    // Both paths were exercised: pairs while paused on the primary, the others on the replica.
    expect(servedBy.primary).toBeGreaterThan(0);
    expect(servedBy.replica).toBeGreaterThan(0);
  }, 180_000);

  describe('a job enqueued right after a write', () => {
    let worker: WorkerAppUnderTest;

    beforeAll(async () => {
      worker = await WorkerAppUnderTest.start(config);
    });
    afterAll(() => worker?.close());

    async function heartbeatResult() {
      const accepted = await web.http
        .post('/v1/system/heartbeats')
        .set('Authorization', adminAuthorization(config))
        .send({ holdMs: 0 });
      expect(accepted.status).toBe(202);
      const done = await web.http
        .get(`/v1/system/heartbeats/${accepted.body.id}?waitMs=10000`)
        .set('Authorization', adminAuthorization(config));
      expect(done.body.state).toBe('completed');
      return done.body.result as { requestReadFrom: string };
    }

    it('reads the write from the primary when the replica has not replayed it in time', async () => {
      await replica.pauseReplay();
      try {
        expect((await heartbeatResult()).requestReadFrom).toBe('primary; not-caught-up');
      } finally {
        await replica.resumeReplay();
      }
    });

    it('reads the write from the replica once the replica has replayed it', async () => {
      expect((await heartbeatResult()).requestReadFrom).toBe(`${onReplica}caught-up`);
    });
  });

  it('keeps answering from the primary while the replica is stopped, and takes it back once it runs again', async () => {
    await listUntilServedBy(colleague, `${onReplica}no-recent-writes`);
    await replica.stop();
    try {
      const answers: Response[] = [];
      for (let i = 0; i < 20; i++) {
        answers.push(await listTasks(colleague), await listTasks(owner));
      }
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
      for (const answer of answers) expect(readFrom(answer)).toMatch(/(^|, )primary; /);
      const ready = await web.http
        .get('/health/ready')
        .set('Authorization', adminAuthorization(config));
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('degraded');
      expect(ready.body.details.replica.replicas).toEqual([
        expect.objectContaining({ name: replica.name, reachable: false, inRotation: false }),
      ]);
      // A write and its read while the replica is down: the primary serves it.
      const task = await createTask(web, owner, projectId, { title: 'written while stopped' });
      expect(titles(await listTasks(owner))).toContain(task.title);
    } finally {
      await replica.start(stackDir);
    }
    await listUntilServedBy(colleague, `${onReplica}no-recent-writes`);
    const ready = await web.http
      .get('/health/ready')
      .set('Authorization', adminAuthorization(config));
    expect(ready.body.status).toBe('ok');
    expect(ready.body.details.replica.status).toBe('up');
  });
});

/** mulberry32: the same seed gives the same pause/resume schedule (TENFOLD_TEST_SEED). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
