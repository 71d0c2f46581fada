import type { Schema } from './openapi-document';

/** One request body or query that a schema refuses, and what is wrong with it. */
export interface MalformedInput {
  label: string;
  body?: unknown;
  query?: Record<string, string>;
}

const HUGE = 'x'.repeat(100_000);

/** A value of another type than `schema` asks for (a string where a number is due, and so on). */
function wrongTypeFor(schema: Schema): unknown {
  switch (schema.type) {
    case 'string':
      return schema.enum ? 'not-one-of-them' : { nested: 'object' };
    case 'integer':
    case 'number':
      return 'NaN';
    case 'boolean':
      return 'yes';
    case 'array':
      return 'not-an-array';
    default:
      return 12345;
  }
}

/**
 * Bodies the schema of an operation refuses: no object at all, missing required fields, an
 * unknown field, and per property a wrong type, a null where none is allowed and (strings) a
 * 100 000-character value. At most `limit`, in a fixed order, so a run is repeatable and bounded.
 */
export function malformedBodies(schema: Schema | undefined, limit: number): MalformedInput[] {
  const inputs: MalformedInput[] = [
    { label: 'an array', body: [] },
    { label: 'a bare string', body: 'text' },
    { label: 'an unknown field', body: { unexpectedField: 1 } },
  ];
  if ((schema?.required ?? []).length > 0) inputs.push({ label: 'no fields at all', body: {} });
  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    inputs.push({ label: `${name}: wrong type`, body: { [name]: wrongTypeFor(property) } });
    if (property.type === 'string') inputs.push({ label: `${name}: huge`, body: { [name]: HUGE } });
  }
  return inputs.slice(0, limit);
}

/** Query strings the parameters refuse: numbers that are not numbers or out of range, bad enums. */
export function malformedQueries(
  parameters: { name: string; in: string; schema?: Schema }[],
): MalformedInput[] {
  return parameters
    .filter((parameter) => parameter.in === 'query')
    .flatMap(({ name, schema }): MalformedInput[] => {
      if (schema?.type === 'integer' || schema?.type === 'number') {
        return [
          { label: `?${name}=abc`, query: { [name]: 'abc' } },
          { label: `?${name} far too large`, query: { [name]: '99999999999999999999' } },
          { label: `?${name}=-1`, query: { [name]: '-1' } },
        ];
      }
      if (schema?.enum) return [{ label: `?${name} not in its enum`, query: { [name]: 'nope' } }];
      return [{ label: `?${name} huge`, query: { [name]: HUGE.slice(0, 5_000) } }];
    });
}
