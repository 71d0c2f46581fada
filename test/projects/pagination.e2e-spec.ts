import { bearer, type SignedInUser } from '../harness/accounts';
import type { WebAppUnderTest } from '../support/web-app-under-test';
import { createProject, createTask, workspacePath } from './support/projects-api';
import { signUpOwner, startWebApp } from './support/projects-world';

interface Page {
  items: { id: string; title: string }[];
  nextCursor: string | null;
}

describe('tasks: keyset pagination', () => {
  let web: WebAppUnderTest;
  let owner: SignedInUser;

  beforeAll(async () => {
    web = await startWebApp();
    owner = await signUpOwner(web, 'pages');
  });
  afterAll(() => web?.close());

  async function page(projectId: string, query: string): Promise<Page> {
    const response = await web.http
      .get(`${workspacePath(owner.workspaceId)}/projects/${projectId}/tasks?${query}`)
      .set(bearer(owner.token));
    expect(response.status).toBe(200);
    return response.body;
  }

  async function seed(projectId: string, count: number, prefix: string): Promise<string[]> {
    const ids: string[] = [];
    // One after the other: their order is the order they must be listed in.
    for (let i = 0; i < count; i++) {
      ids.push((await createTask(web, owner, projectId, { title: `${prefix}${i}` })).id);
    }
    return ids;
  }

  it('pages in insertion order; the last page has nextCursor null', async () => {
    const project = await createProject(web, owner, { name: 'Ordered' });
    const ids = await seed(project.id, 12, 'o');
    const first = await page(project.id, 'limit=5');
    const second = await page(project.id, `limit=5&cursor=${first.nextCursor}`);
    const third = await page(project.id, `limit=5&cursor=${second.nextCursor}`);
    expect([first, second, third].map((p) => p.items.map((task) => task.id))).toEqual([
      ids.slice(0, 5),
      ids.slice(5, 10),
      ids.slice(10),
    ]);
    expect(third.nextCursor).toBeNull();
    expect(first.nextCursor).not.toMatch(/^\d+$/); // opaque, not a plain offset or position

    const all = await page(project.id, '');
    expect(all.items.map((task) => task.id)).toEqual(ids);
    expect(all.nextCursor).toBeNull();
    const exact = await page(project.id, 'limit=12');
    expect(exact.nextCursor).toBeNull();
  });

  it('pages by 50 when no limit is given, and by at most 100', async () => {
    const project = await createProject(web, owner, { name: 'Long' });
    const ids = await seed(project.id, 101, 'l');
    const first = await page(project.id, '');
    expect(first.items.map((task) => task.id)).toEqual(ids.slice(0, 50));
    const widest = await page(project.id, 'limit=100');
    expect(widest.items).toHaveLength(100);
    const rest = await page(project.id, `limit=100&cursor=${widest.nextCursor}`);
    expect(rest).toEqual({ items: [expect.objectContaining({ id: ids[100] })], nextCursor: null });
  });

  it('stays stable while tasks are inserted concurrently: no duplicates, no pre-existing task skipped', async () => {
    const project = await createProject(web, owner, { name: 'Busy' });
    const existing = await seed(project.id, 25, 'before-');
    let inserting = true;
    let inserted = 0;
    // Inserts in parallel with the page fetches, several at a time, until paging is done.
    const writers = Array.from({ length: 3 }, async () => {
      while (inserting) {
        await createTask(web, owner, project.id, { title: `during-${inserted++}` });
      }
    });

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const current: Page = await page(project.id, `limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...current.items.map((task) => task.id));
      cursor = current.nextCursor;
      pages++;
      // Between page fetches, a burst of inserts lands for sure.
      await Promise.all(
        [1, 2, 3].map(() => createTask(web, owner, project.id, { title: 'burst' })),
      );
      // Paging through an ever-growing list: stop once we are well past the seeded tasks.
    } while (cursor && pages < 6);
    inserting = false;
    await Promise.all(writers);

    expect(inserted).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of existing) expect(seen.filter((s) => s === id)).toHaveLength(1);
    expect(seen.slice(0, 25)).toEqual(existing); // pre-existing tasks first, in their order
  });

  it('a cursor is only ever a boundary: it works with filters, and tasks deleted meanwhile do not break it', async () => {
    const project = await createProject(web, owner, { name: 'Shrinking' });
    const ids = await seed(project.id, 6, 's');
    const first = await page(project.id, 'limit=3&status=open');
    // The last task of the first page disappears before the next page is fetched.
    await web.http
      .delete(`${workspacePath(owner.workspaceId)}/tasks/${ids[2]}`)
      .set(bearer(owner.token))
      .expect(204);
    const second = await page(project.id, `limit=3&status=open&cursor=${first.nextCursor}`);
    expect(second.items.map((task) => task.id)).toEqual(ids.slice(3));
  });
});
