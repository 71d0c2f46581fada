import { randomUUID } from 'node:crypto';

import { bearer, signUp } from '../harness/accounts';
import { adminAuthorization, testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { openApiDocumentOf } from './support/openapi-document';

/** Path parameters that are not UUIDs by design (a job id is `<queue>.<uuid>`). */
const NOT_UUIDS = new Set(['/v1/jobs/{id}', '/v1/jobs/{id}/events', '/v1/admin/jobs/{id}/redrive']);

/**
 * Every id in every path the API documents, spelled wrong: the same 400 validation-failed problem
 * naming the parameter on every route (some answered a bare `about:blank` 400 before).
 */
describe('a malformed id in any path', () => {
  let web: WebAppUnderTest;
  let token: string;
  let workspaceId: string;
  const cases: { method: string; path: string; param: string }[] = [];

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '1000000' }));
    ({ token, workspaceId } = await signUp(web.http, 'ids'));
    const document = await openApiDocumentOf(web);
    for (const [path, operations] of Object.entries(document.paths)) {
      if (NOT_UUIDS.has(path)) continue;
      for (const [method, operation] of Object.entries(operations)) {
        for (const parameter of operation.parameters ?? []) {
          // A bad workspace id is refused by the guard first: 404, like any workspace not yours.
          if (parameter.in === 'path' && parameter.name !== 'workspaceId') {
            cases.push({ method, path, param: parameter.name });
          }
        }
      }
    }
  });
  afterAll(() => web?.close());

  it('finds the ids of the API', () => {
    expect(cases.map((c) => c.param)).toEqual(
      expect.arrayContaining(['projectId', 'taskId', 'attachmentId', 'endpointId', 'exportId']),
    );
  });

  it('answers 400 validation-failed naming the parameter, on every route', async () => {
    const wrong: string[] = [];
    for (const { method, path, param } of cases) {
      const url = path
        .replace('{workspaceId}', workspaceId)
        .replace(`{${param}}`, 'not-a-uuid')
        .replace(/\{[^}]+\}/g, () => randomUUID());
      const auth =
        path.includes('/admin/') || path.includes('/system/')
          ? { Authorization: adminAuthorization(web.config) }
          : bearer(token);
      const response = await web.http[method as 'get'](url).set(auth).send({});
      const named = (response.body.errors ?? []).some(
        (error: { field: string }) => error.field === param,
      );
      if (
        response.status !== 400 ||
        response.body.type !== 'urn:tenfold:problem:validation-failed' ||
        !named
      ) {
        wrong.push(
          `${method.toUpperCase()} ${path} (${param}) → ${response.status} ${response.body.type}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });
});
