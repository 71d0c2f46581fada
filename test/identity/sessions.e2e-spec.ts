import { setTimeout as sleep } from 'node:timers/promises';

import { bearer, logIn, PASSWORD, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

describe('sessions in Redis', () => {
  let web: WebAppUnderTest;
  let second: WebAppUnderTest;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig());
    second = await WebAppUnderTest.start(testConfig());
  });
  afterAll(async () => {
    await web.close();
    await second.close();
  });

  it('signs up, signs in, and answers /v1/me without a database (token works on a second instance)', async () => {
    const user = await signUp(web.http, 'sessions');
    expect(user.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes = 256 bits
    const me = await second.http.get('/v1/me').set(bearer(user.token));
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: user.id,
      email: user.email,
      memberships: { [user.workspaceId]: 'owner' },
    });
  });

  it('answers unknown email and wrong password identically', async () => {
    const user = await signUp(web.http, 'creds');
    const wrong = await web.http
      .post('/v1/auth/login')
      .send({ email: user.email, password: 'not-the-password-1' });
    const unknown = await web.http
      .post('/v1/auth/login')
      .send({ email: `x${user.email}`, password: PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect({ ...wrong.body, requestId: null, instance: null }).toEqual({
      ...unknown.body,
      requestId: null,
      instance: null,
    });
  });

  it('logout revokes at once; log-out-everywhere ends every session', async () => {
    const user = await signUp(web.http, 'logout');
    const other = await logIn(web.http, user.email);
    expect((await web.http.post('/v1/auth/logout').set(bearer(user.token))).status).toBe(204);
    expect((await second.http.get('/v1/me').set(bearer(user.token))).status).toBe(401);
    expect((await second.http.get('/v1/me').set(bearer(other)).send()).status).toBe(200);

    const third = await logIn(web.http, user.email);
    expect(
      (await web.http.post('/v1/auth/logout-everywhere').set(bearer(third)).send()).status,
    ).toBe(204);
    expect((await web.http.get('/v1/me').set(bearer(other))).status).toBe(401);
    expect((await web.http.get('/v1/me').set(bearer(third))).status).toBe(401);
  });

  it('changing the password ends the other sessions, keeps this one, and needs the current password', async () => {
    const user = await signUp(web.http, 'password');
    const other = await logIn(web.http, user.email);
    const wrongCurrent = await web.http
      .put('/v1/auth/password')
      .set(bearer(user.token))
      .send({ currentPassword: 'wrong-password-9', newPassword: 'mauve-heron-77-desk' });
    expect(wrongCurrent.status).toBe(403);
    const weak = await web.http
      .put('/v1/auth/password')
      .set(bearer(user.token))
      .send({ currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.type).toBe('urn:tenfold:problem:password-too-weak');

    const changed = await web.http
      .put('/v1/auth/password')
      .set(bearer(user.token))
      .send({ currentPassword: PASSWORD, newPassword: 'mauve-heron-77-desk' });
    expect(changed.status).toBe(204);
    expect((await web.http.get('/v1/me').set(bearer(user.token))).status).toBe(200);
    expect((await web.http.get('/v1/me').set(bearer(other))).status).toBe(401);
    expect(await logIn(web.http, user.email, 'mauve-heron-77-desk')).toEqual(expect.any(String));
  });

  it('rejects a missing, malformed or unknown token with 401 and a Bearer challenge', async () => {
    for (const authorization of [undefined, 'Bearer', 'Basic abc', `Bearer ${'x'.repeat(43)}`]) {
      const request = web.http.get('/v1/me');
      const response = await (authorization
        ? request.set('Authorization', authorization)
        : request);
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    }
  });
});

describe('session timeouts', () => {
  it('expires after the idle timeout, slides while used, and ends at the absolute timeout', async () => {
    const web = await WebAppUnderTest.start(
      testConfig({ SESSION_IDLE_TIMEOUT_SECONDS: '2', SESSION_ABSOLUTE_TIMEOUT_SECONDS: '4' }),
    );
    try {
      const idle = await signUp(web.http, 'idle');
      await sleep(2_300);
      expect((await web.http.get('/v1/me').set(bearer(idle.token))).status).toBe(401);

      const busy = await signUp(web.http, 'busy');
      for (let second = 0; second < 3; second++) {
        await sleep(1_000);
        expect((await web.http.get('/v1/me').set(bearer(busy.token))).status).toBe(200); // slides
      }
      await sleep(1_300); // past 4 s since sign-up although used within the idle window
      expect((await web.http.get('/v1/me').set(bearer(busy.token))).status).toBe(401);
    } finally {
      await web.close();
    }
  });
});
