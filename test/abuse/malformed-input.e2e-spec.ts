import { randomUUID } from 'node:crypto';

import { bearer, signUp } from '../harness/accounts';
import { adminAuthorization, testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { malformedBodies, malformedQueries, type MalformedInput } from './support/malformed-inputs';
import { openApiDocumentOf, resolveSchema } from './support/openapi-document';

// Bounded: at most this many bodies per operation (the document has about 70 operations).
const BODIES_PER_OPERATION = 10;

/**
 * Inputs generated from the document's own schemas, each one wrong: for every operation, the
 * answer is a 4xx problem+json, never a 5xx, whatever is malformed. Loopback, in-process.
 */
describe('malformed input generated from the OpenAPI document', () => {
  let web: WebAppUnderTest;
  let token: string;
  let workspaceId: string;
  const cases: { label: string; method: string; path: string; input: MalformedInput }[] = [];

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '1000000' }));
    ({ token, workspaceId } = await signUp(web.http, 'fuzz'));
    const document = await openApiDocumentOf(web);
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const label = `${method.toUpperCase()} ${path}`;
        const content = operation.requestBody?.content ?? {};
        const schema = resolveSchema(document, content['application/json']?.schema);
        if (operation.requestBody) {
          for (const input of malformedBodies(schema, BODIES_PER_OPERATION)) {
            cases.push({ label: `${label} with ${input.label}`, method, path, input });
          }
        }
        const parameters = (operation.parameters ?? []).map((parameter) => ({
          ...parameter,
          schema: resolveSchema(document, parameter.schema),
        }));
        for (const input of malformedQueries(parameters)) {
          cases.push({ label: `${label} ${input.label}`, method, path, input });
        }
      }
    }
  });
  afterAll(() => web?.close());

  it('generates inputs for the bodies and queries of the API', () => {
    const labels = cases.map((c) => c.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'POST /v1/workspaces/{workspaceId}/projects with name: wrong type',
        'POST /v1/auth/login with no fields at all',
        'GET /v1/workspaces/{workspaceId}/projects/{projectId}/tasks ?limit=abc',
      ]),
    );
    expect(cases.length).toBeGreaterThan(100);
  });

  it('answers every one with a 4xx problem+json, never a 5xx', async () => {
    const wrong: string[] = [];
    for (const { label, method, path, input } of cases) {
      const url = path
        .replace('{workspaceId}', workspaceId)
        .replace(/\{[^}]+\}/g, () => randomUUID());
      const auth =
        path.includes('/admin/') || path.includes('/system/')
          ? { Authorization: adminAuthorization(web.config) }
          : bearer(token);
      const request = web.http[method as 'post'](url)
        .set(auth)
        .query(input.query ?? {});
      const response = await (input.body === undefined
        ? request
        : request.send(input.body as object));
      const problem = String(response.headers['content-type']).startsWith(
        'application/problem+json',
      );
      if (response.status < 400 || response.status >= 500 || !problem) {
        wrong.push(`${label} → ${response.status} ${response.headers['content-type']}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
