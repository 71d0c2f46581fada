import { DataSource } from 'typeorm';

import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createLabel, createProject, createTask, workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner, startWebApp } from './support/projects-world';

describe('concurrent edits: ETag and If-Match on tasks and projects', () => {
  let web: WebAppUnderTest;
  let alice: SignedInUser;
  let bob: SignedInUser;
  let projectId: string;
  let ws: string;

  beforeAll(async () => {
    web = await startWebApp();
    alice = await signUpOwner(web, 'editor-alice');
    bob = await joinAs(web, alice, 'member', 'editor-bob');
    projectId = (await createProject(web, alice)).id;
    ws = workspacePath(alice.workspaceId);
  });
  afterAll(() => web?.close());

  const getTask = (taskId: string, user = alice) =>
    web.http.get(`${ws}/tasks/${taskId}`).set(bearer(user.token));
  const patchTask = (taskId: string, body: object, user: SignedInUser, ifMatch?: string) => {
    const request = web.http.patch(`${ws}/tasks/${taskId}`).set(bearer(user.token));
    if (ifMatch !== undefined) void request.set('If-Match', ifMatch);
    return request.send(body);
  };
  const taskRow = async (taskId: string) =>
    (
      await web.app
        .get(DataSource)
        .query(`SELECT title, description, priority, version FROM projects.tasks WHERE id = $1`, [
          taskId,
        ])
    )[0];
  const updatesOf = async (id: string) =>
    (await projectEvents(web, alice.workspaceId)).filter(
      (event) => event.type.endsWith('.updated.v1') && Object.values(event.payload).includes(id),
    );

  it('two editors read the same ETag: the first PATCH wins, the second gets 412 and writes nothing', async () => {
    const task = await createTask(web, alice, projectId, { title: 'Shared' });
    const [aliceRead, bobRead] = await Promise.all([
      getTask(task.id, alice),
      getTask(task.id, bob),
    ]);
    expect(aliceRead.headers.etag).toBe('"1"');
    expect(bobRead.headers.etag).toBe(aliceRead.headers.etag);

    const first = await patchTask(
      task.id,
      { title: 'Alice was here' },
      alice,
      aliceRead.headers.etag,
    );
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');

    const second = await patchTask(
      task.id,
      { title: 'Bob was here', description: 'and this', priority: 'urgent' },
      bob,
      bobRead.headers.etag,
    );
    expect(second.status).toBe(412);
    expect(second.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(second.body.type).toBe('urn:tenfold:problem:precondition-failed');
    expect(await taskRow(task.id)).toEqual({
      title: 'Alice was here',
      description: null,
      priority: 0,
      version: 2,
    });
    expect(await updatesOf(task.id)).toHaveLength(1);

    // Bob reads again and retries on the current version: now it goes through.
    const reread = await getTask(task.id, bob);
    const retry = await patchTask(task.id, { priority: 'urgent' }, bob, reread.headers.etag);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ title: 'Alice was here', priority: 'urgent', version: 3 });
  });

  it('two PATCHes racing with one ETag: exactly one is written', async () => {
    const task = await createTask(web, alice, projectId, { title: 'Race' });
    const etag = (await getTask(task.id)).headers.etag;
    const results = await Promise.all([
      patchTask(task.id, { title: 'From Alice' }, alice, etag),
      patchTask(task.id, { title: 'From Bob' }, bob, etag),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    expect((await taskRow(task.id)).title).toBe(winner.body.title);
    expect(await updatesOf(task.id)).toHaveLength(1);
  });

  it('If-Match: * and no If-Match both write; a list naming the version matches; a weak tag does not', async () => {
    const task = await createTask(web, alice, projectId, { title: 'Tags' });
    expect((await patchTask(task.id, { title: 'Star' }, bob, '*')).status).toBe(200);
    expect((await patchTask(task.id, { title: 'None' }, bob)).status).toBe(200);
    expect((await patchTask(task.id, { title: 'Listed' }, bob, '"1", "3"')).status).toBe(200);
    const weak = await patchTask(task.id, { title: 'Weak' }, bob, 'W/"4"');
    expect(weak.status).toBe(412);
    const garbled = await patchTask(task.id, { title: 'Garbled' }, bob, 'four');
    expect(garbled.status).toBe(412);
    expect(await taskRow(task.id)).toMatchObject({ title: 'Listed', version: 4 });
  });

  it('assign, complete, reopen and a label deletion all move the version: an older ETag gets 412', async () => {
    const label = await createLabel(web, alice, { name: 'Transient', color: '#123123' });
    const task = await createTask(web, alice, projectId, { title: 'Busy', labelIds: [label.id] });
    const writes: [string, () => Promise<{ status: number }>][] = [
      [
        'assign',
        () =>
          web.http
            .put(`${ws}/tasks/${task.id}/assignee`)
            .set(bearer(alice.token))
            .send({ assigneeId: bob.id }),
      ],
      ['complete', () => web.http.post(`${ws}/tasks/${task.id}/complete`).set(bearer(alice.token))],
      ['reopen', () => web.http.post(`${ws}/tasks/${task.id}/reopen`).set(bearer(alice.token))],
      [
        'delete its label',
        () => web.http.delete(`${ws}/labels/${label.id}`).set(bearer(alice.token)),
      ],
    ];
    for (const [what, write] of writes) {
      const before = await getTask(task.id);
      expect([what, (await write()).status]).toEqual([
        what,
        what === 'delete its label' ? 204 : 200,
      ]);
      const after = await getTask(task.id);
      expect([what, after.headers.etag]).not.toEqual([what, before.headers.etag]);
      const stale = await patchTask(task.id, { title: `After ${what}` }, bob, before.headers.etag);
      expect([what, stale.status]).toEqual([what, 412]);
    }
    expect((await taskRow(task.id)).title).toBe('Busy');
  });

  it('a no-op PATCH with the current ETag keeps the version (and publishes nothing)', async () => {
    const task = await createTask(web, alice, projectId, { title: 'Still' });
    const response = await patchTask(task.id, { title: 'Still' }, bob, '"1"');
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(await updatesOf(task.id)).toEqual([]);
  });

  it('a stale ETag on a task of another workspace is still 404, not 412', async () => {
    const stranger = await signUpOwner(web, 'editor-stranger');
    const theirs = await createTask(web, stranger, (await createProject(web, stranger)).id);
    const response = await patchTask(theirs.id, { title: 'x' }, alice, '"999"');
    expect(response.status).toBe(404);
  });

  it('projects: two editors, the second PATCH on a stale ETag gets 412; archiving moves the version too', async () => {
    const project = await createProject(web, alice, { name: 'Contested' });
    const path = `${ws}/projects/${project.id}`;
    const read = await web.http.get(path).set(bearer(bob.token));
    expect(read.headers.etag).toBe('"1"');
    const first = await web.http
      .patch(path)
      .set(bearer(alice.token))
      .set('If-Match', read.headers.etag)
      .send({ name: 'Alice named it' });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const second = await web.http
      .patch(path)
      .set(bearer(bob.token))
      .set('If-Match', read.headers.etag)
      .send({ name: 'Bob named it', description: 'Bob' });
    expect(second.status).toBe(412);
    expect(second.body.type).toBe('urn:tenfold:problem:precondition-failed');
    const now = await web.http.get(path).set(bearer(bob.token));
    expect(now.body).toMatchObject({ name: 'Alice named it', description: null, version: 2 });
    expect(await updatesOf(project.id)).toHaveLength(1);

    const archived = await web.http.post(`${path}/archive`).set(bearer(alice.token));
    expect(archived.body.version).toBe(3);
  });
});
