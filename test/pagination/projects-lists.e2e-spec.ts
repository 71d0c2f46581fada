import { DataSource } from 'typeorm';

import { encodeCursor } from '../../src/common/pagination/keyset-cursor';
import { bearer, type SignedInUser } from '../harness/accounts';
import { createProject, createTask, workspacePath } from '../projects/support/projects-api';
import { signUpOwner, startWebApp } from '../projects/support/projects-world';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import {
  expectBadLimitsRefused,
  expectCursorsRefused,
  expectForeignCursorRevealsNothing,
  expectLinkOnlyBeforeTheEnd,
  expectWalkSeesEachOnce,
} from './support/list-checks';
import { cursorOf, getPage, type ListUnderTest, walk, wholeList } from './support/list-walk';

/** Projects and tasks: `{ items, nextCursor }` bodies, and the same next page in `Link`. */
describe('pagination: project lists', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let other: SignedInUser;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'projects');
    other = await signUpOwner(web, 'other');
  });
  afterAll(() => web?.close());

  const projects = (user: SignedInUser): ListUnderTest => ({
    web,
    user,
    path: `${workspacePath(user.workspaceId)}/projects`,
    shape: 'page',
  });
  const tasks = (user: SignedInUser, projectId: string): ListUnderTest => ({
    web,
    user,
    path: `${workspacePath(user.workspaceId)}/projects/${projectId}/tasks`,
    shape: 'page',
  });

  async function archive(projectId: string): Promise<void> {
    await web.app
      .get(DataSource)
      .query(`UPDATE projects.projects SET archived_at = now() WHERE id = $1`, [projectId]);
  }

  describe('GET …/projects', () => {
    beforeAll(async () => {
      for (let i = 0; i < 5; i++) await createProject(web, owner, { name: `p${i}` });
      for (let i = 0; i < 2; i++) await createProject(web, other, { name: `q${i}` });
    });

    it('walks every project once, oldest first, while more are created', () =>
      expectWalkSeesEachOnce(projects(owner), async () => {
        await createProject(web, owner, { name: 'during' });
      }));

    it('keeps includeArchived on every page, in the Link too', async () => {
      const archived = await createProject(web, owner, { name: 'old' });
      await archive(archived.id);
      const withArchived = await wholeList(projects(owner), '&includeArchived=true');
      expect(withArchived).toContain(archived.id);
      expect(await wholeList(projects(owner))).not.toContain(archived.id);
      const walked = await walk(projects(owner), 2, undefined, '&includeArchived=true');
      expect(walked.ids).toEqual(withArchived);
      expect(walked.pages[0].next).toContain('includeArchived=true');
    });

    it('sends Link only while more follow', () => expectLinkOnlyBeforeTheEnd(projects(owner)));

    it("a cursor from another workspace's projects reveals none of them", async () => {
      const theirs = await getPage(projects(other), `${projects(other).path}?limit=1`);
      await expectForeignCursorRevealsNothing(projects(owner), cursorOf(theirs));
    });

    it("refuses another list's cursor and bad limits", async () => {
      const project = (await createProject(web, owner, { name: 'cursor source' })).id;
      for (let i = 0; i < 2; i++) await createTask(web, owner, project);
      const taskCursor = cursorOf(
        await getPage(tasks(owner, project), `${tasks(owner, project).path}?limit=1`),
      );
      await expectCursorsRefused(projects(owner), [
        taskCursor,
        encodeCursor('members', ['1', owner.id]),
      ]);
      await expectBadLimitsRefused(projects(owner));
    });
  });

  describe('GET …/projects/{id}/tasks', () => {
    let projectId: string;

    beforeAll(async () => {
      projectId = (await createProject(web, owner, { name: 'tasks' })).id;
      for (let i = 0; i < 5; i++) await createTask(web, owner, projectId, { title: `t${i}` });
    });

    it('walks every task once, in creation order, while more are created', () =>
      expectWalkSeesEachOnce(tasks(owner, projectId), async () => {
        await createTask(web, owner, projectId, { title: 'during' });
      }));

    it('sends Link only while more follow', () =>
      expectLinkOnlyBeforeTheEnd(tasks(owner, projectId)));

    it('makes cursors the shared way and still takes those handed out before', async () => {
      const list = tasks(owner, projectId);
      const first = await getPage(list, `${list.path}?limit=2`);
      const cursor = cursorOf(first);
      const [name, position] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as string[];
      expect(name).toBe('tasks');
      // The cursor format of before the shared convention: base64url of "p<position>".
      const legacy = Buffer.from(`p${position}`).toString('base64url');
      const viaLegacy = await getPage(list, `${list.path}?limit=2&cursor=${legacy}`);
      const viaShared = await getPage(list, `${list.path}?limit=2&cursor=${cursor}`);
      expect(viaLegacy.ids).toEqual(viaShared.ids);
      expect(viaLegacy.ids).toHaveLength(2);
      expect(viaLegacy.response.body.nextCursor).toBe(viaShared.response.body.nextCursor);
    });

    it("a cursor of another workspace's tasks only moves the page", async () => {
      const theirs = (await createProject(web, other, { name: 'theirs' })).id;
      for (let i = 0; i < 2; i++) await createTask(web, other, theirs);
      const page = await getPage(tasks(other, theirs), `${tasks(other, theirs).path}?limit=1`);
      await expectForeignCursorRevealsNothing(tasks(owner, projectId), cursorOf(page));
    });

    it("refuses another list's cursor (400 naming cursor, as released) and bad limits", async () => {
      const list = tasks(owner, projectId);
      const projectCursor = cursorOf(
        await getPage(projects(owner), `${projects(owner).path}?limit=1`),
      );
      for (const cursor of [projectCursor, encodeCursor('tasks', ['1', '2']), 'abc']) {
        const response = await web.http
          .get(`${list.path}?cursor=${cursor}`)
          .set(bearer(owner.token));
        expect(response.status).toBe(400);
        expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual([
          'cursor',
        ]);
      }
      await expectBadLimitsRefused(list);
    });
  });
});
