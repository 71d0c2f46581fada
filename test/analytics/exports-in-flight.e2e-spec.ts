import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { waitFor } from '../support/wait-for';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { WorkerAppUnderTest } from '../support/worker-app-under-test';

/**
 * EXPORTS_IN_FLIGHT_PER_WORKSPACE (default 3): a workspace cannot fill the reports queue and starve
 * the others. No worker runs until a test starts one, so accepted exports stay queued.
 */
describe('analytics exports: at most 3 in flight per workspace', () => {
  const config = testConfig({ RATE_LIMIT_PER_MINUTE: '100000' });
  const body = { format: 'csv', from: '2026-01-01', to: '2026-01-31' };
  let web: WebAppUnderTest;
  let db: DataSource;
  let queue: Queue;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(config);
    db = web.app.get(DataSource);
    queue = web.app.get<Queue>(getQueueToken('reports'));
  });
  afterAll(() => web?.close());

  const requestExport = (user: SignedInUser) =>
    web.http
      .post(`/v1/workspaces/${user.workspaceId}/analytics/exports`)
      .set(bearer(user.token))
      .send(body);
  const concurrently = (user: SignedInUser, count: number) =>
    Promise.all(Array.from({ length: count }, () => requestExport(user)));
  const rowsOf = async (workspaceId: string) =>
    (await db.query(
      `SELECT id, job_id AS "jobId", status FROM analytics.exports WHERE workspace_id = $1`,
      [workspaceId],
    )) as { id: string; jobId: string; status: string }[];
  const statuses = (answers: { status: number }[]) => answers.map(({ status }) => status).sort();

  it('is configurable, 3 by default, and never 0', () => {
    expect(config.workspaceQuotas.exportsInFlight).toBe(3);
    const seven = testConfig({ EXPORTS_IN_FLIGHT_PER_WORKSPACE: '7' });
    expect(seven.workspaceQuotas.exportsInFlight).toBe(7);
    expect(() => testConfig({ EXPORTS_IN_FLIGHT_PER_WORKSPACE: '0' })).toThrow(
      /EXPORTS_IN_FLIGHT_PER_WORKSPACE/,
    );
  });

  it('10 requests at once: exactly 3 accepted, 7 answered 409 naming the limit, nothing written for them', async () => {
    const owner = await signUp(web.http, 'exports-burst');

    const answers = await concurrently(owner, 10);

    expect(statuses(answers)).toEqual([202, 202, 202, ...Array(7).fill(409)]);
    const refused = answers.filter(({ status }) => status === 409);
    for (const answer of refused) {
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.headers['retry-after']).toBeUndefined();
      expect(answer.body).toMatchObject({
        type: 'urn:tenfold:problem:exports-in-flight-limit',
        status: 409,
        limit: 3,
        current: 3,
      });
      expect(answer.body.detail).toMatch(/3 exports queued or running; at most 3/);
    }
    const rows = await rowsOf(owner.workspaceId);
    expect(rows).toHaveLength(3);
    expect(rows.every(({ status }) => status === 'queued')).toBe(true);
    for (const { jobId } of rows) expect(await queue.getJobState(jobId)).toBe('waiting');

    // Another workspace has slots of its own.
    const neighbour = await signUp(web.http, 'exports-neighbour');
    expect(statuses(await concurrently(neighbour, 2))).toEqual([202, 202]);
  });

  it('an export whose job is gone stops counting once it is old; one still queued keeps counting', async () => {
    const owner = await signUp(web.http, 'exports-orphan');
    expect(statuses(await concurrently(owner, 3))).toEqual([202, 202, 202]);
    const [orphan, old, young] = await rowsOf(owner.workspaceId);
    // As if a worker had lost the job for good, or the web process had died before enqueueing it.
    await queue.remove(orphan.jobId);
    // Old, but its job still waits: in flight, whatever its age.
    await backdate([old.id], 120);

    // The orphan is young: its job might still be on its way to the queue, so it keeps its slot.
    const full = await requestExport(owner);
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ limit: 3, current: 3 });

    await backdate([orphan.id], 120);
    const accepted = await requestExport(owner);

    expect(accepted.status).toBe(202);
    const after = new Map((await rowsOf(owner.workspaceId)).map((row) => [row.id, row.status]));
    expect(after.get(orphan.id)).toBe('failed');
    expect([after.get(old.id), after.get(young.id)]).toEqual(['queued', 'queued']);
    expect(after.get(accepted.body.exportId)).toBe('queued');
    expect((await requestExport(owner)).body).toMatchObject({ status: 409, current: 3 });
  });

  it('a finished export frees its slot', async () => {
    const owner = await signUp(web.http, 'exports-finish');
    expect(statuses(await concurrently(owner, 4))).toEqual([202, 202, 202, 409]);

    const worker = await WorkerAppUnderTest.start(testConfig({ WORKER_QUEUES: 'reports' }));
    try {
      await waitFor('the workspace exports to be built', async () => {
        const rows = await rowsOf(owner.workspaceId);
        return rows.every(({ status }) => status === 'ready') ? rows : undefined;
      });
    } finally {
      await worker.close();
    }

    expect(statuses(await concurrently(owner, 4))).toEqual([202, 202, 202, 409]);
  });

  async function backdate(exportIds: string[], seconds: number): Promise<void> {
    await db.query(
      `UPDATE analytics.exports SET requested_at = requested_at - make_interval(secs => $2)
        WHERE id = ANY($1::uuid[])`,
      [exportIds, seconds],
    );
  }
});
