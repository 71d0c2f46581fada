import { DataSource } from 'typeorm';

import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createProject, createTask, workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner, startWebApp } from './support/projects-world';

describe('projects: archive, unarchive and delete, each announced once', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let admin: SignedInUser;
  let member: SignedInUser;
  let ws: string;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'lifecycle-owner');
    admin = await joinAs(web, owner, 'admin');
    member = await joinAs(web, owner, 'member');
    ws = workspacePath(owner.workspaceId);
  });
  afterAll(() => web?.close());

  const eventsOf = async (projectId: string) =>
    (await projectEvents(web, owner.workspaceId)).filter(
      (event) => event.payload.projectId === projectId,
    );
  const archive = (id: string, user = admin) =>
    web.http.post(`${ws}/projects/${id}/archive`).set(bearer(user.token));
  const unarchive = (id: string, user = admin) =>
    web.http.post(`${ws}/projects/${id}/unarchive`).set(bearer(user.token));
  const remove = (id: string, user = admin) =>
    web.http.delete(`${ws}/projects/${id}`).set(bearer(user.token));
  const tasksIn = (projectId: string) =>
    web.app
      .get(DataSource)
      .query(`SELECT id FROM projects.tasks WHERE project_id = $1 ORDER BY id`, [projectId]);

  it('archive and unarchive announce only real changes, with the project’s name', async () => {
    const project = await createProject(web, owner, { name: 'Seasonal' });
    expect((await archive(project.id)).status).toBe(200);
    expect((await archive(project.id)).status).toBe(200);
    const back = await unarchive(project.id);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ archived: false, archivedAt: null });
    expect((await unarchive(project.id)).status).toBe(200);

    expect(
      (await eventsOf(project.id)).map(({ type, actorId, payload }) => [type, actorId, payload]),
    ).toEqual([
      ['projects.project.created.v1', owner.id, { projectId: project.id, name: 'Seasonal' }],
      ['projects.project.archived.v1', admin.id, { projectId: project.id, name: 'Seasonal' }],
      ['projects.project.unarchived.v1', admin.id, { projectId: project.id, name: 'Seasonal' }],
    ]);
  });

  it('an unarchived project takes edits and tasks again', async () => {
    const project = await createProject(web, owner, { name: 'Paused' });
    await archive(project.id);
    await unarchive(project.id);
    const edit = await web.http
      .patch(`${ws}/projects/${project.id}`)
      .set(bearer(member.token))
      .send({ name: 'Resumed' });
    expect(edit.status).toBe(200);
    await createTask(web, member, project.id, { title: 'Again' });
  });

  it('tasks of an archived project cannot be changed (409), and stay as they were', async () => {
    const project = await createProject(web, owner, { name: 'Frozen' });
    const other = await createProject(web, owner, { name: 'Elsewhere' });
    const open = await createTask(web, owner, project.id, { title: 'Open one' });
    const done = await createTask(web, owner, project.id, { title: 'Done one' });
    await web.http.post(`${ws}/tasks/${done.id}/complete`).set(bearer(owner.token)).expect(200);
    await archive(project.id).expect(200);
    const before = await projectEvents(web, owner.workspaceId);
    const snapshot = () =>
      web.app
        .get(DataSource)
        .query(`SELECT * FROM projects.tasks WHERE project_id = $1 ORDER BY id`, [project.id]);
    const rowsBefore = await snapshot();

    const attempts: [string, () => PromiseLike<{ status: number; body: { type?: string } }>][] = [
      [
        'complete',
        () => web.http.post(`${ws}/tasks/${open.id}/complete`).set(bearer(member.token)),
      ],
      ['reopen', () => web.http.post(`${ws}/tasks/${done.id}/reopen`).set(bearer(member.token))],
      [
        'assign',
        () =>
          web.http
            .put(`${ws}/tasks/${open.id}/assignee`)
            .set(bearer(member.token))
            .send({ assigneeId: member.id }),
      ],
      [
        'edit',
        () =>
          web.http.patch(`${ws}/tasks/${open.id}`).set(bearer(member.token)).send({ title: 'New' }),
      ],
      [
        'move out',
        () =>
          web.http
            .post(`${ws}/tasks/${open.id}/move`)
            .set(bearer(member.token))
            .send({ projectId: other.id }),
      ],
      ['delete', () => web.http.delete(`${ws}/tasks/${open.id}`).set(bearer(member.token))],
    ];
    for (const [label, attempt] of attempts) {
      const response = await attempt();
      expect([label, response.status, response.body.type]).toEqual([
        label,
        409,
        'urn:tenfold:problem:project-archived',
      ]);
    }
    expect(await snapshot()).toEqual(rowsBefore);
    expect(await projectEvents(web, owner.workspaceId)).toEqual(before);
    // Reads still work: archived means read-only, not hidden.
    await web.http.get(`${ws}/tasks/${open.id}`).set(bearer(member.token)).expect(200);
  });

  it('an active project is not deleted (409 project-not-archived); nothing goes', async () => {
    const project = await createProject(web, owner, { name: 'Busy' });
    await createTask(web, owner, project.id);
    const response = await remove(project.id);
    expect(response.status).toBe(409);
    expect(response.body.type).toBe('urn:tenfold:problem:project-not-archived');
    await web.http.get(`${ws}/projects/${project.id}`).set(bearer(owner.token)).expect(200);
    expect(await tasksIn(project.id)).toHaveLength(1);
    expect((await eventsOf(project.id)).map((event) => event.type)).not.toContain(
      'projects.project.deleted.v1',
    );
  });

  it('deletes an archived project with all its tasks, in one event naming every task', async () => {
    const project = await createProject(web, owner, { name: 'Done with' });
    const kept = await createProject(web, owner, { name: 'Neighbour' });
    const tasks = [];
    for (const title of ['one', 'two', 'three']) {
      tasks.push(await createTask(web, owner, project.id, { title }));
    }
    const neighbour = await createTask(web, owner, kept.id, { title: 'stays' });
    await archive(project.id).expect(200);

    const response = await remove(project.id);
    expect(response.status).toBe(204);

    await web.http.get(`${ws}/projects/${project.id}`).set(bearer(owner.token)).expect(404);
    for (const task of tasks) {
      await web.http.get(`${ws}/tasks/${task.id}`).set(bearer(owner.token)).expect(404);
    }
    expect(await tasksIn(project.id)).toEqual([]);
    await web.http.get(`${ws}/tasks/${neighbour.id}`).set(bearer(owner.token)).expect(200);

    const deleted = (await eventsOf(project.id)).filter(
      (event) => event.type === 'projects.project.deleted.v1',
    );
    expect(deleted).toHaveLength(1);
    expect(deleted[0].actorId).toBe(admin.id);
    expect(deleted[0].payload).toEqual({
      projectId: project.id,
      name: 'Done with',
      taskIds: expect.arrayContaining(tasks.map((task) => task.id)),
    });
    expect(deleted[0].payload.taskIds).toHaveLength(3);
    // No task.deleted per task: the project's event says it for all of them.
    const perTask = (await projectEvents(web, owner.workspaceId)).filter(
      (event) => event.type === 'projects.task.deleted.v1',
    );
    expect(perTask).toEqual([]);

    // A replay of the delete finds nothing to delete and announces nothing more.
    expect((await remove(project.id)).status).toBe(404);
    expect(
      (await eventsOf(project.id)).filter((event) => event.type === 'projects.project.deleted.v1'),
    ).toHaveLength(1);
  });

  it('a project of many tasks goes in one request, its event listing them all', async () => {
    const project = await createProject(web, owner, { name: 'Big' });
    await web.app.get(DataSource).query(
      `INSERT INTO projects.tasks (workspace_id, project_id, title, created_by)
       SELECT $1, $2, 'bulk ' || n, $3 FROM generate_series(1, 2000) n`,
      [owner.workspaceId, project.id, owner.id],
    );
    await archive(project.id).expect(200);
    expect((await remove(project.id)).status).toBe(204);
    const [deleted] = (await eventsOf(project.id)).filter(
      (event) => event.type === 'projects.project.deleted.v1',
    );
    expect(new Set(deleted.payload.taskIds as string[]).size).toBe(2000);
    expect(await tasksIn(project.id)).toEqual([]);
  });

  it('a member may neither unarchive nor delete (403); nothing changes', async () => {
    const project = await createProject(web, owner, { name: 'Guarded' });
    await archive(project.id).expect(200);
    expect((await unarchive(project.id, member)).status).toBe(403);
    expect((await remove(project.id, member)).status).toBe(403);
    const after = await web.http.get(`${ws}/projects/${project.id}`).set(bearer(owner.token));
    expect(after.body.archived).toBe(true);
  });

  it('another workspace’s admin gets 404 for unarchive and delete, and nothing changes', async () => {
    const stranger = await signUpOwner(web, 'lifecycle-stranger');
    const project = await createProject(web, owner, { name: 'Not yours' });
    await archive(project.id).expect(200);
    const theirs = workspacePath(stranger.workspaceId);
    for (const response of [
      await web.http.post(`${theirs}/projects/${project.id}/unarchive`).set(bearer(stranger.token)),
      await web.http.delete(`${theirs}/projects/${project.id}`).set(bearer(stranger.token)),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body.type).toBe('urn:tenfold:problem:project-not-found');
    }
    const after = await web.http.get(`${ws}/projects/${project.id}`).set(bearer(owner.token));
    expect(after.body.archived).toBe(true);
    expect(await projectEvents(web, stranger.workspaceId)).toEqual([]);
  });
});
