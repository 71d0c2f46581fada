/**
 * A timestamptz sort key in a cursor, exactly. Postgres keeps microseconds and a JS Date only
 * milliseconds: a key read through Date would sit before its own row, which would come again on
 * the next page. So the key is read and compared in SQL as whole microseconds since the epoch.
 */

/** SQL reading `column` as its cursor key (a decimal string). */
export function timestampKeyOf(column: string): string {
  return `(extract(epoch from ${column}) * 1000000)::bigint::text`;
}

/** SQL turning the key in parameter `param` (e.g. `:at` or `$2`) back into a timestamptz. */
export function timestampFromKey(param: string): string {
  return `(timestamptz 'epoch' + ${param}::bigint * interval '1 microsecond')`;
}

// Up to 16 digits: microseconds until the year 2286, well inside bigint; no sign, no fraction.
const TIMESTAMP_KEY = /^\d{1,16}$/;

export function isTimestampKey(key: string | null): key is string {
  return key !== null && TIMESTAMP_KEY.test(key);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A uuid tiebreaker as Postgres prints it (lower case), so a key never makes the query fail. */
export function isUuidKey(key: string | null): key is string {
  return key !== null && UUID.test(key);
}

/** The alias under which a query builder selects `timestampKeyOf(...)` next to its entities. */
export const TIME_KEY = 'time_key';

/**
 * Pairs each entity of a `getRawAndEntities` (a query without joins: one raw row per entity, in
 * the same order) with its timestamp key.
 */
export function withTimeKeys<Entity>(result: {
  entities: Entity[];
  raw: Record<string, unknown>[];
}): { entity: Entity; at: string }[] {
  return result.entities.map((entity, index) => ({
    entity,
    at: String(result.raw[index]?.[TIME_KEY]),
  }));
}
