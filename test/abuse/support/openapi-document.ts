import { adminAuthorization } from '../../support/test-config';
import type { WebAppUnderTest } from '../../support/web-app-under-test';

export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

export interface Operation {
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** The app's own OpenAPI document: the abuse tests walk every route and field it describes. */
export async function openApiDocumentOf(web: WebAppUnderTest): Promise<OpenApiDocument> {
  const answer = await web.http
    .get('/docs-json')
    .set('Authorization', adminAuthorization(web.config));
  return answer.body as OpenApiDocument;
}

/** The schema itself, or the component a `$ref` names. */
export function resolveSchema(document: OpenApiDocument, schema?: Schema): Schema | undefined {
  if (!schema?.$ref) return schema;
  return document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''];
}
