/**
 * OpenAPI 3.0 schemas as JSON Schema that Ajv validates: `nullable` becomes a `null` alternative,
 * and an object that lists its properties admits no others, so an undocumented field in a response
 * is a contract violation rather than a silent extra.
 */
export function jsonSchemaOf(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchemaOf);
  if (schema === null || typeof schema !== 'object') return schema;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    converted[key] = key === 'example' || key === 'enum' ? value : jsonSchemaOf(value);
  }
  if (converted.properties && converted.additionalProperties === undefined) {
    converted.additionalProperties = false;
  }
  if (converted.nullable !== true) return converted;
  // `nullable` may sit beside a type, an enum or an allOf/$ref: null is one more alternative.
  delete converted.nullable;
  return { anyOf: [converted, { type: 'null' }] };
}
