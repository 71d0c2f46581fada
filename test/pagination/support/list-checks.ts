import { credentialsOf, type ListUnderTest, walk, wholeList } from './list-walk';

/**
 * Walks the list two at a time while `add` puts new items in after the first pages: every item
 * there before is seen exactly once, nothing twice, and in the list's own order.
 */
export async function expectWalkSeesEachOnce(
  list: ListUnderTest,
  add: () => Promise<void>,
  query = '',
): Promise<void> {
  const before = await wholeList(list, query);
  expect(before.length).toBeGreaterThanOrEqual(5); // three pages of two at least
  const { ids, pages } = await walk(
    list,
    2,
    (index) => (index < 2 ? add() : Promise.resolve()),
    query,
  );
  const after = await wholeList(list, query);

  expect(after.length).toBeGreaterThan(before.length); // the list did change during the walk
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of before) expect(ids.filter((seen) => seen === id)).toHaveLength(1);
  expect(ids).toEqual(after.filter((id) => ids.includes(id))); // in list order
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(pages.at(-1)?.response.headers.link).toBeUndefined();
}

/** Link only while more follow: none when the page holds exactly the rest. */
export async function expectLinkOnlyBeforeTheEnd(list: ListUnderTest, query = ''): Promise<void> {
  const all = await wholeList(list, query);
  const exact = await walk(list, all.length, undefined, query);
  expect(exact.pages).toHaveLength(1);
  expect(exact.ids).toEqual(all);
  const short = await walk(list, all.length - 1, undefined, query);
  expect(short.pages.map((page) => page.next !== undefined)).toEqual([true, false]);
  expect(short.ids).toEqual(all);
}

export async function expectBadLimitsRefused(
  list: ListUnderTest,
  limits = ['0', '101', 'abc', '-1', '1.5'],
): Promise<void> {
  for (const limit of limits) {
    const response = await list.web.http
      .get(`${list.path}?limit=${limit}`)
      .set(credentialsOf(list));
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:tenfold:problem:validation-failed');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain('limit');
  }
}

/** Cursors this list did not hand out (another list's, edited, junk): 400 invalid-cursor. */
export async function expectCursorsRefused(list: ListUnderTest, cursors: string[]): Promise<void> {
  const junk = ['abc', 'WyJ0YXNrcyIsIjEwMjQiXQ', Buffer.from('["x"]').toString('base64url')];
  for (const cursor of [...cursors, ...junk]) {
    const response = await list.web.http
      .get(`${list.path}?cursor=${encodeURIComponent(cursor)}`)
      .set(credentialsOf(list));
    expect({ cursor, status: response.status, type: response.body.type }).toEqual({
      cursor,
      status: 400,
      type: 'urn:tenfold:problem:invalid-cursor',
    });
  }
}

/**
 * A cursor made by someone else's list (another workspace, another user) only moves the page:
 * what comes back is still only this list's items.
 */
export async function expectForeignCursorRevealsNothing(
  list: ListUnderTest,
  foreignCursor: string,
): Promise<void> {
  const own = await wholeList(list);
  const response = await list.web.http
    .get(`${list.path}?limit=100&cursor=${foreignCursor}`)
    .set(credentialsOf(list));
  expect(response.status).toBe(200);
  const items: Record<string, unknown>[] =
    list.shape === 'items' ? response.body : response.body.items;
  const idOf = list.idOf ?? ((item) => String(item.id));
  for (const item of items) expect(own).toContain(idOf(item));
}
