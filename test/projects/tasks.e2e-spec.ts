import { DataSource } from 'typeorm';

import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import { waitFor } from '../support/wait-for';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createProject, createTask, workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner, startWebApp } from './support/projects-world';

describe('tasks: create, read, edit, assign, complete, reopen, delete', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let member: SignedInUser;
  let projectId: string;
  let tasks: string;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'tasks-owner');
    member = await joinAs(web, owner, 'member');
    projectId = (await createProject(web, owner)).id;
    tasks = `${workspacePath(owner.workspaceId)}/tasks`;
  });
  afterAll(() => web?.close());

  /** This task's events, as [type, payload], oldest first. */
  const eventsOf = async (taskId: string) =>
    (await projectEvents(web, owner.workspaceId))
      .filter((event) => event.payload.taskId === taskId)
      .map((event) => [event.type, event.payload]);

  it('a member creates a task (201, Location), with projects.task.created.v1 in the outbox', async () => {
    const response = await web.http
      .post(`${workspacePath(owner.workspaceId)}/projects/${projectId}/tasks`)
      .set(bearer(member.token))
      .send({ title: ' Draft the post ', description: 'About the launch' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      projectId,
      title: 'Draft the post',
      description: 'About the launch',
      status: 'open',
      assigneeId: null,
      createdBy: member.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      completedAt: null,
      dueAt: null,
      dueTimeZone: null,
      startOn: null,
      priority: 'none',
      labelIds: [],
      version: 1,
    });
    expect(response.headers.location).toBe(`${tasks}/${response.body.id}`);
    const [event] = (await projectEvents(web, owner.workspaceId)).filter(
      (stored) => stored.payload.taskId === response.body.id,
    );
    expect(event).toEqual({
      type: 'projects.task.created.v1',
      actorId: member.id,
      payload: { taskId: response.body.id, projectId, title: 'Draft the post', assigneeId: null },
    });
  });

  it('a task created with an assignee publishes task.created only, naming the assignee', async () => {
    const task = await createTask(web, owner, projectId, { title: 'Mine', assigneeId: member.id });
    expect(task).toMatchObject({ assigneeId: member.id });
    expect(await eventsOf(task.id)).toEqual([
      [
        'projects.task.created.v1',
        { taskId: task.id, projectId, title: 'Mine', assigneeId: member.id },
      ],
    ]);
  });

  it('reads and edits a task (viewer reads; null clears the description)', async () => {
    const viewer = await joinAs(web, owner, 'viewer');
    const task = await createTask(web, owner, projectId, { title: 'Edit me', description: 'x' });
    const read = await web.http.get(`${tasks}/${task.id}`).set(bearer(viewer.token));
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: task.id, title: 'Edit me', description: 'x' });

    const edited = await web.http
      .patch(`${tasks}/${task.id}`)
      .set(bearer(member.token))
      .send({ title: 'Edited', description: null });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ title: 'Edited', description: null, status: 'open' });
    const kept = await web.http
      .patch(`${tasks}/${task.id}`)
      .set(bearer(member.token))
      .send({ description: 'back' });
    expect(kept.body).toMatchObject({ title: 'Edited', description: 'back' });
  });

  it('assigns, reassigns and unassigns; assigning the same person again publishes nothing', async () => {
    const other = await joinAs(web, owner, 'member', 'other');
    const task = await createTask(web, owner, projectId, { title: 'Pass it on' });
    const assign = (assigneeId: string | null) =>
      web.http.put(`${tasks}/${task.id}/assignee`).set(bearer(member.token)).send({ assigneeId });

    expect((await assign(member.id)).body.assigneeId).toBe(member.id);
    expect((await assign(member.id)).status).toBe(200); // no change: no event
    expect((await assign(other.id)).body.assigneeId).toBe(other.id);
    const unassigned = await assign(null);
    expect(unassigned.status).toBe(200);
    expect(unassigned.body.assigneeId).toBeNull();

    const base = { taskId: task.id, projectId };
    expect(await eventsOf(task.id)).toEqual([
      ['projects.task.created.v1', { ...base, title: 'Pass it on', assigneeId: null }],
      ['projects.task.assigned.v1', { ...base, assigneeId: member.id, previousAssigneeId: null }],
      [
        'projects.task.assigned.v1',
        { ...base, assigneeId: other.id, previousAssigneeId: member.id },
      ],
      ['projects.task.assigned.v1', { ...base, assigneeId: null, previousAssigneeId: other.id }],
    ]);
  });

  it('an assignee outside the workspace → 400 assignee-not-a-member, nothing written', async () => {
    const stranger = await signUp(web.http, 'stranger');
    const task = await createTask(web, owner, projectId, { title: 'Not yours' });
    const assign = await web.http
      .put(`${tasks}/${task.id}/assignee`)
      .set(bearer(member.token))
      .send({ assigneeId: stranger.id });
    expect(assign.status).toBe(400);
    expect(assign.body.type).toBe('urn:tenfold:problem:assignee-not-a-member');

    const before = await web.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM projects.tasks WHERE project_id = $1`, [projectId]);
    const create = await web.http
      .post(`${workspacePath(owner.workspaceId)}/projects/${projectId}/tasks`)
      .set(bearer(member.token))
      .send({ title: 'For a stranger', assigneeId: stranger.id });
    expect(create.status).toBe(400);
    expect(create.body.type).toBe('urn:tenfold:problem:assignee-not-a-member');
    const after = await web.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM projects.tasks WHERE project_id = $1`, [projectId]);
    expect(after[0].n).toBe(before[0].n);
    expect(await eventsOf(task.id)).toHaveLength(1); // task.created only
    const titles = (await projectEvents(web, owner.workspaceId)).map((e) => e.payload.title);
    expect(titles).not.toContain('For a stranger');
  });

  it('completes and reopens; doing either twice is a no-op with no second event', async () => {
    const task = await createTask(web, owner, projectId, { title: 'Ship', assigneeId: member.id });
    const complete = () => web.http.post(`${tasks}/${task.id}/complete`).set(bearer(member.token));
    const reopen = () => web.http.post(`${tasks}/${task.id}/reopen`).set(bearer(member.token));

    const done = await complete();
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', completedAt: expect.any(String) });
    const doneAgain = await complete();
    expect(doneAgain.status).toBe(200);
    expect(doneAgain.body.completedAt).toBe(done.body.completedAt);

    const open = await reopen();
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ status: 'open', completedAt: null });
    expect((await reopen()).status).toBe(200);

    expect(await eventsOf(task.id)).toEqual([
      ['projects.task.created.v1', expect.anything()],
      [
        'projects.task.completed.v1',
        { taskId: task.id, projectId, assigneeId: member.id, completedAt: done.body.completedAt },
      ],
      ['projects.task.reopened.v1', { taskId: task.id, projectId }],
    ]);
  });

  // The path accepts an id in capitals; events must still carry the stored id, or a consumer or a
  // customer's webhook receiver comparing strings would not recognise the task.
  it('a task addressed by its id in capitals gets events that name its stored id', async () => {
    const task = await createTask(web, owner, projectId, { title: 'Shouted' });
    const path = `${tasks}/${task.id.toUpperCase()}`;
    for (const action of ['complete', 'reopen']) {
      expect((await web.http.post(`${path}/${action}`).set(bearer(member.token))).status).toBe(200);
    }
    await web.http.delete(path).set(bearer(member.token)).expect(204);

    expect((await eventsOf(task.id)).map(([type]) => type)).toEqual([
      'projects.task.created.v1',
      'projects.task.completed.v1',
      'projects.task.reopened.v1',
      'projects.task.deleted.v1',
    ]);
  });

  it('concurrent completes of one task publish one task.completed', async () => {
    const task = await createTask(web, owner, projectId, { title: 'Race' });
    const dataSource = web.app.get(DataSource);
    // Hold the row so that every request is in flight at once, then let them all go together.
    const blocker = dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`SELECT 1 FROM projects.tasks WHERE id = $1 FOR UPDATE`, [task.id]);
    const racing = Promise.all(
      Array.from({ length: 5 }, () =>
        web.http.post(`${tasks}/${task.id}/complete`).set(bearer(member.token)),
      ),
    );
    await waitFor('five requests waiting on the task row', async () => {
      const [{ n }] = await dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return n >= 5 ? true : undefined;
    });
    await blocker.commitTransaction();
    await blocker.release();

    const responses = await racing;
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    const completed = (await eventsOf(task.id)).filter(
      ([type]) => type === 'projects.task.completed.v1',
    );
    expect(completed).toHaveLength(1);
  });

  it('deletes a task (204); it is gone afterwards (404)', async () => {
    const task = await createTask(web, owner, projectId, { title: 'Temporary' });
    await web.http.delete(`${tasks}/${task.id}`).set(bearer(member.token)).expect(204);
    const read = await web.http.get(`${tasks}/${task.id}`).set(bearer(owner.token));
    expect(read.status).toBe(404);
    expect(read.body.type).toBe('urn:tenfold:problem:task-not-found');
    expect((await web.http.delete(`${tasks}/${task.id}`).set(bearer(member.token))).status).toBe(
      404,
    );
  });

  it('lists a project’s tasks, filtered by status and assignee', async () => {
    const project = await createProject(web, owner, { name: 'Filters' });
    const mine = await createTask(web, owner, project.id, { title: 'a', assigneeId: member.id });
    const done = await createTask(web, owner, project.id, { title: 'b' });
    const open = await createTask(web, owner, project.id, { title: 'c' });
    await web.http.post(`${tasks}/${done.id}/complete`).set(bearer(owner.token)).expect(200);
    const list = async (query: string) => {
      const response = await web.http
        .get(`${workspacePath(owner.workspaceId)}/projects/${project.id}/tasks${query}`)
        .set(bearer(owner.token));
      expect(response.status).toBe(200);
      expect(response.body.nextCursor).toBeNull();
      return response.body.items.map((task: { id: string }) => task.id);
    };
    expect(await list('')).toEqual([mine.id, done.id, open.id]);
    expect(await list('?status=open')).toEqual([mine.id, open.id]);
    expect(await list('?status=done')).toEqual([done.id]);
    expect(await list(`?assigneeId=${member.id}`)).toEqual([mine.id]);
    expect(await list(`?assigneeId=${member.id}&status=done`)).toEqual([]);

    // A listed task is the same view as the task read on its own, field for field.
    const listed = await web.http
      .get(`${workspacePath(owner.workspaceId)}/projects/${project.id}/tasks?status=done`)
      .set(bearer(owner.token));
    const read = await web.http.get(`${tasks}/${done.id}`).set(bearer(owner.token));
    expect(listed.body.items).toEqual([read.body]);
    expect(read.body.completedAt).toEqual(expect.any(String));
  });

  it('a task in an archived project → 409 project-archived; rolled back: no task, no event', async () => {
    const project = await createProject(web, owner, { name: 'Closed' });
    await web.http
      .post(`${workspacePath(owner.workspaceId)}/projects/${project.id}/archive`)
      .set(bearer(owner.token))
      .expect(200);
    const response = await web.http
      .post(`${workspacePath(owner.workspaceId)}/projects/${project.id}/tasks`)
      .set(bearer(member.token))
      .send({ title: 'Too late' });
    expect(response.status).toBe(409);
    expect(response.body.type).toBe('urn:tenfold:problem:project-archived');
    const rows = await web.app
      .get(DataSource)
      .query(`SELECT id FROM projects.tasks WHERE project_id = $1`, [project.id]);
    expect(rows).toEqual([]);
    const created = (await projectEvents(web, owner.workspaceId)).filter(
      (event) =>
        event.type === 'projects.task.created.v1' && event.payload.projectId === project.id,
    );
    expect(created).toEqual([]);
  });
});
