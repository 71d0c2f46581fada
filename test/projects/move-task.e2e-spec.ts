import { DataSource } from 'typeorm';

import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createProject, createTask, workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner, startWebApp } from './support/projects-world';

describe('tasks: move to another project of the workspace', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let member: SignedInUser;
  let ws: string;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'move-owner');
    member = await joinAs(web, owner, 'member');
    ws = workspacePath(owner.workspaceId);
  });
  afterAll(() => web?.close());

  const move = (taskId: string, projectId: string, user = member) =>
    web.http.post(`${ws}/tasks/${taskId}/move`).set(bearer(user.token)).send({ projectId });
  const movedEvents = async (taskId: string) =>
    (await projectEvents(web, owner.workspaceId)).filter(
      (event) => event.type === 'projects.task.moved.v1' && event.payload.taskId === taskId,
    );
  const titlesIn = async (projectId: string, query = '') => {
    const response = await web.http
      .get(`${ws}/projects/${projectId}/tasks${query}`)
      .set(bearer(owner.token));
    expect(response.status).toBe(200);
    return response.body as { items: { title: string }[]; nextCursor: string | null };
  };
  const rowOf = async (taskId: string) =>
    (
      await web.app
        .get(DataSource)
        .query(`SELECT project_id, updated_at, position FROM projects.tasks WHERE id = $1`, [
          taskId,
        ])
    )[0];

  it('moves a task with its status and assignee, and announces from where to where', async () => {
    const from = await createProject(web, owner, { name: 'From' });
    const to = await createProject(web, owner, { name: 'To' });
    const task = await createTask(web, owner, from.id, {
      title: 'Travelling',
      assigneeId: member.id,
    });
    await web.http.post(`${ws}/tasks/${task.id}/complete`).set(bearer(owner.token)).expect(200);

    const response = await move(task.id, to.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: task.id,
      projectId: to.id,
      status: 'done',
      assigneeId: member.id,
    });
    expect((await titlesIn(from.id)).items).toEqual([]);
    expect((await titlesIn(to.id)).items.map((item) => item.title)).toEqual(['Travelling']);
    expect(await movedEvents(task.id)).toEqual([
      {
        type: 'projects.task.moved.v1',
        actorId: member.id,
        payload: { taskId: task.id, fromProjectId: from.id, toProjectId: to.id },
      },
    ]);
  });

  it('a moved task comes last in its new project: a cursor held there still sees it', async () => {
    const from = await createProject(web, owner, { name: 'Old list' });
    const to = await createProject(web, owner, { name: 'New list' });
    // Created first, so its original position is below everything in `to`.
    const early = await createTask(web, owner, from.id, { title: 'early' });
    await createTask(web, owner, to.id, { title: 'a' });
    await createTask(web, owner, to.id, { title: 'b' });
    const firstPage = await titlesIn(to.id, '?limit=1');
    expect(firstPage.items.map((item) => item.title)).toEqual(['a']);

    await move(early.id, to.id).expect(200);

    const rest = await titlesIn(to.id, `?limit=10&cursor=${firstPage.nextCursor}`);
    expect(rest.items.map((item) => item.title)).toEqual(['b', 'early']);
    expect((await titlesIn(to.id)).items.map((item) => item.title)).toEqual(['a', 'b', 'early']);
  });

  it('to its own project (any spelling of the id): nothing changes, no event', async () => {
    const project = await createProject(web, owner, { name: 'Stay' });
    const task = await createTask(web, owner, project.id);
    const before = await rowOf(task.id);
    for (const id of [project.id, project.id.toUpperCase()]) {
      const response = await move(task.id, id);
      expect(response.status).toBe(200);
      expect(response.body.projectId).toBe(project.id);
    }
    expect(await rowOf(task.id)).toEqual(before);
    expect(await movedEvents(task.id)).toEqual([]);
  });

  it('to an archived project: 409 project-archived, the task stays', async () => {
    const from = await createProject(web, owner, { name: 'Live' });
    const archived = await createProject(web, owner, { name: 'Shelved' });
    await web.http
      .post(`${ws}/projects/${archived.id}/archive`)
      .set(bearer(owner.token))
      .expect(200);
    const task = await createTask(web, owner, from.id);
    const before = await rowOf(task.id);
    const response = await move(task.id, archived.id);
    expect(response.status).toBe(409);
    expect(response.body.type).toBe('urn:tenfold:problem:project-archived');
    expect(await rowOf(task.id)).toEqual(before);
    expect(await movedEvents(task.id)).toEqual([]);
  });

  it('to another workspace’s project, or one that does not exist: 404, the task stays', async () => {
    const stranger = await signUpOwner(web, 'move-stranger');
    const theirs = await createProject(web, stranger, { name: 'Theirs' });
    const from = await createProject(web, owner, { name: 'Mine' });
    const task = await createTask(web, owner, from.id);
    const before = await rowOf(task.id);
    for (const target of [theirs.id, '00000000-0000-4000-8000-000000000000']) {
      const response = await move(task.id, target);
      expect(response.status).toBe(404);
      expect(response.body.type).toBe('urn:tenfold:problem:project-not-found');
    }
    expect(await rowOf(task.id)).toEqual(before);
    expect(await movedEvents(task.id)).toEqual([]);
    expect((await titlesIn(from.id)).items).toHaveLength(1);
  });

  it('another workspace’s task, even into the caller’s own project: 404 task-not-found', async () => {
    const stranger = await signUpOwner(web, 'move-thief');
    const mine = await createProject(web, stranger, { name: 'Bait' });
    const from = await createProject(web, owner, { name: 'Victim' });
    const task = await createTask(web, owner, from.id);
    const response = await web.http
      .post(`${workspacePath(stranger.workspaceId)}/tasks/${task.id}/move`)
      .set(bearer(stranger.token))
      .send({ projectId: mine.id });
    expect(response.status).toBe(404);
    expect(response.body.type).toBe('urn:tenfold:problem:task-not-found');
    expect((await rowOf(task.id)).project_id).toBe(from.id);
  });

  it('a viewer may not move (403)', async () => {
    const viewer = await joinAs(web, owner, 'viewer');
    const from = await createProject(web, owner, { name: 'Read only' });
    const to = await createProject(web, owner, { name: 'Nope' });
    const task = await createTask(web, owner, from.id);
    expect((await move(task.id, to.id, viewer)).status).toBe(403);
    expect((await rowOf(task.id)).project_id).toBe(from.id);
  });
});
