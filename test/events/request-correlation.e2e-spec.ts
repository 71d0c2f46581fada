import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { createProject, workspacePath } from '../projects/support/projects-api';
import { signUpOwner, startWebApp } from '../projects/support/projects-world';
import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';

/** An event carries the id of the request that caused it, so one action can be followed. */
describe('the correlation id of events published by a request', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'correlation');
  });
  afterAll(() => web.close());

  const correlationOf = async (taskId: string): Promise<unknown> => {
    const [row] = await web.app.get(DataSource).query(
      `SELECT event->>'correlationId' AS "correlationId" FROM messaging.outbox
          WHERE type = 'projects.task.created.v1' AND event->'payload'->>'taskId' = $1`,
      [taskId],
    );
    return row?.correlationId;
  };

  it('is the X-Request-Id the caller sent, or the one minted for the request', async () => {
    const project = await createProject(web, owner);
    const tasks = `${workspacePath(owner.workspaceId)}/projects/${project.id}/tasks`;
    const requestId = `corr-${randomUUID()}`;
    const sent = await web.http
      .post(tasks)
      .set(bearer(owner.token))
      .set('X-Request-Id', requestId)
      .send({ title: 'followed' });
    expect(sent.status).toBe(201);
    expect(await correlationOf(sent.body.id)).toBe(requestId);

    const minted = await web.http.post(tasks).set(bearer(owner.token)).send({ title: 'minted' });
    expect(minted.status).toBe(201);
    expect(await correlationOf(minted.body.id)).toBe(minted.headers['x-request-id']);
  });
});
