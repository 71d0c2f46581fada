const PREFIX = 'p';
// Positions are bigint identities; 18 digits stay far below 2^63 and need no range check.
const POSITION = /^\d{1,18}$/;

/**
 * The opaque `nextCursor` of a task list: the position of the last task on the page, so the next
 * page starts strictly after it. Positions never change, so concurrent inserts cannot shift pages.
 */
export function encodeTaskCursor(position: string): string {
  return Buffer.from(`${PREFIX}${position}`).toString('base64url');
}

/** The position a cursor stands for, or undefined when it is not one this list handed out. */
export function decodeTaskCursor(cursor: string): string | undefined {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = decoded.slice(PREFIX.length);
  // Node's base64url decoder skips characters it does not know: re-encode to be strict.
  const canonical = decoded.startsWith(PREFIX) && encodeTaskCursor(position) === cursor;
  return canonical && POSITION.test(position) ? position : undefined;
}
