import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { waitFor } from '../support/wait-for';
import { createLabel, createProject, createTask, workspacePath } from './support/projects-api';
import { joinAs, signUpOwner, startWebApp } from './support/projects-world';

interface Page {
  items: { id: string; title: string; dueAt: string | null }[];
  nextCursor: string | null;
}

/** Ids in the order the tiebreaker puts tasks with equal sort keys: by id. */
const byId = (...ids: string[]) => [...ids].sort();
const byIdDesc = (...ids: string[]) => [...ids].sort().reverse();

describe('workspace task views: filters, sorts, keyset pages and search', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;
  let member: SignedInUser;
  let viewer: SignedInUser;
  let stranger: SignedInUser;
  let ws: string;
  let bug: { id: string };
  let launch: { id: string };
  let ops: { id: string };
  let old: { id: string };
  let strangerProject: { id: string };
  // t1..t5 in live projects, t6 in an archived one.
  let t1: string, t2: string, t3: string, t4: string, t5: string, t6: string;

  const get = (query: string, user: SignedInUser = owner, workspace = ws) =>
    web.http.get(`${workspace}/tasks?${query}`).set(bearer(user.token));

  async function ids(query: string, user: SignedInUser = owner): Promise<string[]> {
    const response = await get(`limit=100&${query}`, user);
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeNull();
    return (response.body as Page).items.map((task) => task.id);
  }

  const task = async (projectId: string, body: object) =>
    (await createTask(web, owner, projectId, body)).id;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'views-owner');
    member = await joinAs(web, owner, 'member');
    viewer = await joinAs(web, owner, 'viewer');
    stranger = await signUpOwner(web, 'views-stranger');
    ws = workspacePath(owner.workspaceId);
    bug = await createLabel(web, owner, { name: 'Bug', color: '#d73a4a' });
    launch = await createProject(web, owner, { name: 'Launch' });
    ops = await createProject(web, owner, { name: 'Ops' });
    old = await createProject(web, owner, { name: 'Old' });

    t1 = await task(launch.id, {
      title: 'Alpha launch post',
      description: 'Two paragraphs',
      dueAt: '2030-03-06T17:00:00+01:00',
      dueTimeZone: 'Europe/Berlin',
      priority: 'high',
      assigneeId: owner.id,
      labelIds: [bug.id],
    });
    t2 = await task(launch.id, {
      title: 'Beta checklist',
      dueAt: '2030-03-05T05:00:00-05:00',
      dueTimeZone: 'America/New_York',
      priority: 'low',
      assigneeId: member.id,
    });
    t3 = await task(launch.id, { title: 'Gamma review', priority: 'urgent' });
    t4 = await task(ops.id, {
      title: 'Delta rollout',
      dueAt: '2030-03-05T10:00:00Z', // the same instant as t2's
      dueTimeZone: 'UTC',
      priority: 'high',
    });
    t5 = await task(ops.id, { title: 'Epsilon notes', assigneeId: owner.id, labelIds: [bug.id] });
    t6 = await task(old.id, {
      title: 'Zeta archived launch',
      dueAt: '2030-03-01T00:00:00Z',
      dueTimeZone: 'UTC',
      priority: 'urgent',
    });
    const comment = await web.http
      .post(`${ws}/tasks/${t5}/comments`)
      .set(bearer(owner.token))
      .send({ body: 'The launch slipped a week' });
    expect(comment.status).toBe(201);
    expect(
      (await web.http.post(`${ws}/tasks/${t4}/complete`).set(bearer(owner.token))).status,
    ).toBe(200);
    expect(
      (await web.http.post(`${ws}/projects/${old.id}/archive`).set(bearer(owner.token))).status,
    ).toBe(200);
    // The last change of each task, in this order: the `updated` sort.
    for (const id of [t2, t5, t1, t3, t4]) {
      const edit = await web.http
        .patch(`${ws}/tasks/${id}`)
        .set(bearer(owner.token))
        .send({ description: id === t1 ? 'Two paragraphs, revised' : 'revised' });
      expect(edit.status).toBe(200);
    }

    // Another workspace with a task that matches every search and filter above.
    strangerProject = await createProject(web, stranger, { name: 'Elsewhere' });
    await createTask(web, stranger, strangerProject.id, {
      title: 'Alpha launch post elsewhere',
      dueAt: '2030-03-05T10:00:00Z',
      dueTimeZone: 'UTC',
      priority: 'high',
    });
  });
  afterAll(() => web?.close());

  describe('sorts (tasks of archived projects left out)', () => {
    it.each([
      ['', () => [...byId(t2, t4), t1, ...byId(t3, t5)]],
      ['sort=due', () => [...byId(t2, t4), t1, ...byId(t3, t5)]],
      ['sort=-due', () => [t1, ...byIdDesc(t2, t4), ...byIdDesc(t3, t5)]],
      ['sort=priority', () => [t5, t2, ...byId(t1, t4), t3]],
      ['sort=-priority', () => [t3, ...byIdDesc(t1, t4), t2, t5]],
      ['sort=created', () => [t1, t2, t3, t4, t5]],
      ['sort=-created', () => [t5, t4, t3, t2, t1]],
      ['sort=updated', () => [t2, t5, t1, t3, t4]],
      ['sort=-updated', () => [t4, t3, t1, t5, t2]],
      ['includeArchived=true', () => [t6, ...byId(t2, t4), t1, ...byId(t3, t5)]],
      [
        'includeArchived=true&sort=-priority',
        () => [...byIdDesc(t3, t6), ...byIdDesc(t1, t4), t2, t5],
      ],
    ])('%s', async (query, expected) => {
      expect(await ids(query)).toEqual(expected());
    });

    it('pages through every sort with no duplicates and no gaps, a cursor per page', async () => {
      for (const sort of ['due', '-due', 'priority', '-priority', 'updated', '-created']) {
        const whole = await ids(`sort=${sort}&includeArchived=true`);
        const walked: string[] = [];
        let cursor: string | null = null;
        do {
          const query: string = `sort=${sort}&includeArchived=true&limit=2${cursor === null ? '' : `&cursor=${cursor}`}`;
          const response = await get(query);
          expect(response.status).toBe(200);
          walked.push(...(response.body as Page).items.map((item) => item.id));
          cursor = response.body.nextCursor;
        } while (cursor !== null);
        expect(walked).toEqual(whole);
      }
    });
  });

  describe('filters', () => {
    it.each([
      ['assigneeId=me', () => [t1, t5]],
      ['assigneeId=MEMBER', () => [t2]],
      ['unassigned=true', () => [t4, t3]],
      ['status=done', () => [t4]],
      ['status=open', () => [t2, t1, ...byId(t3, t5)]],
      ['projectId=OPS', () => [t4, t5]],
      ['projectId=OLD', () => []],
      ['projectId=OLD&includeArchived=true', () => [t6]],
      ['projectId=STRANGER', () => []],
      ['labelId=BUG', () => [t1, t5]],
      ['dueBefore=2030-03-06T00:00:00%2B01:00', () => byId(t2, t4)],
      ['dueAfter=2030-03-05T10:00:00Z', () => [...byId(t2, t4), t1]],
      ['dueAfter=2030-03-05T10:00:00.001Z', () => [t1]],
      [
        'dueAfter=2030-03-05T06:00:00-04:00&dueBefore=2030-03-07T00:00:00Z',
        () => [...byId(t2, t4), t1],
      ],
      ['priority=high', () => [t4, t1]],
      ['priority=none&assigneeId=me&labelId=BUG', () => [t5]],
      ['overdue=true', () => []], // everything is due in 2030 (overdue: its own workspace below)
    ])('%s', async (query, expected) => {
      const resolved = query
        .replace('MEMBER', member.id)
        .replace('OPS', ops.id)
        .replace('OLD', old.id)
        .replace('STRANGER', strangerProject.id)
        .replace('BUG', bug.id);
      expect(await ids(resolved)).toEqual(expected());
    });

    it('overdue: open tasks whose due instant has passed, whatever zone they were set in', async () => {
      const boss = await signUpOwner(web, 'views-overdue');
      const project = await createProject(web, boss);
      const at = (ms: number) => new Date(Date.now() + ms).toISOString();
      const hour = 3_600_000;
      const mine = (body: object) => createTask(web, boss, project.id, body);
      // Past as an instant, though "tomorrow" on the wall clock of UTC+14.
      const late = await mine({
        title: 'late',
        dueAt: at(-hour),
        dueTimeZone: 'Pacific/Kiritimati',
      });
      // Not yet due, though "yesterday" on the wall clock of UTC-11.
      await mine({ title: 'soon', dueAt: at(hour), dueTimeZone: 'Pacific/Pago_Pago' });
      const done = await mine({ title: 'done', dueAt: at(-2 * hour), dueTimeZone: 'UTC' });
      await mine({ title: 'undated' });
      await web.http
        .post(`${workspacePath(boss.workspaceId)}/tasks/${done.id}/complete`)
        .set(bearer(boss.token));
      const response = await get('overdue=true', boss, workspacePath(boss.workspaceId));
      expect(response.status).toBe(200);
      expect((response.body as Page).items.map((item) => item.title)).toEqual([late.title]);
    });
  });

  describe('search', () => {
    it('finds titles and comments; a title match ranks above a comment-only match', async () => {
      expect(await ids('q=launch')).toEqual([t1, t5]);
      expect(await ids('q=launch&sort=rank')).toEqual([t1, t5]);
      const archivedToo = await ids('q=launch&includeArchived=true');
      expect([...archivedToo].sort()).toEqual(byId(t1, t5, t6));
      expect(archivedToo.at(-1)).toBe(t5);
    });

    it('finds words of a comment only, and of a description', async () => {
      expect(await ids('q=slipped')).toEqual([t5]);
      expect(await ids('q=paragraphs')).toEqual([t1]);
      expect(await ids('q="slipped a week"')).toEqual([t5]);
      expect(await ids('q=launch -slipped')).toEqual([t1]);
    });

    it('combines with filters and other sorts', async () => {
      expect(await ids('q=launch&sort=-created')).toEqual([t5, t1]);
      expect(await ids(`q=launch&projectId=${ops.id}`)).toEqual([t5]);
      expect(await ids('q=nothingmatchesthis')).toEqual([]);
    });

    it('follows comment edits and deletes (the words are kept by the database)', async () => {
      const target = await task(launch.id, { title: 'Omega' });
      const created = await web.http
        .post(`${ws}/tasks/${target}/comments`)
        .set(bearer(owner.token))
        .send({ body: 'mentions pineapple' });
      expect(await ids('q=pineapple')).toEqual([target]);
      await web.http
        .patch(`${ws}/tasks/${target}/comments/${created.body.id}`)
        .set(bearer(owner.token))
        .send({ body: 'mentions mango' });
      expect(await ids('q=pineapple')).toEqual([]);
      expect(await ids('q=mango')).toEqual([target]);
      await web.http.delete(`${ws}/tasks/${target}`).set(bearer(owner.token));
      expect(await ids('q=mango')).toEqual([]);
    });

    it('pages by rank with a cursor tied to the query', async () => {
      const first = await get('q=launch&limit=1');
      expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([t1]);
      const second = await get(`q=launch&limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items.map((item: { id: string }) => item.id)).toEqual([t5]);
      expect(second.body.nextCursor).toBeNull();
      const otherQuery = await get(`q=slipped&limit=1&cursor=${first.body.nextCursor}`);
      expect(otherQuery.status).toBe(400);
      expect(otherQuery.body.type).toBe('urn:tenfold:problem:invalid-cursor');
    });
  });

  describe('cursors', () => {
    it("refuses a cursor made for another sort, or another list's cursor", async () => {
      const byDue = await get('sort=due&limit=1');
      const byPriority = await get(`sort=priority&limit=1&cursor=${byDue.body.nextCursor}`);
      expect(byPriority.status).toBe(400);
      expect(byPriority.body.type).toBe('urn:tenfold:problem:invalid-cursor');
      const descending = await get(`sort=-due&limit=1&cursor=${byDue.body.nextCursor}`);
      expect(descending.status).toBe(400);
      const projectList = await web.http
        .get(`${ws}/projects/${launch.id}/tasks?limit=1`)
        .set(bearer(owner.token));
      const foreign = await get(`limit=1&cursor=${projectList.body.nextCursor}`);
      expect(foreign.status).toBe(400);
      expect(foreign.body.type).toBe('urn:tenfold:problem:invalid-cursor');
    });

    it('a cursor sent with other filters still starts after its position, filters applied', async () => {
      const first = await get('sort=due&limit=2'); // t2 and t4, in id order
      const open = await get(`sort=due&status=open&cursor=${first.body.nextCursor}`);
      expect(open.status).toBe(200);
      expect(open.body.items.map((item: { id: string }) => item.id)).toEqual([t1, ...byId(t3, t5)]);
    });

    it('walks without duplicates or gaps while tasks are edited, added and moved between pages', async () => {
      const boss = await signUpOwner(web, 'views-walk');
      const project = await createProject(web, boss);
      const path = workspacePath(boss.workspaceId);
      const walked: string[] = [];
      const due = (day: number) => `2031-01-${String(day).padStart(2, '0')}T09:00:00Z`;
      const made: string[] = [];
      for (let day = 1; day <= 8; day++) {
        made.push(
          (
            await createTask(web, boss, project.id, {
              title: `d${day}`,
              dueAt: due(day),
              dueTimeZone: 'UTC',
            })
          ).id,
        );
      }
      const page = async (cursor: string | null) => {
        const response = await get(
          `sort=due&limit=3${cursor === null ? '' : `&cursor=${cursor}`}`,
          boss,
          path,
        );
        expect(response.status).toBe(200);
        walked.push(...(response.body as Page).items.map((item) => item.id));
        return response.body.nextCursor as string | null;
      };
      const edit = (id: string, body: object) =>
        web.http.patch(`${path}/tasks/${id}`).set(bearer(boss.token)).send(body);

      let cursor = await page(null); // d1 d2 d3
      // Edits that leave the sort key alone change nothing in the walk.
      expect((await edit(made[0]!, { title: 'd1 renamed' })).status).toBe(200);
      expect((await edit(made[5]!, { title: 'd6 renamed' })).status).toBe(200);
      // A task added behind the cursor is not in this walk; one added ahead of it is.
      const behind = await createTask(web, boss, project.id, {
        title: 'early',
        dueAt: due(2),
        dueTimeZone: 'UTC',
      });
      const ahead = await createTask(web, boss, project.id, {
        title: 'late',
        dueAt: due(20),
        dueTimeZone: 'UTC',
      });
      // A moving sort key moves the task: d8, moved before the cursor, is not seen in this walk.
      expect((await edit(made[7]!, { dueAt: due(1) })).status).toBe(200);
      cursor = await page(cursor);
      cursor = await page(cursor);
      expect(cursor).toBeNull();

      expect(walked).toEqual([...made.slice(0, 7), ahead.id]);
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked).not.toContain(behind.id);
    });
  });

  describe('tenancy, roles and bad input', () => {
    it("never shows another workspace's tasks", async () => {
      const mine = await ids('includeArchived=true&q=launch');
      const theirs = await get('limit=100&q=launch', stranger, workspacePath(stranger.workspaceId));
      expect(theirs.body.items).toHaveLength(1);
      expect(mine).not.toContain(theirs.body.items[0].id);
    });

    it('a viewer can read the view', async () => {
      const seen = await waitFor('the viewer to see every task', async () => {
        const got = await ids('sort=created', viewer);
        return got.length === 5 ? got : undefined;
      });
      expect(seen).toEqual([t1, t2, t3, t4, t5]);
    });

    it('a non-member gets 404, an anonymous caller 401', async () => {
      expect((await get('', stranger)).status).toBe(404);
      expect((await web.http.get(`${ws}/tasks`)).status).toBe(401);
    });

    it.each([
      ['assigneeId=nobody', 'assigneeId'],
      ['unassigned=yes', 'unassigned'],
      ['unassigned=true&assigneeId=me', 'unassigned'],
      ['status=closed', 'status'],
      ['projectId=not-a-uuid', 'projectId'],
      ['labelId=1', 'labelId'],
      ['dueBefore=2030-01-01', 'dueBefore'],
      ['dueAfter=2030-01-01T10:00:00', 'dueAfter'],
      ['overdue=false', 'overdue'],
      ['priority=critical', 'priority'],
      ['includeArchived=maybe', 'includeArchived'],
      ['sort=title', 'sort'],
      ['sort=rank', 'sort'],
      ['q=', 'q'],
      [`q=${'a'.repeat(201)}`, 'q'],
      ['q=a%00b', 'q'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
    ])('%s → 400 naming %s', async (query, field) => {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    });

    it('a q of 200 characters is fine', async () => {
      expect((await get(`q=${'a'.repeat(200)}`)).status).toBe(200);
    });
  });
});
