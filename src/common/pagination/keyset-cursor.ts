/**
 * The one cursor convention of every list (docs/API.md, "Lists"): `?limit=&cursor=` in, `{ items,
 * nextCursor }` out. A cursor is opaque to clients: base64url of the JSON array `[list, ...keys]`,
 * where `keys` are the sort values of the last item of the page. The list name keeps one list's
 * cursor out of another; the keys are not secret (they are values the caller could read anyway),
 * and every filter is applied again on each page, so an edited cursor can only move the page.
 */
export type CursorKey = string | null;

export function encodeCursor(list: string, keys: readonly CursorKey[]): string {
  return Buffer.from(JSON.stringify([list, ...keys])).toString('base64url');
}

/** Longer cursors are refused before decoding (no list has keys anywhere near this long). */
export const MAX_CURSOR_LENGTH = 512;

/**
 * The keys of a cursor this list handed out, or undefined for anything else: another list's
 * cursor, a different number of keys, a non-canonical spelling, or keys that fail `isKey`.
 */
export function decodeCursor(
  list: string,
  cursor: string,
  arity: number,
  isKey: (key: CursorKey, index: number) => boolean = () => true,
): CursorKey[] | undefined {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== arity + 1 || decoded[0] !== list) {
    return undefined;
  }
  const keys = decoded.slice(1) as unknown[];
  if (!keys.every((key): key is CursorKey => key === null || typeof key === 'string')) {
    return undefined;
  }
  // Node's base64url decoder skips characters it does not know: re-encode to be strict.
  if (encodeCursor(list, keys) !== cursor) return undefined;
  return keys.every((key, index) => isKey(key, index)) ? keys : undefined;
}
