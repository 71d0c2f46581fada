import { DataSource } from 'typeorm';

import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createProject, createTask, workspacePath } from './support/projects-api';
import { projectEvents, signUpOwner, startWebApp } from './support/projects-world';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
/** p: the project, t: a task of it; paths are relative to the workspace. */
type Case = [label: string, method: Method, path: string, body: unknown, field: string];

const long = (n: number) => 'x'.repeat(n);

const writes: Case[] = [
  ['project: name of the wrong type', 'post', 'projects', { name: 42 }, 'name'],
  ['project: name missing', 'post', 'projects', { description: 'd' }, 'name'],
  ['project: name blank', 'post', 'projects', { name: '   ' }, 'name'],
  ['project: name oversize', 'post', 'projects', { name: long(101) }, 'name'],
  [
    'project: description oversize',
    'post',
    'projects',
    { name: 'n', description: long(2001) },
    'description',
  ],
  [
    'project: description of the wrong type',
    'post',
    'projects',
    { name: 'n', description: ['d'] },
    'description',
  ],
  ['project: unknown field', 'post', 'projects', { name: 'n', ownerId: 'me' }, 'ownerId'],
  ['project edit: name null', 'patch', 'projects/p', { name: null }, 'name'],
  ['project edit: name oversize', 'patch', 'projects/p', { name: long(101) }, 'name'],
  ['project edit: unknown field', 'patch', 'projects/p', { archivedAt: null }, 'archivedAt'],
  ['project: bad uuid', 'patch', 'projects/not-a-uuid', { name: 'n' }, 'projectId'],
  ['project archive: bad uuid', 'post', 'projects/123/archive', undefined, 'projectId'],
  ['task: title missing', 'post', 'projects/p/tasks', {}, 'title'],
  ['task: title of the wrong type', 'post', 'projects/p/tasks', { title: true }, 'title'],
  ['task: title oversize', 'post', 'projects/p/tasks', { title: long(201) }, 'title'],
  [
    'task: description oversize',
    'post',
    'projects/p/tasks',
    { title: 't', description: long(5001) },
    'description',
  ],
  [
    'task: assignee not a uuid',
    'post',
    'projects/p/tasks',
    { title: 't', assigneeId: 'bob' },
    'assigneeId',
  ],
  ['task: unknown field', 'post', 'projects/p/tasks', { title: 't', status: 'done' }, 'status'],
  ['task: project bad uuid', 'post', 'projects/nope/tasks', { title: 't' }, 'projectId'],
  ['task edit: title null', 'patch', 'tasks/t', { title: null }, 'title'],
  ['task edit: title blank', 'patch', 'tasks/t', { title: ' ' }, 'title'],
  ['task edit: unknown field', 'patch', 'tasks/t', { projectId: 'p' }, 'projectId'],
  ['task edit: bad uuid', 'patch', 'tasks/nope', { title: 't' }, 'taskId'],
  ['assign: assigneeId missing', 'put', 'tasks/t/assignee', {}, 'assigneeId'],
  ['assign: assigneeId not a uuid', 'put', 'tasks/t/assignee', { assigneeId: 'bob' }, 'assigneeId'],
  [
    'assign: assigneeId of the wrong type',
    'put',
    'tasks/t/assignee',
    { assigneeId: 7 },
    'assigneeId',
  ],
  ['complete: bad uuid', 'post', 'tasks/nope/complete', undefined, 'taskId'],
  ['reopen: bad uuid', 'post', 'tasks/nope/reopen', undefined, 'taskId'],
  ['delete: bad uuid', 'delete', 'tasks/nope', undefined, 'taskId'],
];

const reads: Case[] = [
  [
    'projects: includeArchived not a boolean',
    'get',
    'projects?includeArchived=yes',
    undefined,
    'includeArchived',
  ],
  ['projects: unknown query parameter', 'get', 'projects?sort=name', undefined, 'sort'],
  ['project: bad uuid', 'get', 'projects/nope', undefined, 'projectId'],
  ['task: bad uuid', 'get', 'tasks/nope', undefined, 'taskId'],
  ['tasks: limit 0', 'get', 'projects/p/tasks?limit=0', undefined, 'limit'],
  ['tasks: limit 101', 'get', 'projects/p/tasks?limit=101', undefined, 'limit'],
  ['tasks: limit not a number', 'get', 'projects/p/tasks?limit=ten', undefined, 'limit'],
  ['tasks: limit a fraction', 'get', 'projects/p/tasks?limit=1.5', undefined, 'limit'],
  ['tasks: unknown status', 'get', 'projects/p/tasks?status=closed', undefined, 'status'],
  [
    'tasks: assigneeId not a uuid',
    'get',
    'projects/p/tasks?assigneeId=bob',
    undefined,
    'assigneeId',
  ],
  ['tasks: made-up cursor', 'get', 'projects/p/tasks?cursor=abc', undefined, 'cursor'],
  ['move: no projectId', 'post', 'tasks/t/move', {}, 'projectId'],
  ['move: projectId not a UUID', 'post', 'tasks/t/move', { projectId: 'elsewhere' }, 'projectId'],
  ['move: NUL in projectId', 'post', 'tasks/t/move', { projectId: 'a\u0000b' }, 'projectId'],
  ['move: unknown field', 'post', 'tasks/t/move', { projectId: 'p', title: 'x' }, 'title'],
  ['move: bad task id', 'post', 'tasks/nope/move', { projectId: 'p' }, 'taskId'],
  ['project delete: bad id', 'delete', 'projects/nope', undefined, 'projectId'],
  ['project unarchive: bad id', 'post', 'projects/nope/unarchive', undefined, 'projectId'],
  ['tasks: number as cursor', 'get', 'projects/p/tasks?cursor=42', undefined, 'cursor'],
  ['tasks: unknown query parameter', 'get', 'projects/p/tasks?offset=10', undefined, 'offset'],
];

describe('projects: bad input → 400 naming the field, nothing written', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let projectId: string;
  let taskId: string;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'bad-input');
    projectId = (await createProject(web, owner, { name: 'Kept', description: 'as is' })).id;
    taskId = (await createTask(web, owner, projectId, { title: 'Kept' })).id;
  });
  afterAll(() => web?.close());

  /** Everything this workspace holds: rows and events. */
  async function snapshot() {
    const dataSource = web.app.get(DataSource);
    return {
      projects: await dataSource.query(
        `SELECT id, name, description, archived_at, updated_at FROM projects.projects WHERE workspace_id = $1 ORDER BY id`,
        [owner.workspaceId],
      ),
      tasks: await dataSource.query(
        `SELECT id, title, description, status, assignee_id, updated_at FROM projects.tasks WHERE workspace_id = $1 ORDER BY id`,
        [owner.workspaceId],
      ),
      events: await projectEvents(web, owner.workspaceId),
    };
  }

  const send = (method: Method, path: string, body: unknown) => {
    const resolved = path
      .replace(/^projects\/p\b/, `projects/${projectId}`)
      .replace(/^tasks\/t\b/, `tasks/${taskId}`);
    return web.http[method](`${workspacePath(owner.workspaceId)}/${resolved}`)
      .set(bearer(owner.token))
      .send(body as object);
  };

  it.each([...writes, ...reads])('%s', async (_label, method, path, body, field) => {
    const before = await snapshot();
    const response = await send(method, path, body);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.type).toBe('urn:tenfold:problem:validation-failed');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(await snapshot()).toEqual(before);
  });
});
