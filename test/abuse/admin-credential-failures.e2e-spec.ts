import { adminAuthorization, testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

/** The break-glass Basic credentials cannot be guessed at the speed of the network. */
describe('wrong admin Basic credentials are limited per client', () => {
  let web: WebAppUnderTest;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(
      testConfig({ ADMIN_AUTH_MAX_FAILURES: '3', HTTP_TRUST_PROXY: '127.0.0.1' }),
    );
  });
  afterAll(() => web?.close());

  const wrong = (guess: string) =>
    `Basic ${Buffer.from(`${web.config.admin.username}:${guess}`).toString('base64')}`;
  const get = (client: string, authorization: string) =>
    web.http
      .get('/admin/queues/api/queues')
      .set('X-Forwarded-For', client)
      .set('Authorization', authorization);

  it('answers 429 with Retry-After after the allowed failures, even to the right password', async () => {
    for (let guess = 0; guess < 3; guess++) {
      expect((await get('198.51.100.7', wrong(`guess-${guess}`))).status).toBe(401);
    }
    const blocked = await get('198.51.100.7', wrong('guess-3'));
    expect(blocked.status).toBe(429);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.type).toBe('urn:tenfold:problem:too-many-admin-credential-failures');
    // A guesser that found the password meanwhile learns nothing from the answer.
    expect((await get('198.51.100.7', adminAuthorization(web.config))).status).toBe(429);
  });

  it('keeps serving the right credentials from another client', async () => {
    const answer = await get('198.51.100.8', adminAuthorization(web.config));
    expect(answer.status).toBe(200);
  });

  it('does not count requests without Basic credentials', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await get('198.51.100.9', '')).status).toBe(401);
    }
    expect((await get('198.51.100.9', adminAuthorization(web.config))).status).toBe(200);
  });
});
