import {
  type CursorKey,
  decodeCursor,
  encodeCursor,
} from '../../../common/pagination/keyset-cursor';

const LIST = 'activity-log';
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Where a page of the log ends: the last entry's (occurred_at, event id). */
export interface ActivityLogPosition {
  readonly occurredAt: string;
  readonly eventId: string;
}

export function activityLogKeys(position: ActivityLogPosition): CursorKey[] {
  return [position.occurredAt, position.eventId];
}

/** The position a cursor of this list carries, or undefined for anything else (400). */
export function decodeActivityLogCursor(cursor: string): ActivityLogPosition | undefined {
  const keys = decodeCursor(LIST, cursor, 2, isKey);
  return keys ? { occurredAt: keys[0] as string, eventId: keys[1] as string } : undefined;
}

export function encodeActivityLogCursor(position: ActivityLogPosition): string {
  return encodeCursor(LIST, activityLogKeys(position));
}

export const ACTIVITY_LOG_LIST = LIST;

function isKey(key: CursorKey, index: number): boolean {
  if (key === null) return false;
  if (index === 1) return UUID.test(key);
  return CANONICAL_INSTANT.test(key) && new Date(key).toISOString() === key;
}
