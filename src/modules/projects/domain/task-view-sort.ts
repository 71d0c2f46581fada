import { createHash } from 'node:crypto';

import { decodeCursor, encodeCursor } from '../../../common/pagination/keyset-cursor';
import { isTimestampKey, isUuidKey } from '../../../common/pagination/timestamp-key';

/** The sort keys of the workspace task view; `-` in front of one sorts it descending. */
export const TASK_VIEW_SORT_KEYS = ['due', 'priority', 'updated', 'created'] as const;
export type TaskViewSortKey = (typeof TASK_VIEW_SORT_KEYS)[number] | 'rank';

/** Every value `sort=` accepts; `rank` (best match first) only with `q`. */
export const TASK_VIEW_SORTS = [
  ...TASK_VIEW_SORT_KEYS.flatMap((key) => [key, `-${key}`]),
  'rank',
] as const;
export type TaskViewSortName = (typeof TASK_VIEW_SORTS)[number];

export interface TaskViewSort {
  readonly key: TaskViewSortKey;
  readonly direction: 'asc' | 'desc';
}

export function taskViewSortOf(name: TaskViewSortName): TaskViewSort {
  // Rank is "best first", always: a worst-match-first search has no use.
  if (name === 'rank') return { key: 'rank', direction: 'desc' };
  return name.startsWith('-')
    ? { key: name.slice(1) as TaskViewSortKey, direction: 'desc' }
    : { key: name as TaskViewSortKey, direction: 'asc' };
}

/** The position after which the next page starts: the last task's sort key and its id. */
export interface TaskViewPosition {
  /** null only for `due`: a task without a due date (those come last, both directions). */
  readonly key: string | null;
  readonly id: string;
}

const PRIORITY_KEY = /^[0-4]$/;
// What Postgres prints for a real (float4): shortest exact digits, perhaps with an exponent.
const RANK_KEY = /^\d{1,12}(\.\d{1,12})?(e-?\d{1,3})?$/;

/**
 * The cursor's list name: the view and its sort, so that a cursor made under one sort is refused
 * under another (its key would be a value of another column). A rank cursor also carries a digest
 * of `q`: a rank is a score for one query and means nothing for another. Filters are not in it:
 * they are applied again on every page, so a cursor sent with other filters still starts the page
 * at the same position of the same order, and every row it returns matches the filters.
 */
export function taskViewCursorList(sort: TaskViewSort, q: string | undefined): string {
  const base = `workspace-tasks:${sort.direction === 'desc' && sort.key !== 'rank' ? '-' : ''}${sort.key}`;
  if (sort.key !== 'rank') return base;
  const digest = createHash('sha256')
    .update(q ?? '')
    .digest('base64url')
    .slice(0, 12);
  return `${base}:${digest}`;
}

export function encodeTaskViewCursor(list: string, position: TaskViewPosition): string {
  return encodeCursor(list, [position.key, position.id]);
}

/** The position a cursor stands for, or undefined when this view (and sort) did not make it. */
export function decodeTaskViewCursor(
  list: string,
  sort: TaskViewSort,
  cursor: string,
): TaskViewPosition | undefined {
  const keys = decodeCursor(list, cursor, 2, (key, index) =>
    index === 1 ? isUuidKey(key) : isSortKey(sort.key, key),
  );
  if (keys === undefined) return undefined;
  const [key = null, id] = keys;
  return id === null || id === undefined ? undefined : { key, id };
}

function isSortKey(sort: TaskViewSortKey, key: string | null): boolean {
  switch (sort) {
    case 'due':
      return key === null || isTimestampKey(key);
    case 'updated':
    case 'created':
      return isTimestampKey(key);
    case 'priority':
      return key !== null && PRIORITY_KEY.test(key);
    case 'rank':
      return key !== null && RANK_KEY.test(key);
  }
}
