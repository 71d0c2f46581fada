import { InvalidCursor } from './invalid-cursor.error';
import { decodeCursor } from './keyset-cursor';
import { isTimestampKey, isUuidKey, timestampFromKey } from './timestamp-key';

/**
 * The position of the most common keyset, (a timestamptz, the row's uuid id): the uuid makes the
 * order total when two rows share a timestamp.
 */
export interface TimeAndId {
  /** Microseconds since the epoch (`timestampKeyOf`). */
  readonly at: string;
  readonly id: string;
}

/** The position a list's cursor stands for; undefined without a cursor; InvalidCursor for junk. */
export function timeAndIdAfter(list: string, cursor: string | undefined): TimeAndId | undefined {
  if (cursor === undefined) return undefined;
  const [at = null, id = null] = decodeCursor(list, cursor, 2) ?? [];
  if (!isTimestampKey(at) || !isUuidKey(id)) throw new InvalidCursor();
  return { at, id };
}

/**
 * SQL: the row comes strictly after the position in `atParam`/`idParam` (e.g. `:at`, `$3`),
 * for a list ordered by (`timeColumn`, `idColumn`) ascending, or descending with `'desc'`.
 */
export function timeAndIdBeyond(
  timeColumn: string,
  idColumn: string,
  atParam: string,
  idParam: string,
  order: 'asc' | 'desc' = 'asc',
): string {
  const comparison = order === 'asc' ? '>' : '<';
  return `(${timeColumn}, ${idColumn}) ${comparison} (${timestampFromKey(atParam)}, ${idParam}::uuid)`;
}
