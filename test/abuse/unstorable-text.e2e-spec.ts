import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { bearer, signUp } from '../harness/accounts';
import { adminAuthorization, testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';
import { openApiDocumentOf, resolveSchema, type Schema } from './support/openapi-document';

const BAD_TEXT = [
  ['a NUL character', 'before\u0000after', /NUL/],
  ['an unpaired surrogate', 'before\uD800after', /surrogate/],
] as const;

/**
 * Every string field of every request body and query the API documents, with text Postgres cannot
 * store or that is not Unicode: 400 naming that field, never a 500 (and so nothing written).
 */
describe('NUL and unpaired surrogates in any string field', () => {
  let web: WebAppUnderTest;
  let token: string;
  let workspaceId: string;
  const cases: {
    label: string;
    method: string;
    path: string;
    field: string;
    in: string;
    maxLength?: number;
  }[] = [];

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '1000000' }));
    ({ token, workspaceId } = await signUp(web.http, 'text'));
    const document = await openApiDocumentOf(web);
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const body = operation.requestBody?.content?.['application/json']?.schema;
        const bodySchema = resolveSchema(document, body);
        for (const field of stringFields(bodySchema)) {
          cases.push({
            label: `${method.toUpperCase()} ${path} body.${field}`,
            method,
            path,
            field,
            in: 'body',
            maxLength: bodySchema?.properties?.[field]?.maxLength,
          });
        }
        for (const parameter of operation.parameters ?? []) {
          if (
            parameter.in === 'query' &&
            resolveSchema(document, parameter.schema)?.type === 'string'
          ) {
            cases.push({
              label: `${method.toUpperCase()} ${path} ?${parameter.name}`,
              method,
              path,
              field: parameter.name,
              in: 'query',
              maxLength: resolveSchema(document, parameter.schema)?.maxLength,
            });
          }
        }
      }
    }
  });
  afterAll(() => web?.close());

  it('finds the string fields of the API (workspace, project and task names among them)', () => {
    const labels = cases.map((testCase) => testCase.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'POST /v1/workspaces body.name',
        'POST /v1/workspaces/{workspaceId}/projects body.name',
        'POST /v1/workspaces/{workspaceId}/projects body.description',
        'POST /v1/workspaces/{workspaceId}/projects/{projectId}/tasks body.title',
      ]),
    );
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(BAD_TEXT)(
    'answers 400 naming the field for %s, in every one of them',
    async (_, text, message) => {
      const wrong: string[] = [];
      for (const testCase of cases) {
        // A URL carries UTF-8 bytes: a lone surrogate cannot be encoded into a query at all.
        if (testCase.in === 'query' && /surrogate/.test(message.source)) continue;
        const response = await sendIn(testCase, text);
        const named = (response.body.errors ?? []).some(
          (error: { field: string; message: string }) =>
            error.field === testCase.field && message.test(error.message),
        );
        if (response.status !== 400 || !named)
          wrong.push(`${testCase.label} → ${response.status} ${response.text.slice(0, 160)}`);
      }
      expect(wrong).toEqual([]);
    },
  );

  /**
   * Postgres's varchar(n) counts code points; a plain MaxLength (validator.js) does not count
   * variation selectors, so n + 1 code points of which n are U+FE0F passed it and the database
   * answered 500. Every documented limit is in code points.
   */
  it('answers 400 naming the field for one code point over maxLength, variation selectors included', async () => {
    const limited = cases.filter((testCase) => testCase.maxLength !== undefined);
    expect(limited.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const testCase of limited) {
      const text = 'a' + '\uFE0F'.repeat(testCase.maxLength!);
      const response = await sendIn(testCase, text);
      const named = (response.body.errors ?? []).some(
        (error: { field: string }) => error.field === testCase.field,
      );
      if (response.status !== 400 || !named)
        wrong.push(`${testCase.label} → ${response.status} ${response.text.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
  });

  /** The case's route with random ids, the text in its field, as the owner (or admin). */
  const sendIn = (testCase: (typeof cases)[number], text: string) => {
    const url = testCase.path
      .replace('{workspaceId}', workspaceId)
      .replace(/\{[^}]+\}/g, () => randomUUID());
    let call = web.http[testCase.method as 'post'](url).set(
      testCase.path.includes('/admin/')
        ? { Authorization: adminAuthorization(web.config) }
        : bearer(token),
    );
    if (testCase.in === 'query') call = call.query({ [testCase.field]: text });
    // The streamed upload takes the file itself as its body.
    if (testCase.path.endsWith('/upload'))
      return call.set('Content-Type', 'image/png').send(Buffer.from('png'));
    return testCase.in === 'body' ? call.send({ [testCase.field]: text }) : call;
  };

  it('writes nothing: a whole, otherwise valid project with a NUL in its name', async () => {
    const projects = () =>
      web.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM projects.projects WHERE workspace_id = $1', [
          workspaceId,
        ]);
    const before = (await projects())[0].n;
    const response = await web.http
      .post(`/v1/workspaces/${workspaceId}/projects`)
      .set(bearer(token))
      .send({ name: 'Road\u0000map', description: 'fine' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'name', message: expect.stringMatching(/NUL/) },
    ]);
    expect((await projects())[0].n).toBe(before);
  });
});

/** Top-level string (or string-array) properties of a body schema. */
function stringFields(schema?: Schema): string[] {
  return Object.entries(schema?.properties ?? {})
    .filter(([, property]) => property.type === 'string' || property.items?.type === 'string')
    .map(([name]) => name);
}
