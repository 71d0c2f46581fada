import { randomUUID } from 'node:crypto';

import { bearer, signUp, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createLabel, createProject, createTask, workspacePath } from './support/projects-api';
import { joinAs, projectEvents, signUpOwner, startWebApp } from './support/projects-world';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Role = 'viewer' | 'member' | 'admin';

/** Every projects route, with a valid body and the least role it needs. */
function routes(workspaceId: string, projectId: string, taskId: string, labelId: string) {
  const ws = workspacePath(workspaceId);
  return [
    ['post', `${ws}/projects`, { name: 'x' }, 'member'],
    ['get', `${ws}/projects`, undefined, 'viewer'],
    ['get', `${ws}/projects/${projectId}`, undefined, 'viewer'],
    ['patch', `${ws}/projects/${projectId}`, { name: 'x' }, 'member'],
    ['post', `${ws}/projects/${projectId}/archive`, undefined, 'admin'],
    ['post', `${ws}/projects/${projectId}/unarchive`, undefined, 'admin'],
    ['delete', `${ws}/projects/${projectId}`, undefined, 'admin'],
    ['post', `${ws}/projects/${projectId}/tasks`, { title: 'x' }, 'member'],
    ['get', `${ws}/projects/${projectId}/tasks`, undefined, 'viewer'],
    ['get', `${ws}/tasks/${taskId}`, undefined, 'viewer'],
    ['patch', `${ws}/tasks/${taskId}`, { title: 'x' }, 'member'],
    ['put', `${ws}/tasks/${taskId}/assignee`, { assigneeId: null }, 'member'],
    ['post', `${ws}/tasks/${taskId}/complete`, undefined, 'member'],
    ['post', `${ws}/tasks/${taskId}/reopen`, undefined, 'member'],
    ['post', `${ws}/tasks/${taskId}/move`, { projectId }, 'member'],
    ['delete', `${ws}/tasks/${taskId}`, undefined, 'member'],
    ['post', `${ws}/labels`, { name: 'x', color: '#000000' }, 'member'],
    ['get', `${ws}/labels`, undefined, 'viewer'],
    ['get', `${ws}/labels/${labelId}`, undefined, 'viewer'],
    ['patch', `${ws}/labels/${labelId}`, { name: 'x' }, 'member'],
    ['delete', `${ws}/labels/${labelId}`, undefined, 'admin'],
  ] as [Method, string, object | undefined, Role][];
}

describe('projects: tenancy and roles on every route', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let projectId: string;
  let taskId: string;
  let labelId: string;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'tenant-a');
    projectId = (await createProject(web, owner, { name: 'Secret' })).id;
    taskId = (await createTask(web, owner, projectId, { title: 'Hidden' })).id;
    labelId = (await createLabel(web, owner, { name: 'Hidden', color: '#000000' })).id;
  });
  afterAll(() => web?.close());

  const call = (user: SignedInUser, [method, path, body]: [Method, string, object?, Role?]) =>
    web.http[method](path).set(bearer(user.token)).send(body);

  /** The target workspace is unchanged: same project and task, no new events. */
  async function expectUntouched(eventCount: number) {
    const project = await web.http
      .get(`${workspacePath(owner.workspaceId)}/projects/${projectId}`)
      .set(bearer(owner.token));
    expect(project.body).toMatchObject({ name: 'Secret', archived: false });
    const task = await web.http
      .get(`${workspacePath(owner.workspaceId)}/tasks/${taskId}`)
      .set(bearer(owner.token));
    expect(task.body).toMatchObject({ title: 'Hidden', status: 'open', assigneeId: null });
    expect(await projectEvents(web, owner.workspaceId)).toHaveLength(eventCount);
  }

  it('another workspace’s project and task ids → 404 from the caller’s own workspace', async () => {
    const other = await signUpOwner(web, 'tenant-b');
    const before = (await projectEvents(web, owner.workspaceId)).length;
    for (const route of routes(other.workspaceId, projectId, taskId, labelId)) {
      const [method, path] = route;
      if (![projectId, taskId, labelId].some((id) => path.includes(id))) continue;
      const response = await call(other, route);
      expect([method, path, response.status]).toEqual([method, path, 404]);
      expect(response.body.type).toMatch(/(project|task|label)-not-found$/);
    }
    expect(await projectEvents(web, other.workspaceId)).toEqual([]);
    await expectUntouched(before);
  });

  it('a non-member → 404 on every route, for the real workspace and a made-up one', async () => {
    const outsider = await signUp(web.http, 'outsider');
    const before = (await projectEvents(web, owner.workspaceId)).length;
    for (const workspaceId of [owner.workspaceId, randomUUID()]) {
      for (const route of routes(workspaceId, projectId, taskId, labelId)) {
        const response = await call(outsider, route);
        expect([route[0], route[1], response.status]).toEqual([route[0], route[1], 404]);
        expect(response.body.type).toBe('urn:tenfold:problem:workspace-not-found');
      }
    }
    await expectUntouched(before);
  });

  it('a viewer cannot write (403) and a member cannot archive (403)', async () => {
    const viewer = await joinAs(web, owner, 'viewer');
    const member = await joinAs(web, owner, 'member');
    const before = (await projectEvents(web, owner.workspaceId)).length;
    const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2 };
    for (const [user, role] of [
      [viewer, 'viewer'],
      [member, 'member'],
    ] as const) {
      for (const route of routes(owner.workspaceId, projectId, taskId, labelId)) {
        if (rank[route[3]] <= rank[role]) continue;
        const response = await call(user, route);
        expect([role, route[0], route[1], response.status]).toEqual([
          role,
          route[0],
          route[1],
          403,
        ]);
      }
    }
    await expectUntouched(before);
  });
});
