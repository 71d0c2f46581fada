import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createLabel, createProject, createTask, workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner, startWebApp } from './support/projects-world';

describe('task fields: due date with zone, start date, priority, labels', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let member: SignedInUser;
  let projectId: string;
  let tasks: string;
  let bug: { id: string };
  let docs: { id: string };

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'fields-owner');
    member = await joinAs(web, owner, 'member');
    projectId = (await createProject(web, owner)).id;
    tasks = `${workspacePath(owner.workspaceId)}/tasks`;
    bug = await createLabel(web, owner, { name: 'Bug', color: '#d73a4a' });
    docs = await createLabel(web, owner, { name: 'Docs', color: '#0075ca' });
  });
  afterAll(() => web?.close());

  const patch = (taskId: string, body: object, user = member) =>
    web.http.patch(`${tasks}/${taskId}`).set(bearer(user.token)).send(body);

  /** This task's task.updated events' payloads, oldest first. */
  const updatesOf = async (taskId: string) =>
    (await projectEvents(web, owner.workspaceId))
      .filter((event) => event.type === 'projects.task.updated.v1')
      .filter((event) => event.payload.taskId === taskId)
      .map((event) => event.payload);

  /** The stored row, straight from the table. */
  const rowOf = async (taskId: string) =>
    (
      await web.app.get(DataSource).query(
        `SELECT title, due_at, due_time_zone, start_on::text AS start_on, priority, version,
                ARRAY(SELECT label_id::text FROM projects.task_labels WHERE task_id = t.id
                      ORDER BY label_id) AS labels
           FROM projects.tasks t WHERE id = $1`,
        [taskId],
      )
    )[0];

  it('creates a task with every field; the answer and a later GET show them, with an ETag', async () => {
    const created = await web.http
      .post(`${workspacePath(owner.workspaceId)}/projects/${projectId}/tasks`)
      .set(bearer(member.token))
      .send({
        title: 'Ship the launch post',
        dueAt: '2026-03-06T17:00:00+01:00',
        dueTimeZone: 'Europe/Berlin',
        startOn: '2026-03-02',
        priority: 'high',
        labelIds: [docs.id, bug.id.toUpperCase()],
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      dueAt: '2026-03-06T16:00:00.000Z',
      dueTimeZone: 'Europe/Berlin',
      startOn: '2026-03-02',
      priority: 'high',
      labelIds: [bug.id, docs.id].sort(),
      version: 1,
    });
    const read = await web.http.get(`${tasks}/${created.body.id}`).set(bearer(owner.token));
    expect(read.body).toEqual(created.body);
    expect(read.headers.etag).toBe('"1"');
    expect(await rowOf(created.body.id)).toMatchObject({ priority: 3, start_on: '2026-03-02' });
  });

  it('defaults: no dates, priority none, no labels', async () => {
    const task = await createTask(web, owner, projectId, { title: 'Plain' });
    expect(task).toMatchObject({
      dueAt: null,
      dueTimeZone: null,
      startOn: null,
      priority: 'none',
      labelIds: [],
    });
  });

  it('PATCH publishes task.updated with only the fields that really changed; a repeat publishes nothing', async () => {
    const task = await createTask(web, owner, projectId, { title: 'Plan', labelIds: [bug.id] });
    const first = await patch(task.id, {
      title: 'Plan',
      priority: 'urgent',
      dueAt: '2026-04-01T09:00:00Z',
      dueTimeZone: 'UTC',
      labelIds: [bug.id, docs.id],
    });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    expect(first.body).toMatchObject({ priority: 'urgent', version: 2 });

    // The same values again, the instant in another offset and the labels in another order.
    const repeat = await patch(task.id, {
      priority: 'urgent',
      dueAt: '2026-04-01T11:00:00+02:00',
      labelIds: [docs.id, bug.id],
    });
    expect(repeat.status).toBe(200);
    expect(repeat.body.version).toBe(2);

    expect(await updatesOf(task.id)).toEqual([
      {
        taskId: task.id,
        projectId,
        title: 'Plan',
        changes: {
          dueAt: { from: null, to: '2026-04-01T09:00:00.000Z' },
          dueTimeZone: { from: null, to: 'UTC' },
          priority: { from: 'none', to: 'urgent' },
          labelIds: { from: [bug.id], to: [bug.id, docs.id].sort() },
        },
      },
    ]);
  });

  it('null clears: clearing dueAt clears its zone; [] removes every label', async () => {
    const task = await createTask(web, owner, projectId, {
      title: 'Clear me',
      dueAt: '2026-05-01T12:00:00Z',
      dueTimeZone: 'America/New_York',
      startOn: '2026-04-20',
      labelIds: [bug.id],
    });
    const cleared = await patch(task.id, { dueAt: null, startOn: null, labelIds: [] });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      dueAt: null,
      dueTimeZone: null,
      startOn: null,
      labelIds: [],
    });
    expect(await rowOf(task.id)).toMatchObject({ due_at: null, due_time_zone: null, labels: [] });
    const [update] = await updatesOf(task.id);
    expect(Object.keys(update.changes as object).sort()).toEqual(
      ['dueAt', 'dueTimeZone', 'labelIds', 'startOn'].sort(),
    );
  });

  describe('rules across fields → 400 with their code, nothing written', () => {
    const cases: [string, object, string][] = [
      ['a due date without zone', { dueAt: '2026-03-01T10:00:00Z' }, 'due-time-zone-required'],
      ['a zone without due date', { dueTimeZone: 'UTC' }, 'due-time-zone-without-due-at'],
      [
        "a start after the due date's day in its zone",
        { dueAt: '2026-03-01T23:30:00Z', dueTimeZone: 'America/New_York', startOn: '2026-03-02' },
        'start-after-due',
      ],
      ['a label of no workspace', { labelIds: [randomUUID()] }, 'unknown-label'],
    ];

    it.each(cases)('%s', async (_label, body, code) => {
      const task = await createTask(web, owner, projectId, { title: 'Strict', labelIds: [bug.id] });
      const before = await rowOf(task.id);
      const response = await patch(task.id, { title: 'Changed', ...body });
      expect(response.status).toBe(400);
      expect(response.body.type).toBe(`urn:tenfold:problem:${code}`);
      expect(await rowOf(task.id)).toEqual(before);
      expect(await updatesOf(task.id)).toEqual([]);

      const create = await web.http
        .post(`${workspacePath(owner.workspaceId)}/projects/${projectId}/tasks`)
        .set(bearer(member.token))
        .send({ title: 'Never', ...body });
      expect(create.status).toBe(400);
      expect(create.body.type).toBe(`urn:tenfold:problem:${code}`);
    });

    it("the start date may be the due date's local day, though that is the next UTC day", async () => {
      const task = await createTask(web, owner, projectId, {
        title: 'Late in Berlin',
        dueAt: '2026-03-01T23:30:00Z',
        dueTimeZone: 'Europe/Berlin',
        startOn: '2026-03-02',
      });
      expect(task).toMatchObject({ startOn: '2026-03-02' });
    });
  });

  it("another workspace's label → 400 unknown-label, nothing written, on create too", async () => {
    const stranger = await signUpOwner(web, 'fields-stranger');
    const theirs = await createLabel(web, stranger, { name: 'Theirs', color: '#000000' });
    const task = await createTask(web, owner, projectId, { title: 'Mine' });
    const before = await rowOf(task.id);
    const response = await patch(task.id, { labelIds: [bug.id, theirs.id] });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:tenfold:problem:unknown-label');
    expect(response.body.detail).toMatch(/labelIds/);
    expect(await rowOf(task.id)).toEqual(before);

    const count = async () =>
      (
        await web.app
          .get(DataSource)
          .query(`SELECT count(*)::int AS n FROM projects.tasks WHERE workspace_id = $1`, [
            owner.workspaceId,
          ])
      )[0].n;
    const tasksBefore = await count();
    const create = await web.http
      .post(`${workspacePath(owner.workspaceId)}/projects/${projectId}/tasks`)
      .set(bearer(member.token))
      .send({ title: 'Sneaky', labelIds: [theirs.id] });
    expect(create.status).toBe(400);
    expect(await count()).toBe(tasksBefore);
  });

  it("a task of another workspace → 404, even with this workspace's labels", async () => {
    const stranger = await signUpOwner(web, 'fields-other');
    const theirProject = await createProject(web, stranger);
    const theirTask = await createTask(web, stranger, theirProject.id, { title: 'Theirs' });
    const response = await patch(theirTask.id, { priority: 'urgent', labelIds: [bug.id] });
    expect(response.status).toBe(404);
    expect(await rowOf(theirTask.id)).toMatchObject({ priority: 0, labels: [] });
  });

  it('a viewer cannot set fields (403), nothing written', async () => {
    const viewer = await joinAs(web, owner, 'viewer', 'fields-viewer');
    const task = await createTask(web, owner, projectId, { title: 'Read only' });
    const response = await patch(task.id, { priority: 'low' }, viewer);
    expect(response.status).toBe(403);
    expect(await rowOf(task.id)).toMatchObject({ priority: 0, version: 1 });
  });

  describe('bad input → 400 validation-failed naming the field, nothing written', () => {
    const cases: [string, object, string][] = [
      ['an impossible due date', { dueAt: '2026-02-30T10:00:00Z', dueTimeZone: 'UTC' }, 'dueAt'],
      ['a due date without offset', { dueAt: '2026-03-01T10:00:00', dueTimeZone: 'UTC' }, 'dueAt'],
      ['a due date as a number', { dueAt: 1772359200000, dueTimeZone: 'UTC' }, 'dueAt'],
      [
        'an unknown zone',
        { dueAt: '2026-03-01T10:00:00Z', dueTimeZone: 'Mars/Base' },
        'dueTimeZone',
      ],
      [
        'a zone with NUL',
        { dueAt: '2026-03-01T10:00:00Z', dueTimeZone: 'UTC\u0000' },
        'dueTimeZone',
      ],
      [
        'a huge zone',
        { dueAt: '2026-03-01T10:00:00Z', dueTimeZone: 'A'.repeat(100_000) },
        'dueTimeZone',
      ],
      ['an impossible start date', { startOn: '2026-02-30' }, 'startOn'],
      ['a start date with a time', { startOn: '2026-03-01T00:00:00Z' }, 'startOn'],
      ['an unknown priority', { priority: 'critical' }, 'priority'],
      ['priority null', { priority: null }, 'priority'],
      ['priority as its rank', { priority: 4 }, 'priority'],
      ['labelIds null', { labelIds: null }, 'labelIds'],
      ['labelIds not a list', { labelIds: 'bug' }, 'labelIds'],
      ['a label id not a uuid', { labelIds: ['bug'] }, 'labelIds'],
      [
        'a label twice',
        {
          labelIds: [
            '0c6f4e2a-9d1b-4b7e-8a3c-5f2d1e9b7a60',
            '0C6F4E2A-9D1B-4B7E-8A3C-5F2D1E9B7A60',
          ],
        },
        'labelIds',
      ],
      ['21 labels', { labelIds: Array.from({ length: 21 }, () => randomUUID()) }, 'labelIds'],
    ];

    it.each(cases)('%s', async (_label, body, field) => {
      const task = await createTask(web, owner, projectId, { title: 'Untouched' });
      const before = await rowOf(task.id);
      const response = await patch(task.id, body);
      expect(response.status).toBe(400);
      expect(response.body.type).toBe('urn:tenfold:problem:validation-failed');
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await rowOf(task.id)).toEqual(before);

      const create = await web.http
        .post(`${workspacePath(owner.workspaceId)}/projects/${projectId}/tasks`)
        .set(bearer(member.token))
        .send({ title: 'Never', ...body });
      expect(create.status).toBe(400);
    });
  });

  it('PATCH project publishes project.updated with only the real changes; a repeat publishes nothing', async () => {
    const project = await createProject(web, owner, { name: 'Relaunch', description: 'Old' });
    const path = `${workspacePath(owner.workspaceId)}/projects/${project.id}`;
    const first = await web.http
      .patch(path)
      .set(bearer(member.token))
      .send({ name: 'Relaunch', description: 'New' });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"2"');
    const repeat = await web.http
      .patch(path)
      .set(bearer(member.token))
      .send({ name: 'Relaunch', description: 'New' });
    expect(repeat.body.version).toBe(2);
    const updates = (await projectEvents(web, owner.workspaceId)).filter(
      (event) =>
        event.type === 'projects.project.updated.v1' && event.payload.projectId === project.id,
    );
    expect(updates).toEqual([
      {
        type: 'projects.project.updated.v1',
        actorId: member.id,
        payload: {
          projectId: project.id,
          name: 'Relaunch',
          changes: { description: { from: 'Old', to: 'New' } },
        },
      },
    ]);
  });
});
