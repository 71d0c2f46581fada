import type { Response } from 'supertest';

import { bearer, type SignedInUser } from '../../harness/accounts';
import type { WebAppUnderTest } from '../../support/web-app-under-test';

/** Lists answer `{ items, nextCursor }` or, for the v1 array lists, a bare array of items. */
export type ListShape = 'page' | 'items';

export interface ListUnderTest {
  readonly web: WebAppUnderTest;
  /** Who asks: a signed-in user, or other credentials (the admin list's Basic ones). */
  readonly user: SignedInUser | { readonly authorization: string };
  /** The list's path, without query. */
  readonly path: string;
  readonly shape: ListShape;
  /** The item's identity: `id`, or `userId` for members. */
  readonly idOf?: (item: Record<string, unknown>) => string;
}

export interface ListPage {
  readonly ids: string[];
  /** The `Link rel="next"` target, or undefined when the header is missing. */
  readonly next: string | undefined;
  readonly response: Response;
}

export function credentialsOf(list: ListUnderTest): Record<string, string> {
  return 'token' in list.user
    ? bearer(list.user.token)
    : { Authorization: list.user.authorization };
}

const LINK_NEXT = /^<([^>]+)>; rel="next"$/;

export async function getPage(list: ListUnderTest, url: string): Promise<ListPage> {
  const response = await list.web.http.get(url).set(credentialsOf(list));
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${response.text}`);
  const items: Record<string, unknown>[] =
    list.shape === 'items' ? response.body : response.body.items;
  const idOf = list.idOf ?? ((item) => String(item.id));
  const link: string | undefined = response.headers.link;
  const next = link === undefined ? undefined : LINK_NEXT.exec(link)?.[1];
  if (link !== undefined && next === undefined) throw new Error(`not a next link: ${link}`);
  if (list.shape === 'page') {
    // The two ways to the next page agree: the body's nextCursor is the Link's cursor.
    const cursor = next === undefined ? null : new URL(next, 'http://x').searchParams.get('cursor');
    if (cursor !== response.body.nextCursor) {
      throw new Error(`Link ${link} disagrees with nextCursor ${response.body.nextCursor}`);
    }
  }
  return { ids: items.map(idOf), next, response };
}

/** The cursor of a page's next link (fails when the page has none). */
export function cursorOf(page: ListPage): string {
  const cursor = page.next && new URL(page.next, 'http://x').searchParams.get('cursor');
  if (!cursor) throw new Error('the page has no next link');
  return cursor;
}

/**
 * Follows `Link rel="next"` from the first page of `limit` to the last, calling `between` after
 * each page (to change the list while it is walked). Returns the ids in the order seen and every
 * page; fails on a page that is neither full nor last.
 */
export async function walk(
  list: ListUnderTest,
  limit: number,
  between: (pageIndex: number) => Promise<void> = async () => {},
  query = '',
): Promise<{ ids: string[]; pages: ListPage[] }> {
  const pages: ListPage[] = [];
  let url: string | undefined = `${list.path}?limit=${limit}${query}`;
  while (url !== undefined) {
    if (pages.length > 50) throw new Error('the walk does not end');
    const page = await getPage(list, url);
    // A next page is announced exactly when this one is full and more follow.
    if (page.next !== undefined && page.ids.length !== limit) {
      throw new Error(`a Link after a page of ${page.ids.length} < ${limit}`);
    }
    pages.push(page);
    await between(pages.length - 1);
    url = page.next;
  }
  return { ids: pages.flatMap((page) => page.ids), pages };
}

/** The whole list in one request (all test lists stay below 100 items). */
export async function wholeList(list: ListUnderTest, query = ''): Promise<string[]> {
  const page = await getPage(list, `${list.path}?limit=100${query}`);
  if (page.next !== undefined) throw new Error('the test list outgrew one page');
  return page.ids;
}
