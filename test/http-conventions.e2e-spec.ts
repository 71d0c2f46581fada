import { adminAuthorization, testConfig } from './support/test-config';
import { WebAppUnderTest } from './support/web-app-under-test';

describe('HTTP conventions: /v1, strict validation, problem+json everywhere', () => {
  let web: WebAppUnderTest;
  let admin: string;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    admin = adminAuthorization(web.config);
  });
  afterAll(() => web.close());

  const post = (body: string) =>
    web.http
      .post('/v1/system/heartbeats')
      .set('Authorization', admin)
      .set('Content-Type', 'application/json')
      .set('X-Request-Id', 'conventions-test-1')
      .send(body);

  it('answers malformed JSON with 400 problem+json and the request id', async () => {
    const response = await post('{"holdMs": 1,');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(response.body.detail).toMatch(/JSON/i);
    expect(response.body.requestId).toBe('conventions-test-1');
    expect(response.headers['x-request-id']).toBe('conventions-test-1');
  });

  it('rejects unknown fields, naming each one', async () => {
    const response = await post(JSON.stringify({ holdMs: 0, hodlMs: 5, extra: true }));
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:tenfold:problem:validation-failed');
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['hodlMs', 'extra']));
  });

  it('rejects wrong types and out-of-range values with a message per field', async () => {
    const response = await post(JSON.stringify({ holdMs: 'soon' }));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'holdMs', message: expect.stringMatching(/integer/) }),
      ]),
    );
    const tooLong = await post(JSON.stringify({ holdMs: 999_999 }));
    expect(tooLong.body.errors[0]).toMatchObject({ field: 'holdMs' });
  });

  it('rejects a non-JSON media type with 415 problem+json', async () => {
    const response = await web.http
      .post('/v1/system/heartbeats')
      .set('Authorization', admin)
      .set('Content-Type', 'text/plain')
      .send('holdMs=1');
    expect(response.status).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.requestId).toEqual(expect.any(String));
  });

  it('serves the API under /v1 only and answers unknown routes with 404 problem+json', async () => {
    const unprefixed = await web.http
      .get('/system/heartbeats/5f1c1e3c-8a4e-4a44-9d0e-1b9a0f6f3b11')
      .set('Authorization', admin);
    expect(unprefixed.status).toBe(404);
    expect(unprefixed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unprefixed.body.requestId).toEqual(expect.any(String));
  });

  it('validates path parameters too', async () => {
    const response = await web.http
      .get('/v1/system/heartbeats/not-a-uuid')
      .set('Authorization', admin);
    expect(response.status).toBe(400);
    expect(response.body.type).toBe('urn:tenfold:problem:validation-failed');
    expect(response.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('answers an unknown job with 404 problem+json', async () => {
    const response = await web.http
      .get('/v1/system/heartbeats/5f1c1e3c-8a4e-4a44-9d0e-1b9a0f6f3b11')
      .set('Authorization', admin);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ status: 404, title: 'Not Found' });
  });
});
