import { decodeCursor, encodeCursor } from '../../../common/pagination/keyset-cursor';

/** The list name in a task cursor (src/common/pagination/keyset-cursor.ts). */
export const TASK_CURSOR_LIST = 'tasks';
// Positions are bigint identities; 18 digits stay far below 2^63 and need no range check.
const POSITION = /^\d{1,18}$/;
const LEGACY_PREFIX = 'p';

/**
 * The opaque `nextCursor` of a task list: the position of the last task on the page, so the next
 * page starts strictly after it. Positions never change, so concurrent inserts cannot shift pages.
 * Made like every list's cursor (src/common/pagination/keyset-cursor.ts).
 */
export function encodeTaskCursor(position: string): string {
  return encodeCursor(TASK_CURSOR_LIST, [position]);
}

/**
 * The position a cursor stands for, or undefined when it is not one this list handed out. Cursors
 * of the first format (base64url of `p<position>`, before the shared convention) are still
 * accepted, so that a client paging across a deploy is not refused (docs/adr/0019).
 */
export function decodeTaskCursor(cursor: string): string | undefined {
  const [position] = decodeCursor(TASK_CURSOR_LIST, cursor, 1, isPosition) ?? [];
  return position ?? decodeLegacyTaskCursor(cursor);
}

function isPosition(key: string | null): key is string {
  return key !== null && POSITION.test(key);
}

function decodeLegacyTaskCursor(cursor: string): string | undefined {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = decoded.slice(LEGACY_PREFIX.length);
  // Node's base64url decoder skips characters it does not know: re-encode to be strict.
  const canonical =
    decoded.startsWith(LEGACY_PREFIX) &&
    Buffer.from(`${LEGACY_PREFIX}${position}`).toString('base64url') === cursor;
  return canonical && POSITION.test(position) ? position : undefined;
}
